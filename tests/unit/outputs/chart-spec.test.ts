import { describe, expect, it } from 'vitest';
import { chartHeight, resultsChartSpec, type BarChartSpec } from '../../../src/lib/outputs/chart-spec.ts';
import type { ResultCell, ResultRow } from '../../../src/lib/compare/core.ts';

const cell = (score: number, selfReported: ResultCell['selfReported']): ResultCell => ({ key: 'k', label: 'L', benchmarkId: 'elo', higherIsBetter: true, score, text: String(score), selfReported, publisher: 'Acme', url: 'https://acme.example/' });

describe('chart specs', () => {
  it('puts each model on its own dataset, scores as a share of their scale, with origins', () => {
    const rows: ResultRow[] = [
      { key: 'elo||', label: 'Elo', benchmarkId: 'elo', cells: [cell(2000, true), cell(1000, false), undefined] },
      { key: 'odd||', label: 'Odd', benchmarkId: 'odd', cells: [cell(50, 'unknown'), undefined, cell(10, false)] },
    ];
    const spec = resultsChartSpec('t', ['A', 'B', 'C'], rows, (id) => (id === 'elo' ? { min: 0, max: 4000 } : undefined));
    expect(spec.datasets.map((d) => d.label)).toEqual(['A', 'B', 'C']);
    expect(spec.datasets.map((d) => d.values)).toEqual([[50, null], [25, null], [null, null]]);
    expect(spec.datasets[0].origins).toEqual(['self-reported', 'not-stated']);
    expect(spec.datasets[1].origins).toEqual(['independent', null]);
  });
  it('gives wrapped labels and grouped bars room to breathe', () => {
    const bars = (labels: number, datasets: number): BarChartSpec => ({ title: '', labels: Array(labels).fill('x'), datasets: Array(datasets).fill({ label: '', values: [] }), min: 0, max: 100, unit: '%' });
    expect(chartHeight(bars(1, 1))).toBe(160);
    expect(chartHeight(bars(10, 1))).toBeGreaterThanOrEqual(10 * 34 + 80);
    expect(chartHeight(bars(10, 3))).toBeGreaterThanOrEqual(10 * 72 + 80);
  });
});
