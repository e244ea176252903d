// A benchmark's leaderboard: one row per model (its best result) within each version of the
// benchmark, ranked by score in the benchmark's direction. Settings are shown on every row
// because scores at different settings are not strictly comparable.
import type { Benchmark, BenchmarkResult, Catalog, Model } from '../catalog/catalog.ts';
import { originRank } from './result-origin.ts';

export interface LeaderboardRow {
  rank: number;
  model: Model;
  result: BenchmarkResult;
}

export interface LeaderboardGroup {
  /** The benchmark version ("Diamond", "2025") or "" when unspecified. */
  version: string;
  rows: LeaderboardRow[];
  /** The distinct settings that appear in this group. */
  settings: string[];
}

export function leaderboard(benchmark: Benchmark, catalog: Catalog): LeaderboardGroup[] {
  const better = (a: number, b: number) => (benchmark.data.higherIsBetter ? b - a : a - b);
  const groups = new Map<string, Map<string, { model: Model; result: BenchmarkResult }>>();
  for (const model of catalog.models) {
    for (const result of model.data.benchmarks) {
      if (result.benchmark !== benchmark.id) continue;
      const version = result.version ?? '';
      const byModel = groups.get(version) ?? new Map();
      const current = byModel.get(model.id);
      // Keep the best score; on a tie prefer an independent result, then a self-reported one.
      if (!current || better(result.score, current.result.score) < 0 || (result.score === current.result.score && originRank(result) < originRank(current.result))) {
        byModel.set(model.id, { model, result });
      }
      groups.set(version, byModel);
    }
  }
  return [...groups.entries()]
    .map(([version, byModel]) => {
      const sorted = [...byModel.values()].sort((a, b) => better(a.result.score, b.result.score) || a.model.data.name.localeCompare(b.model.data.name));
      let rank = 0;
      const rows = sorted.map((entry, i) => {
        if (i === 0 || sorted[i - 1].result.score !== entry.result.score) rank = i + 1;
        return { rank, ...entry };
      });
      return { version, rows, settings: [...new Set(rows.map((r) => r.result.setting ?? 'not stated'))].sort() };
    })
    .sort((a, b) => b.rows.length - a.rows.length || a.version.localeCompare(b.version));
}

/** How many results a benchmark has across the catalog. */
export function resultCount(benchmarkId: string, catalog: Catalog): number {
  return catalog.models.reduce((n, m) => n + m.data.benchmarks.filter((r) => r.benchmark === benchmarkId).length, 0);
}
