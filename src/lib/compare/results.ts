// A model's benchmark results as compare cells: its best result per benchmark, version and
// setting, with the origin and source of each (published in the JSON API as well).
import type { Catalog, Model } from '../catalog/catalog.ts';
import { comparableKey, resultLabel } from '../benchmarks/results.ts';
import { formatScore } from '../format/format.ts';
import { resultRows, type ResultCell, type ResultRow } from './core.ts';

export function resultCells(model: Model, catalog: Catalog): ResultCell[] {
  const best = new Map<string, ResultCell>();
  for (const r of model.data.benchmarks) {
    const benchmark = catalog.benchmark.get(r.benchmark);
    if (!benchmark) continue;
    const key = comparableKey(r);
    const current = best.get(key);
    const higher = benchmark.data.higherIsBetter;
    if (current && (higher ? current.score >= r.score : current.score <= r.score)) continue;
    const source = catalog.source.get(r.source);
    best.set(key, {
      key,
      label: resultLabel({ benchmark, result: r }),
      benchmarkId: benchmark.id,
      higherIsBetter: higher,
      score: r.score,
      text: formatScore(r.score, benchmark.data.unit),
      selfReported: r.selfReported,
      publisher: source?.data.publisher ?? r.source,
      url: source?.data.url ?? '',
    });
  }
  return [...best.values()];
}

/** Benchmark rows at least `minModels` of the models share at the same version and setting. */
export function benchmarkRows(models: Model[], catalog: Catalog, minModels = 2): ResultRow[] {
  return resultRows(models.map((m) => resultCells(m, catalog)), minModels);
}
