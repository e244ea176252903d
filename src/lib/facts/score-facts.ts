// Benchmark scores as facts: one per benchmark, the model's best result with its setting, for
// table columns, score filters and sorting. Results at different settings are kept apart by
// the benchmark pages and comparisons; a column shows the best one and names its setting.
import type { Benchmark, Model } from '../catalog/catalog.ts';
import { formatScore } from '../format/format.ts';
import type { FactDef } from './define.ts';
import { observed } from './read.ts';
import { known, UNKNOWN, type FactValue } from './values.ts';

export interface Score {
  score: number;
  setting?: string;
  version?: string;
}

export const scoreFactId = (benchmarkId: string) => `score.${benchmarkId}`;

export function scoreFact(benchmark: Benchmark): FactDef<Score> {
  const higher = benchmark.data.higherIsBetter;
  return {
    id: scoreFactId(benchmark.id),
    label: benchmark.data.fullName ? `${benchmark.data.name} (${benchmark.data.fullName})` : benchmark.data.name,
    short: benchmark.data.name,
    unit: benchmark.data.unit,
    better: higher ? 'higher' : 'lower',
    numeric: (s) => s.score,
    format: { long: (s) => formatScore(s.score, benchmark.data.unit), compact: (s) => formatScore(s.score, benchmark.data.unit) },
    filter: 'min',
    firstSort: higher ? 'desc' : 'asc',
    column: 'optional',
    read: (m: Model, ctx): FactValue<Score> => {
      const results = m.data.benchmarks.filter((r) => r.benchmark === benchmark.id).sort((a, b) => (higher ? b.score - a.score : a.score - b.score));
      const best = results[0];
      if (!best) return UNKNOWN;
      return known([observed({ score: best.score, setting: best.setting, version: best.version }, best.source, ctx, [best.version, best.setting].filter(Boolean).join(', ') || undefined)]);
    },
  };
}
