import { describe, expect, it } from 'vitest';
import { makerPriceSteps, niceCeiling, stepChart } from '../../../src/lib/pricing/price-chart.ts';
import type { Model } from '../../../src/lib/catalog/catalog.ts';

const model = (pricing: object[]) => ({ id: 'openai/gpt-4o', body: '', data: { provider: 'openai', pricing } }) as unknown as Model;
const cut = [
  { platform: 'openai', effective: '2024-05-13', input: 5, output: 15, source: 'a' },
  { platform: 'openai', effective: '2024-08-06', input: 2.5, output: 10, source: 'b' },
  { platform: 'openrouter', effective: '2024-05-13', input: 5, output: 15, source: 'c' },
];

describe('makerPriceSteps', () => {
  it("keeps the maker's own dated prices, oldest first", () => {
    expect(makerPriceSteps(model(cut), '2026-01-01')).toEqual([
      { date: '2024-05-13', input: 5, output: 15 },
      { date: '2024-08-06', input: 2.5, output: 10 },
    ]);
  });
  it('draws nothing with fewer than two dates on the maker platform', () => {
    expect(makerPriceSteps(model(cut), '2024-06-01')).toEqual([]);
    expect(makerPriceSteps(model(cut.slice(0, 1).concat(cut[2])), '2026-01-01')).toEqual([]);
  });
});

describe('stepChart', () => {
  const chart = stepChart(makerPriceSteps(model(cut), '2026-01-01'), '2026-01-01');
  it('holds each price until the next change, then to the end date', () => {
    // two steps: M x0 y0 H x1, then V y1 H end
    expect(chart.input).toMatch(/^M56 [\d.]+ H[\d.]+ V[\d.]+ H464$/);
    const [, y0] = /^M56 ([\d.]+)/.exec(chart.output)!;
    const [, y1] = /V([\d.]+)/.exec(chart.output)!;
    expect(Number(y1)).toBeGreaterThan(Number(y0)); // price fell: the line goes down the page
  });
  it('puts the axis top at a round value above the highest price', () => {
    expect(chart.yTicks.at(-1)!.usd).toBe(20);
    expect([niceCeiling(15), niceCeiling(0.42), niceCeiling(3), niceCeiling(100)]).toEqual([20, 0.5, 5, 100]);
  });
  it('ticks each price change date', () => {
    expect(chart.xTicks.map((t) => t.date)).toEqual(['2024-05-13', '2024-08-06']);
  });
});
