// The competitor table: for each benchmark the model has, the competitors' scores read from
// their own entries. A score only sits in the same row when benchmark, version and setting match.
import type { Catalog, Model } from '../catalog/catalog.ts';
import type { BenchmarkResult } from '../../schemas/index.ts';
import { comparableKey, resultLabel } from '../benchmarks/results.ts';
import { originRank } from '../benchmarks/result-origin.ts';

export interface CompetitorRow {
  key: string;
  label: string;
  benchmarkId: string;
  cells: { model: Model; result: BenchmarkResult | undefined }[];
}

export function competitorTable(model: Model, catalog: Catalog): { models: Model[]; rows: CompetitorRow[] } {
  const competitors = model.data.competitors.map((id) => catalog.model.get(id)).filter((m): m is Model => Boolean(m));
  const models = [model, ...competitors];
  const rows: CompetitorRow[] = [];
  const seen = new Set<string>();
  for (const result of model.data.benchmarks) {
    const key = comparableKey(result);
    if (seen.has(key)) continue;
    seen.add(key);
    const benchmark = catalog.benchmark.get(result.benchmark);
    if (!benchmark) continue;
    const cells = models.map((m) => ({
      model: m,
      result:
        m === model
          ? result
          : m.data.benchmarks
              .filter((r) => comparableKey(r) === key)
              .sort((a, b) => originRank(a) - originRank(b))[0],
    }));
    if (cells.slice(1).some((c) => c.result)) rows.push({ key, label: resultLabel({ benchmark, result }), benchmarkId: benchmark.id, cells });
  }
  return { models, rows };
}
