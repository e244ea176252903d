// The site's change log, read once per build (every page that shows history shares it).
import { systemGit } from './git.ts';
import { readHistory, type ChangeHistory } from './history.ts';

let cached: Promise<ChangeHistory> | undefined;

export function getChangeHistory(): Promise<ChangeHistory> {
  cached ??= Promise.resolve().then(() => {
    const started = performance.now();
    const history = readHistory(systemGit());
    const count = history.available ? `${history.entries.length} changes from ${history.commits} commits` : `unavailable (${history.reason})`;
    console.info(`[changes] history ${count} in ${Math.round(performance.now() - started)} ms`);
    return history;
  });
  return cached;
}
