// Constraints of the chooser: the catalog's filter state and match rule (src/lib/filters), applied
// one constraint at a time so that a model whose value is unknown for a constraint is either kept
// and marked ("unknown") or left out, as the reader chooses per constraint. Unknown is never "no".
import { matchRow, type RowValues } from '../filters/match.ts';
import type { FilterState } from '../filters/state.ts';

/** Features share one "include unknown" choice, as do benchmark minimums; other facts have their own. */
export function constraintGroup(id: string): string {
  if (id.startsWith('feature.')) return 'features';
  if (id.startsWith('score.')) return 'scores';
  return id;
}

const EMPTY: FilterState = { bounds: {}, choices: {}, flags: {}, includeUnknown: true, cols: [] };

/** Every constraint of a state on its own, keyed by fact id. */
export function splitConstraints(s: FilterState): [string, FilterState][] {
  return [
    ...Object.entries(s.bounds).map(([id, b]): [string, FilterState] => [id, { ...EMPTY, bounds: { [id]: b } }]),
    ...Object.entries(s.choices).filter(([, v]) => v.length).map(([id, v]): [string, FilterState] => [id, { ...EMPTY, choices: { [id]: v } }]),
    ...Object.entries(s.flags).map(([id, v]): [string, FilterState] => [id, { ...EMPTY, flags: { [id]: v } }]),
  ];
}

export interface ConstraintCheck {
  pass: boolean;
  /** Constraints the model passes only because its value is unknown (kept, and marked). */
  unknown: string[];
}

export function checkConstraints(row: RowValues, s: FilterState, multiMatch: (id: string) => 'any' | 'all', excludeUnknown: ReadonlySet<string>): ConstraintCheck {
  const unknown: string[] = [];
  for (const [id, single] of splitConstraints(s)) {
    const verdict = matchRow(row, single, multiMatch);
    if (verdict === 'fail') return { pass: false, unknown };
    if (verdict === 'unknown') {
      if (excludeUnknown.has(constraintGroup(id))) return { pass: false, unknown };
      unknown.push(id);
    }
  }
  return { pass: true, unknown };
}
