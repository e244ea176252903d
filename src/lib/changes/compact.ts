// Turns raw frontmatter values (as YAML parsed them, before any schema) into short text for the
// change log. Values in old versions of a file may not match today's schema, so nothing here
// assumes a shape beyond "scalar, list or object".
import { formatInteger, formatUsd } from '../format/format.ts';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Longest text shown for one side of a change; the rest is cut with an ellipsis. */
export const MAX_TEXT = 80;

export function truncate(text: string, max = MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}


/** Keys that say where a value comes from or comment on it, not what it is. */
const META_KEYS = new Set(['source', 'note', 'sources']);

/** A scalar, list or object as one short line: 128000 → "128,000", [a, b] → "a, b". */
export function compactText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? formatInteger(value) : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  // Observations of one figure read "128,000 / 131,072"; plain lists "text, image".
  if (Array.isArray(value)) return value.map(compactText).filter(Boolean).join(value.some(isObject) ? ' / ' : ', ');
  if (isObject(value)) {
    // A sourced figure or dated fact: its value is what matters.
    if ('value' in value) return compactText(value.value);
    if ('date' in value && Object.keys(value).every((k) => k === 'date' || META_KEYS.has(k))) return compactText(value.date);
    if ('text' in value) return compactText(value.text);
    return Object.entries(value)
      .filter(([k]) => !META_KEYS.has(k))
      .map(([, v]) => compactText(v))
      .filter(Boolean)
      .join(' ');
  }
  return String(value);
}

/** Every source a value names (a figure, a list of observations, a list entry). */
export function sourcesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const ids = list.flatMap((v) => (isObject(v) && typeof v.source === 'string' ? [v.source] : []));
  return [...new Set(ids)];
}

/** A price entry: "$1.25 in / $10.00 out". */
export function priceText(entry: Record<string, unknown>): string {
  const usd = (v: unknown) => (typeof v === 'number' ? formatUsd(v) : '?');
  return `${usd(entry.input)} in / ${usd(entry.output)} out`;
}

export function usdText(value: unknown): string {
  return typeof value === 'number' ? formatUsd(value) : compactText(value);
}

/** A stable text of any value, for equality (key order ignored). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}
