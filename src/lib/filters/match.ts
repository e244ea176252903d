// Whether a model passes the filters, from its row values (known values only: a fact that is
// missing is unknown). Unknown never counts as "no": a model whose value is unknown is held apart
// and shown when the reader asks for it. Shared by the catalog script and its tests.
import type { FilterState } from './state.ts';

/** A row's known values: numbers for bounds, keys for choices, booleans for yes/no facts. */
export type RowValues = Record<string, number | string[] | boolean>;

export type Verdict = 'pass' | 'fail' | 'unknown';

export function matchRow(row: RowValues, s: FilterState, multiMatch: (id: string) => 'any' | 'all'): Verdict {
  let unknown = false;
  for (const [id, b] of Object.entries(s.bounds)) {
    const v = row[id];
    if (typeof v !== 'number') {
      unknown = true;
      continue;
    }
    if ((b.min !== undefined && v < b.min) || (b.max !== undefined && v > b.max)) return 'fail';
  }
  for (const [id, wanted] of Object.entries(s.choices)) {
    if (!wanted.length) continue;
    const v = row[id];
    if (!Array.isArray(v)) {
      unknown = true;
      continue;
    }
    const ok = multiMatch(id) === 'all' ? wanted.every((w) => v.includes(w)) : wanted.some((w) => v.includes(w));
    if (!ok) return 'fail';
  }
  for (const [id, want] of Object.entries(s.flags)) {
    const v = row[id];
    if (typeof v !== 'boolean') {
      unknown = true;
      continue;
    }
    if (v !== want) return 'fail';
  }
  return unknown ? 'unknown' : 'pass';
}

/** Sorts by one value: numbers as numbers, text as text; unknown values always sink to the bottom. */
export function compareValues(x: number | string | undefined, y: number | string | undefined, dir: 'asc' | 'desc'): number {
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  return dir === 'asc' ? cmp : -cmp;
}
