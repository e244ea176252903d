// Validates the whole catalog at once: each file against its schema, then every rule in rules/
// (one file per rule). Every problem names file, field or line, and a fix.
import { parseEntries, type ParsedContent } from './parse.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './reader.ts';
import type { Rule, RuleContext } from './rules/context.ts';
import { articles } from './rules/article.ts';
import { benchmarkResults } from './rules/benchmarks.ts';
import { lifeDates } from './rules/dates.ts';
import { figuresInText, nameIndex } from './rules/figures-in-text.ts';
import { lineage } from './rules/lineage.ts';
import { makers } from './rules/makers.ts';
import { uniqueNames } from './rules/names.ts';
import { placeholders } from './rules/placeholders.ts';
import { plausibility } from './rules/plausibility.ts';
import { references } from './rules/references.ts';
import { textSafety } from './rules/text-safety.ts';

export const RULES: Rule[] = [textSafety, placeholders, articles, references, makers, benchmarkResults, lifeDates, lineage, plausibility, figuresInText, uniqueNames];

/** Validates every entry; `today` (YYYY-MM-DD) decides what counts as the future. */
export function validateContent(entries: RawEntry[], today?: string): Problem[] {
  return checkEntries(entries, today).problems;
}

/** The parsed entries and every problem found in them. */
export function checkEntries(entries: RawEntry[], today = new Date().toISOString().slice(0, 10)): { parsed: ParsedContent; problems: Problem[] } {
  const { parsed, problems } = parseEntries(entries);
  const names = nameIndex([...[...parsed.models.values()].map((m) => m.data.name ?? ''), ...[...parsed.families.values()].map((f) => f.data.name)]);
  const ctx: RuleContext = { entries, content: parsed, today, names };
  for (const rule of RULES) problems.push(...rule(ctx));
  return { parsed, problems };
}
