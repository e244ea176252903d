// Scaffolds validate as written, so a leftover TODO or example.com must be caught here.
import { pathToField } from '../error-map.ts';
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';

const PLACEHOLDER = /\bTODO\b|\bTBD\b|example\.(com|org|net)\b|<source-id>/;

/** Fields still holding a scaffold placeholder (TODO, example.com, <source-id>). */
export function placeholderFields(data: unknown, path: PropertyKey[] = []): string[] {
  if (typeof data === 'string') return PLACEHOLDER.test(data) ? [pathToField(path)] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => placeholderFields(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => placeholderFields(v, [...path, k]));
  return [];
}

export function placeholders(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of ctx.entries) {
    if (entry.readError) continue;
    for (const field of placeholderFields(entry.data))
      problems.push({ file: entry.file, field, message: 'still holds a placeholder (TODO, example.com or <source-id>)', fix: 'replace it with the real value, or remove the field if it is unknown' });
    if (PLACEHOLDER.test(entry.body)) problems.push({ file: entry.file, field: 'body', message: 'the article still holds a placeholder (TODO or example.com)', fix: 'write the article text or remove the placeholder' });
  }
  return problems;
}
