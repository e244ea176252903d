import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { buildCatalog } from '../../../src/lib/catalog/catalog.ts';
import { claimsCatalog } from '../claims-fixture-catalog.ts';
import { claimsVsIndependent, makerGapsAcrossBenchmarks, median, medianGapByMaker, scoreGap } from '../../../src/lib/benchmarks/claims.ts';

describe('claimed against independent results', () => {
  const catalog = claimsCatalog();
  const quiz = catalog.benchmark.get('quiz')!;
  const claims = claimsVsIndependent(quiz, catalog);

  it('pairs a claimed and an independent score at the same version and setting, gap = independent − claimed', () => {
    expect(claims.pairs.map((p) => [p.model.id, p.setting, p.claimed.score, p.independent.score, p.gap])).toEqual([
      ['cloudy/cirrus', '5-shot', 90, 84, -6],
      ['acme/rocket-1', '5-shot', 60, 61.5, 1.5],
      ['acme/rocket-2', '5-shot', 80, 77.3, -2.7],
    ]);
  });

  it('lists results at another setting or version as not comparable, never as a gap', () => {
    expect(claims.notComparable.map((u) => [u.model.id, u.result.score, u.reason])).toEqual([
      ['acme/rocket-2', 70, 'different-setting'],
      ['acme/rocket-2', 50, 'different-version'],
    ]);
  });

  it('keeps results of unstated origin out of pairs and lists them apart', () => {
    expect(claims.originNotStated.map((u) => [u.model.id, u.result.score])).toEqual([['acme/rocket-1', 58]]);
    expect(claims.pairs.some((p) => p.independent.selfReported === 'unknown' || p.claimed.selfReported === 'unknown')).toBe(false);
  });

  it('gives each maker the median gap over its pairs, with n', () => {
    expect(claims.medianGapByMaker).toEqual([
      { maker: 'acme', makerName: catalog.provider.get('acme')!.data.name, median: -0.6, n: 2 },
      { maker: 'cloudy', makerName: catalog.provider.get('cloudy')!.data.name, median: -6, n: 1 },
    ]);
    expect(makerGapsAcrossBenchmarks(catalog).map((r) => [r.benchmark.id, r.gap.maker, r.gap.n])).toEqual([['quiz', 'acme', 2], ['quiz', 'cloudy', 1]]);
  });

  it('shows every disagreeing source: two independent scores give two pairs', () => {
    const twice = structuredClone(catalog.models.find((m) => m.id === 'acme/rocket-1')!);
    twice.data.benchmarks.push({ benchmark: 'quiz', score: 63, setting: '5-shot', selfReported: false, source: 'acme-rocket-1' });
    const c = buildCatalog({ models: [twice], providers: catalog.providers, families: catalog.families, benchmarks: catalog.benchmarks, sources: [...catalog.source.values()] });
    const result = claimsVsIndependent(quiz, c);
    expect(result.pairs.map((p) => p.gap)).toEqual([1.5, 3]);
    expect(medianGapByMaker(result.pairs, c)).toEqual([expect.objectContaining({ median: 2.25, n: 2 })]);
  });

  it('has an empty state: only claimed results give no pairs and nothing not comparable', () => {
    const empty = claimsVsIndependent(quiz, fixtureCatalog());
    expect(empty).toMatchObject({ pairs: [], notComparable: [], originNotStated: [], medianGapByMaker: [] });
  });

  it('computes gaps and medians without floating-point noise', () => {
    expect(scoreGap(80.1, 78.3)).toBe(1.8);
    expect(median([3, -1, 2])).toBe(2);
    expect(median([0.1, 0.2])).toBe(0.15);
    expect(() => median([])).toThrow();
  });
});
