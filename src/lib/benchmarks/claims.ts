// Claimed (self-reported by the maker) against independent results for the same model on the
// same benchmark, version and setting. Results at different versions or settings are never
// paired: they are listed as not comparable. Results of unstated origin are neither claimed nor
// independent, so they are listed apart and never enter a gap.
import type { Benchmark, BenchmarkResult, Catalog, Model } from '../catalog/catalog.ts';
import { comparableKey } from './results.ts';
import { resultOrigin } from './result-origin.ts';

export interface ClaimPair {
  model: Model;
  version: string;
  setting: string;
  claimed: BenchmarkResult;
  independent: BenchmarkResult;
  /** independent − claimed, on the benchmark's own scale (percentage points for % benchmarks). */
  gap: number;
}

export type NotComparableReason = 'different-version' | 'different-setting';

export interface UnpairedResult {
  model: Model;
  result: BenchmarkResult;
  reason: NotComparableReason;
}

export interface MakerGap {
  maker: string;
  makerName: string;
  /** Median of the gaps of the maker's pairs. */
  median: number;
  /** How many pairs the median is over. */
  n: number;
}

export interface ClaimsComparison {
  pairs: ClaimPair[];
  /** Claimed or independent results of models that have both kinds, but with no partner at the same version and setting. */
  notComparable: UnpairedResult[];
  /** Results whose source does not say who measured them. */
  originNotStated: { model: Model; result: BenchmarkResult }[];
  medianGapByMaker: MakerGap[];
}

/** Subtraction without floating-point noise (80.1 − 78.3 is 1.8, not 1.7999999999999972). */
export function scoreGap(independent: number, claimed: number): number {
  return denoise(independent - claimed);
}

function denoise(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : denoise((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Every claimed × independent combination at one key, so disagreeing sources are all shown. */
function pairsOf(model: Model, results: BenchmarkResult[]): { pairs: ClaimPair[]; unpaired: UnpairedResult[] } {
  const claimed = results.filter((r) => resultOrigin(r) === 'self-reported');
  const independent = results.filter((r) => resultOrigin(r) === 'independent');
  if (claimed.length === 0 || independent.length === 0) return { pairs: [], unpaired: [] };
  const pairs: ClaimPair[] = [];
  const paired = new Set<BenchmarkResult>();
  for (const c of claimed) {
    for (const i of independent) {
      if (comparableKey(c) !== comparableKey(i)) continue;
      pairs.push({ model, version: c.version ?? '', setting: c.setting ?? '', claimed: c, independent: i, gap: scoreGap(i.score, c.score) });
      paired.add(c).add(i);
    }
  }
  const unpaired = [...claimed, ...independent]
    .filter((r) => !paired.has(r))
    .map((result) => {
      const others = resultOrigin(result) === 'self-reported' ? independent : claimed;
      const sameVersion = others.some((o) => (o.version ?? '') === (result.version ?? ''));
      return { model, result, reason: sameVersion ? ('different-setting' as const) : ('different-version' as const) };
    });
  return { pairs, unpaired };
}

export function medianGapByMaker(pairs: ClaimPair[], catalog: Pick<Catalog, 'provider'>): MakerGap[] {
  const byMaker = new Map<string, number[]>();
  for (const p of pairs) byMaker.set(p.model.data.provider, [...(byMaker.get(p.model.data.provider) ?? []), p.gap]);
  return [...byMaker.entries()]
    .map(([maker, gaps]) => ({ maker, makerName: catalog.provider.get(maker)?.data.name ?? maker, median: median(gaps), n: gaps.length }))
    .sort((a, b) => a.makerName.localeCompare(b.makerName));
}

export function claimsVsIndependent(benchmark: Benchmark, catalog: Catalog): ClaimsComparison {
  const pairs: ClaimPair[] = [];
  const notComparable: UnpairedResult[] = [];
  const originNotStated: ClaimsComparison['originNotStated'] = [];
  for (const model of catalog.models) {
    const results = model.data.benchmarks.filter((r) => r.benchmark === benchmark.id);
    const found = pairsOf(model, results);
    pairs.push(...found.pairs);
    notComparable.push(...found.unpaired);
    originNotStated.push(...results.filter((r) => resultOrigin(r) === 'not-stated').map((result) => ({ model, result })));
  }
  const byName = (a: { model: Model }, b: { model: Model }) => a.model.data.name.localeCompare(b.model.data.name);
  pairs.sort((a, b) => byName(a, b) || a.version.localeCompare(b.version) || a.setting.localeCompare(b.setting));
  notComparable.sort(byName);
  originNotStated.sort(byName);
  return { pairs, notComparable, originNotStated, medianGapByMaker: medianGapByMaker(pairs, catalog) };
}

/** For the benchmarks index: each maker's median gap on each benchmark that has pairs. */
export function makerGapsAcrossBenchmarks(catalog: Catalog): { benchmark: Benchmark; gap: MakerGap }[] {
  return catalog.benchmarks.flatMap((benchmark) => claimsVsIndependent(benchmark, catalog).medianGapByMaker.map((gap) => ({ benchmark, gap })));
}

export const NOT_COMPARABLE_LABEL = {
  'different-version': 'not comparable (different version)',
  'different-setting': 'not comparable (different setting)',
} satisfies Record<NotComparableReason, string>;
