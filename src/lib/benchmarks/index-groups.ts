// Benchmarks grouped by category with their result counts, for the benchmarks index.
import type { Benchmark, Catalog } from '../catalog/catalog.ts';
import { BENCHMARK_CATEGORIES, type BenchmarkCategory } from '../../schemas/index.ts';
import { resultCount } from './leaderboard.ts';

export function benchmarkIndex(catalog: Catalog): { category: BenchmarkCategory; benchmarks: { benchmark: Benchmark; results: number }[] }[] {
  return BENCHMARK_CATEGORIES.map((category) => ({
    category,
    benchmarks: catalog.benchmarks
      .filter((b) => b.data.category === category)
      .map((benchmark) => ({ benchmark, results: resultCount(benchmark.id, catalog) })),
  })).filter((s) => s.benchmarks.length > 0);
}
