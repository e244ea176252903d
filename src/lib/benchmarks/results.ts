// Groups a model's benchmark results by category, with what the chart needs (0–100 share).
import type { BenchmarkCategory } from '../../schemas/index.ts';
import type { Benchmark, BenchmarkResult, Catalog, Model } from '../catalog/catalog.ts';
import { BENCHMARK_CATEGORIES } from '../../schemas/enums.ts';

export interface ResultRow {
  benchmark: Benchmark;
  result: BenchmarkResult;
  /** Score as a share of the benchmark's scale, 0–100, for a common chart axis. */
  percent: number;
}

export interface CategoryGroup {
  category: BenchmarkCategory;
  rows: ResultRow[];
}

export function toPercent(score: number, benchmark: Benchmark): number {
  return shareOfScale(score, benchmark.data.scale);
}

/** A score as a share of a scale, 0–100; the browser uses this with scales read from the page. */
export function shareOfScale(score: number, scale: { min: number; max: number }): number {
  return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

export function resultsByCategory(model: Model, catalog: Catalog): CategoryGroup[] {
  const groups = new Map<BenchmarkCategory, ResultRow[]>();
  for (const result of model.data.benchmarks) {
    const benchmark = catalog.benchmark.get(result.benchmark);
    if (!benchmark) continue;
    const rows = groups.get(benchmark.data.category) ?? [];
    rows.push({ benchmark, result, percent: toPercent(result.score, benchmark) });
    groups.set(benchmark.data.category, rows);
  }
  return BENCHMARK_CATEGORIES.filter((c) => groups.has(c)).map((category) => ({
    category,
    rows: groups.get(category)!.sort((a, b) => a.benchmark.data.name.localeCompare(b.benchmark.data.name)),
  }));
}

/** Label that keeps settings apart: "MMLU (0-shot CoT)", "GPQA Diamond". */
export function resultLabel(row: { benchmark: Benchmark; result: BenchmarkResult }): string {
  const parts = [row.benchmark.data.name];
  if (row.result.version) parts.push(row.result.version);
  const label = parts.join(' ');
  return row.result.setting ? `${label} (${row.result.setting})` : label;
}

/** Key that says whether two results may share a chart column: same benchmark, version, setting. */
export function comparableKey(result: BenchmarkResult): string {
  return [result.benchmark, result.version ?? '', result.setting ?? ''].join('|');
}
