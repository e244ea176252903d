// Rows of the side-by-side tables, built from plain fact records (src/lib/facts/api-facts.ts) so
// the pre-rendered pair pages and the compare builder in the browser run the same code.
import { COMPARE_FACTS, FACTS, type FactId } from '../facts/registry.ts';
import type { ApiFact, ApiFacts } from '../facts/api-facts.ts';
import { bestIndex } from './core.ts';

export interface FactRow {
  id: FactId;
  label: string;
  cells: ApiFact[];
  best?: number;
}

/** Comparison rows for any number of models; a feature row appears when any model has a value. */
export function factRows(records: ApiFacts[]): FactRow[] {
  return COMPARE_FACTS.filter((id) => !id.startsWith('feature.') || records.some((r) => r[id].state !== 'unknown')).map((id) => {
    const cells = records.map((r) => r[id]);
    return { id, label: FACTS[id].label, cells, best: bestIndex(cells.map((c) => (c.state === 'known' ? c.numeric : undefined)), FACTS[id].better) };
  });
}
