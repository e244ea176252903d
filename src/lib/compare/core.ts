// The rules of a comparison, shared by the pre-rendered pair pages and the browser's compare
// builder: how many models, which value is best, and which benchmark results sit in one row.

export const MIN_MODELS = 2;
export const MAX_MODELS = 6;

export type Direction = 'higher' | 'lower';

/** Index of the single best value, when there is a direction, two known values and one winner. */
export function bestIndex(values: (number | null | undefined)[], direction: Direction | undefined): number | undefined {
  const known = values.map((v, i) => [v, i] as const).filter((x): x is readonly [number, number] => typeof x[0] === 'number');
  if (!direction || known.length < 2) return undefined;
  const target = direction === 'higher' ? Math.max(...known.map(([v]) => v)) : Math.min(...known.map(([v]) => v));
  const winners = known.filter(([v]) => v === target);
  return winners.length === 1 ? winners[0][1] : undefined;
}

/** A model's best result at one benchmark, version and setting, ready to show. */
export interface ResultCell {
  /** Same benchmark, version and setting: only such results share a row. */
  key: string;
  label: string;
  benchmarkId: string;
  higherIsBetter: boolean;
  score: number;
  text: string;
  selfReported: boolean | 'unknown';
  publisher: string;
  url: string;
}

export interface ResultRow {
  key: string;
  label: string;
  benchmarkId: string;
  cells: (ResultCell | undefined)[];
  best?: number;
}

/** One row per comparable result at least `minModels` of the models have, sorted by label. */
export function resultRows(perModel: ResultCell[][], minModels = MIN_MODELS): ResultRow[] {
  const keys = new Map<string, ResultCell>();
  for (const cells of perModel) for (const c of cells) if (!keys.has(c.key)) keys.set(c.key, c);
  return [...keys.values()]
    .map((first) => {
      const cells = perModel.map((cs) => cs.find((c) => c.key === first.key));
      return { key: first.key, label: first.label, benchmarkId: first.benchmarkId, cells, best: bestIndex(cells.map((c) => c?.score), first.higherIsBetter ? 'higher' : 'lower') };
    })
    .filter((r) => r.cells.filter(Boolean).length >= minModels)
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Model ids from an address's ?models= list: known ones (at most MAX_MODELS, no repeats) and the rest. */
export function parseModelList(raw: string | null, exists: (id: string) => boolean): { ids: string[]; unknown: string[] } {
  const all = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { ids: [...new Set(all.filter(exists))].slice(0, MAX_MODELS), unknown: all.filter((id) => !exists(id)) };
}
