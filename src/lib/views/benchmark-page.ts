// Data for a benchmark's page: its leaderboards, one chart per leaderboard, and claimed against
// independent results.
import type { Benchmark, Catalog } from '../catalog/catalog.ts';
import { publisherOf } from '../catalog/catalog.ts';
import type { BarChartSpec } from '../outputs/chart-spec.ts';
import { toPercent } from '../benchmarks/results.ts';
import { leaderboard } from '../benchmarks/leaderboard.ts';
import { originLabel, resultOrigin } from '../benchmarks/result-origin.ts';
import { claimsVsIndependent } from '../benchmarks/claims.ts';

export function benchmarkPageData(benchmark: Benchmark, catalog: Catalog) {
  const groups = leaderboard(benchmark, catalog);
  const charts: BarChartSpec[] = groups.map((g) => ({
    title: `${benchmark.data.name}${g.version ? ` ${g.version}` : ''}: scores as a share of the scale (0–100)`,
    labels: g.rows.map((r) => `${r.model.data.name}${r.result.setting ? ` (${r.result.setting})` : ''}`),
    datasets: [
      {
        label: benchmark.data.name,
        values: g.rows.map((r) => Number(toPercent(r.result.score, benchmark).toFixed(2))),
        notes: g.rows.map((r) => originLabel(r.result, publisherOf(r.result.source, catalog))),
        origins: g.rows.map((r) => resultOrigin(r.result)),
      },
    ],
    min: 0,
    max: 100,
    unit: '%',
  }));
  const sourceOf = (id: string) => {
    const s = catalog.source.get(id);
    return s ? { publisher: s.data.publisher, url: s.data.url, title: s.data.title } : undefined;
  };
  return { groups, charts, sourceOf, claims: claimsVsIndependent(benchmark, catalog) };
}
