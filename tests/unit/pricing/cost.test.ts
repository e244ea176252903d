import { describe, expect, it } from 'vitest';
import { batchCost, blendedPrice, formatCost, monthlyCost, workloadCost } from '../../../src/lib/pricing/cost.ts';

describe('cost', () => {
  const price = { platform: 'openai', effective: '2024-07-18', input: 0.15, output: 0.6, source: 's' };
  it('prices a workload from per-million rates', () => {
    expect(workloadCost(price, { inputTokens: 1_500_000, outputTokens: 500_000 })).toBeCloseTo(0.525, 10);
  });
  it('prices batch only when batch rates are published', () => {
    expect(batchCost(price, { inputTokens: 1e6, outputTokens: 1e6 })).toBeUndefined();
    expect(batchCost({ ...price, batchInput: 0.075, batchOutput: 0.3 }, { inputTokens: 1e6, outputTokens: 1e6 })).toBeCloseTo(0.375, 10);
  });
  it('blends 3:1 input to output', () => {
    expect(blendedPrice(price)).toBeCloseTo(0.2625, 10);
    expect(blendedPrice({ input: 0.1, output: 3.3 })).toBe(0.9); // not 0.8999999999999999
  });
  it('formats costs for reading', () => {
    expect(formatCost(525)).toBe('$525');
    expect(formatCost(1234.4)).toBe('$1,234');
    expect(formatCost(0.525)).toBe('$0.53');
    expect(formatCost(0.0042)).toBe('$0.0042');
  });
  describe('monthlyCost', () => {
    const load = { requests: 1000, inputTokens: 2000, outputTokens: 500, cachedShare: 0, batch: false };
    it('multiplies requests by tokens per request at per-million rates', () => {
      // 2M input × $0.15 + 0.5M output × $0.60
      expect(monthlyCost(price, load)).toEqual({ usd: 0.6, noCachedPrice: false, noBatchPrice: false });
    });
    it('charges the cached share at the cached price where published', () => {
      // 1M at $0.15 + 1M at $0.075 + 0.5M out at $0.60
      expect(monthlyCost({ ...price, cachedInput: 0.075 }, { ...load, cachedShare: 0.5 }).usd).toBeCloseTo(0.525, 10);
    });
    it('charges full price for cached tokens when no cached price is published, and says so', () => {
      expect(monthlyCost(price, { ...load, cachedShare: 0.5 })).toEqual({ usd: 0.6, noCachedPrice: true, noBatchPrice: false });
    });
    it('uses batch prices where published, else gives no figure', () => {
      expect(monthlyCost({ ...price, batchInput: 0.075, batchOutput: 0.3 }, { ...load, batch: true }).usd).toBeCloseTo(0.3, 10);
      expect(monthlyCost(price, { ...load, batch: true })).toEqual({ noCachedPrice: false, noBatchPrice: true });
    });
  });
});
