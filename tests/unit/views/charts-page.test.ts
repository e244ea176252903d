import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { contextPriceChart, priceScoreCharts, releasesByQuarter } from '../../../src/lib/views/charts-page.ts';

describe('charts page data', () => {
  const catalog = fixtureCatalog();
  it('plots score against blended price for benchmarks with enough priced models', () => {
    expect(priceScoreCharts(catalog, '2024-12-31', 5)).toEqual([]);
    const [chart] = priceScoreCharts(catalog, '2024-12-31', 2);
    expect(chart.title).toBe('Quiz');
    expect(chart.points.map((p) => [p.model.id, p.price, p.value])).toEqual([
      ['acme/rocket-2', 0.75, 80],
      ['acme/rocket-1', 1.25, 60],
    ]);
    expect(chart.spec.x.log).toBe(true);
    expect(chart.spec.datasets.flatMap((d) => d.points.map((p) => p.y)).sort()).toEqual([60, 80]);
  });
  it('plots context against price', () => {
    expect(contextPriceChart(catalog, '2024-12-31').points.map((p) => [p.model.id, p.value])).toEqual([
      ['acme/rocket-2', 128000],
      ['acme/rocket-1', 16000],
    ]);
  });
  it('counts releases per quarter, including empty quarters', () => {
    const { rows, spec } = releasesByQuarter(catalog);
    expect(rows.map((r) => [r.quarter, r.models.length])).toEqual([
      ['2023 Q1', 1], ['2023 Q2', 0], ['2023 Q3', 0], ['2023 Q4', 0], ['2024 Q1', 0], ['2024 Q2', 1],
    ]);
    expect(spec.labels).toHaveLength(6);
    expect(spec.datasets.reduce((n, d) => n + d.values.reduce<number>((a, v) => a + (v ?? 0), 0), 0)).toBe(2);
  });
});
