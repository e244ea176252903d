import { describe, expect, it } from 'vitest';
import { compareDates, compareFlags, comparePrice, compareTokens, isKRounding } from '../../../../src/lib/content/import/compare.ts';

describe('the rounding rule', () => {
  it('recognises upstream K × 1,000 of an exact power-of-two count we hold', () => {
    expect(isKRounding(262_144, 256_000)).toBe(true);
    expect(isKRounding(131_072, 128_000)).toBe(true);
    expect(compareTokens([262_144], 256_000)).toBe('rounding');
  });
  it('never treats other pairs as a rounding', () => {
    expect(isKRounding(128_000, 131_072)).toBe(false);
    expect(isKRounding(200_000, 195_312)).toBe(false);
    expect(compareTokens([128_000], 131_072)).toBe('differ');
  });
});

describe('comparisons', () => {
  it('tells agreement, difference and what is missing on either side', () => {
    expect(compareTokens([128_000, 131_072], 131_072)).toBe('agree');
    expect(compareTokens([], 8_192)).toBe('missing-ours');
    expect(compareTokens([8_192], undefined)).toBe('missing-theirs');
  });
  it('reads a coarser date as agreeing', () => {
    expect(compareDates(['2024-09-30'], '2024-09')).toBe('agree');
    expect(compareDates(['2024-10'], '2024-09-30')).toBe('differ');
  });
  it('compares flags and prices', () => {
    expect(compareFlags(true, false)).toBe('differ');
    expect(compareFlags(undefined, true)).toBe('missing-ours');
    expect(comparePrice({ input: 0.15, output: 0.6 }, { input: 0.15, output: 0.6 })).toBe('agree');
    expect(comparePrice({ input: 0.15, output: 0.6 }, { input: 0.15, output: 0.6, cachedInput: 0.075 })).toBe('fills');
    expect(comparePrice({ input: 0.15, output: 0.6 }, { input: 0.3, output: 0.6 })).toBe('differ');
  });
});
