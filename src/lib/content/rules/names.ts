// Two models must not share a name: search, lists and comparisons show names, not ids.
import type { Problem } from '../problem.ts';
import { models, type RuleContext } from './context.ts';

export function uniqueNames(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  for (const [, m] of models(ctx)) {
    if (!m.data.name) continue;
    const name = m.data.name.toLowerCase();
    const other = names.get(name);
    if (other) problems.push({ file: m.file, field: 'name', message: `name "${m.data.name}" is already used by ${other}`, fix: 'give each model a distinct name' });
    else names.set(name, m.file);
  }
  return problems;
}
