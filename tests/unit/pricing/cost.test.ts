import { describe, expect, it } from 'vitest';
import { batchCost, blendedPrice, formatCost, workloadCost } from '../../../src/lib/pricing/cost.ts';

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
  });
  it('formats costs for reading', () => {
    expect(formatCost(525)).toBe('$525');
    expect(formatCost(1234.4)).toBe('$1,234');
    expect(formatCost(0.525)).toBe('$0.53');
    expect(formatCost(0.0042)).toBe('$0.0042');
  });
});
