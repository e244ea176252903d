// The plan's files must validate as written: they are laid over the content read from disk and
// the validator runs on the result. A model whose files would add a problem is left out (and
// said so), with the sources only it cited; everything else may still be written.
import { EXTENSIONS, type CollectionName } from '../files.ts';
import { formatProblem } from '../problem.ts';
import { parseEntryText, type RawEntry } from '../reader.ts';
import { checkEntries } from '../validate.ts';
import { sourceWrites, type FileWrite, type ImportPlan } from './plan.ts';
import type { UpstreamRecord } from './record.ts';

function entryOf(write: FileWrite): RawEntry {
  const [, collection, ...rest] = write.path.split('/');
  const id = rest.join('/').replace(EXTENSIONS[collection as CollectionName], '');
  return parseEntryText(collection as CollectionName, id, write.path, write.text);
}

function problemsWith(entries: RawEntry[], writes: FileWrite[], today: string): string[] {
  const replaced = new Map(writes.map((w) => [w.path, entryOf(w)]));
  const laid = [...entries.map((e) => replaced.get(e.file) ?? e), ...[...replaced.values()].filter((e) => !entries.some((x) => x.file === e.file))];
  return checkEntries(laid, today).problems.map(formatProblem);
}

/** The writes that validate, and the models left out with the problems they would bring. */
export function verifiedWrites(plan: ImportPlan, entries: RawEntry[], today: string, publisherOf: (r: UpstreamRecord) => string): { writes: FileWrite[]; problems: string[] } {
  const baseline = new Set(problemsWith(entries, [], today));
  const problems: string[] = [];
  for (let round = 0; round < 5; round++) {
    const writes = [...plan.writes, ...sourceWrites(plan, publisherOf)];
    const fresh = problemsWith(entries, writes, today).filter((p) => !baseline.has(p));
    if (!fresh.length) return { writes, problems };
    const bad = new Set(plan.writes.filter((w) => fresh.some((p) => p.startsWith(`${w.path}:`))).map((w) => w.model));
    if (!bad.size) return { writes: [], problems: [...problems, ...fresh] };
    for (const model of bad) {
      problems.push(...fresh.filter((p) => plan.writes.some((w) => w.model === model && p.startsWith(`${w.path}:`))));
      plan.refused.push({ model: model!, reason: 'its files would not validate (problems listed above)' });
    }
    plan.writes = plan.writes.filter((w) => !bad.has(w.model));
  }
  return { writes: [], problems: [...problems, 'the plan did not settle: nothing is written'] };
}
