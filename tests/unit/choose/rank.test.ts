import { describe, expect, it } from 'vitest';
import { commonSeries, modelIndex, normalise, requiredCoverage } from '../../../src/lib/choose/rank.ts';
import type { ChooseBenchmark, ChooseModel, ChooseResult } from '../../../src/lib/choose/types.ts';

const bench = (id: string, higherIsBetter = true): ChooseBenchmark => ({ id, name: id.toUpperCase(), unit: '%', higherIsBetter });
const result = (benchmark: string, score: number, setting?: string, version?: string): ChooseResult => ({ benchmark, score, setting, version, source: `src-${benchmark}-${score}` });
const model = (id: string, results: ChooseResult[]): ChooseModel => ({ id, name: id, maker: 'm', values: {}, pricing: [], results });

describe('commonSeries', () => {
  const models = [
    model('a', [result('mmlu', 90, '5-shot'), result('mmlu', 95, '0-shot CoT')]),
    model('b', [result('mmlu', 70, '5-shot')]),
    model('c', [result('mmlu', 80, '5-shot'), result('mmlu', 82, '5-shot')]),
    model('d', [result('mmlu', 99, '0-shot CoT')]),
  ];
  it('ranks at the setting most models have a result at, and never mixes settings', () => {
    const s = commonSeries(bench('mmlu'), models)!;
    expect(s.setting).toBe('5-shot');
    expect([...s.results.keys()].sort()).toEqual(['a', 'b', 'c']);
    // a's 0-shot CoT 95 is not used; d (0-shot CoT only) has no result in this series
    expect(s.results.get('a')!.score).toBe(90);
    expect(s.results.has('d')).toBe(false);
  });
  it("keeps each model's best result at that setting", () => {
    expect(commonSeries(bench('mmlu'), models)!.results.get('c')!.score).toBe(82);
  });
  it('keeps versions apart like settings', () => {
    const s = commonSeries(bench('gpqa'), [model('a', [result('gpqa', 50, undefined, 'Diamond')]), model('b', [result('gpqa', 60, undefined, 'Diamond')]), model('c', [result('gpqa', 70, undefined, 'Main')])])!;
    expect(s.version).toBe('Diamond');
    expect(s.results.has('c')).toBe(false);
  });
  it('is undefined for a benchmark nobody has a result on', () => {
    expect(commonSeries(bench('none'), models)).toBeUndefined();
  });
});

describe('normalise', () => {
  const results = new Map([['a', result('x', 90)], ['b', result('x', 70)], ['c', result('x', 80)]]);
  it('scales min–max to 0–100 with the best at 100', () => {
    expect(Object.fromEntries(normalise(results, true))).toEqual({ a: 100, b: 0, c: 50 });
  });
  it('turns the scale round when lower is better', () => {
    expect(Object.fromEntries(normalise(results, false))).toEqual({ a: 0, b: 100, c: 50 });
  });
  it('gives every model 100 when all scores are equal', () => {
    expect([...normalise(new Map([['a', result('x', 5)], ['b', result('x', 5)]]), true).values()]).toEqual([100, 100]);
  });
});

describe('coverage and the weighted index', () => {
  it('needs half the weighted benchmarks, and at least two when two or more are weighted', () => {
    expect([1, 2, 3, 4, 5].map(requiredCoverage)).toEqual([1, 2, 2, 2, 3]);
  });
  const models = [
    model('a', [result('x', 90), result('y', 10), result('z', 50)]),
    model('b', [result('x', 70), result('y', 30)]),
    model('c', [result('x', 80)]),
  ];
  const series = (id: string) => commonSeries(bench(id), models);
  it('is the weighted mean over the benchmarks the model has', () => {
    const weighted = [{ series: series('x'), weight: 3 }, { series: series('y'), weight: 1 }, { series: series('z'), weight: 1 }];
    // a: x 100×3, y 0×1, z 100×1 → 400/5 = 80; b: x 0×3, y 100×1 → 100/4 = 25
    expect(modelIndex('a', weighted)).toEqual({ index: 80, have: 3, of: 3 });
    expect(modelIndex('b', weighted)).toEqual({ index: 25, have: 2, of: 3 });
  });
  it('shows no index with too few results, but still counts coverage', () => {
    const weighted = [{ series: series('x'), weight: 1 }, { series: series('y'), weight: 1 }, { series: series('z'), weight: 1 }];
    expect(modelIndex('c', weighted)).toEqual({ index: undefined, have: 1, of: 3 });
  });
  it('ignores benchmarks weighted 0', () => {
    expect(modelIndex('c', [{ series: series('x'), weight: 1 }, { series: series('y'), weight: 0 }])).toEqual({ index: 50, have: 1, of: 1 });
  });
});
