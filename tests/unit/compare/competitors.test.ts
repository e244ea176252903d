import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { competitorTable } from '../../../src/lib/compare/competitors.ts';
import { resultsByCategory, resultLabel, toPercent } from '../../../src/lib/benchmarks/results.ts';

describe('competitorTable', () => {
  const catalog = fixtureCatalog();
  it('reads competitor scores from their own entries at the same setting', () => {
    const { models, rows } = competitorTable(catalog.model.get('acme/rocket-2')!, catalog);
    expect(models.map((m) => m.id)).toEqual(['acme/rocket-2', 'acme/rocket-1']);
    expect(rows).toHaveLength(1);
    expect(rows[0].cells.map((c) => c.result?.score)).toEqual([80, 60]);
  });
  it('leaves out rows where no competitor has a comparable score', () => {
    const model = structuredClone(catalog.model.get('acme/rocket-2')!);
    model.data.benchmarks[0].setting = '0-shot';
    expect(competitorTable(model, catalog).rows).toEqual([]);
  });
});

describe('benchmark results', () => {
  const catalog = fixtureCatalog();
  it('groups by category and scales to percent of the benchmark range', () => {
    const groups = resultsByCategory(catalog.model.get('acme/rocket-2')!, catalog);
    expect(groups.map((g) => g.category)).toEqual(['general-knowledge']);
    expect(groups[0].rows[0].percent).toBe(80);
    const bench = { ...catalog.benchmark.get('quiz')!, data: { ...catalog.benchmark.get('quiz')!.data, scale: { min: 0, max: 10 } } };
    expect(toPercent(7.5, bench)).toBe(75);
  });
  it('labels results with version and setting', () => {
    const benchmark = catalog.benchmark.get('quiz')!;
    expect(resultLabel({ benchmark, result: { benchmark: 'quiz', score: 1, selfReported: true, source: 's', setting: '5-shot', version: 'v2' } })).toBe('Quiz v2 (5-shot)');
  });
});
