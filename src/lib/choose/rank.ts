// The weighted benchmark index. Each benchmark is scored at one version and setting only: the
// one most models have a result at (settings are never mixed). Scores are normalised min–max
// over every model with a result there, whether or not it meets the constraints, so an index does
// not move as constraints change (0–100, best = 100, direction from the benchmark), and a
// model's index is the weighted mean over the weighted benchmarks it has; it is only shown when
// the model has results on at least half of them (and at least two when two or more are weighted).
import type { ChooseBenchmark, ChooseModel, ChooseResult } from './types.ts';

export interface Series {
  benchmark: ChooseBenchmark;
  version?: string;
  setting?: string;
  /** The model's best result at this version and setting. */
  results: Map<string, ChooseResult>;
  /** Normalised score, 0–100. */
  normalised: Map<string, number>;
}

const keyOf = (r: Pick<ChooseResult, 'version' | 'setting'>) => `${r.version ?? ''}|${r.setting ?? ''}`;

/** The version and setting most models have a result at (ties: the one first in key order). */
export function commonSeries(benchmark: ChooseBenchmark, models: readonly ChooseModel[]): Series | undefined {
  const groups = new Map<string, Map<string, ChooseResult>>();
  const better = (a: ChooseResult, b: ChooseResult) => (benchmark.higherIsBetter ? a.score > b.score : a.score < b.score);
  for (const m of models) {
    for (const r of m.results) {
      if (r.benchmark !== benchmark.id) continue;
      const group = groups.get(keyOf(r)) ?? new Map<string, ChooseResult>();
      const held = group.get(m.id);
      if (!held || better(r, held)) group.set(m.id, r);
      groups.set(keyOf(r), group);
    }
  }
  const [key, results] = [...groups].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0] ?? [];
  if (!key || !results) return undefined;
  const first = [...results.values()][0];
  return { benchmark, version: first.version, setting: first.setting, results, normalised: normalise(results, benchmark.higherIsBetter) };
}

/** Min–max to 0–100, best = 100; when every model scores the same, each gets 100. */
export function normalise(results: Map<string, ChooseResult>, higherIsBetter: boolean): Map<string, number> {
  const scores = [...results.values()].map((r) => r.score);
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  return new Map(
    [...results].map(([id, r]) => {
      if (hi === lo) return [id, 100];
      const share = (r.score - lo) / (hi - lo);
      return [id, 100 * (higherIsBetter ? share : 1 - share)];
    }),
  );
}

/** How many of k weighted benchmarks a model needs results on. */
export function requiredCoverage(k: number): number {
  if (k === 0) return 0;
  return Math.max(Math.ceil(k / 2), k >= 2 ? 2 : 1);
}

export interface IndexResult {
  /** Weighted mean of normalised scores, 0–100; undefined when coverage is too low. */
  index?: number;
  have: number;
  of: number;
}

export function modelIndex(modelId: string, weighted: readonly { series: Series | undefined; weight: number }[]): IndexResult {
  const used = weighted.filter((w) => w.weight > 0);
  let sum = 0;
  let weights = 0;
  let have = 0;
  for (const { series, weight } of used) {
    const n = series?.normalised.get(modelId);
    if (n === undefined) continue;
    have++;
    sum += n * weight;
    weights += weight;
  }
  const enough = used.length > 0 && have >= requiredCoverage(used.length);
  return { index: enough ? sum / weights : undefined, have, of: used.length };
}
