import { describe, expect, it } from 'vitest';
import { formatDate, formatDelta, formatGap, formatInteger, formatParameters, formatScore, formatTokensCompact, formatUsd, formatUsdDelta } from '../../../src/lib/format/format.ts';

describe('format', () => {
  it('formats token counts compactly and exactly', () => {
    expect(formatTokensCompact(128000)).toBe('128K');
    expect(formatTokensCompact(131072)).toBe('131.1K');
    expect(formatTokensCompact(1048576)).toBe('1.05M');
    expect(formatTokensCompact(512)).toBe('512');
    expect(formatInteger(16384)).toBe('16,384');
  });
  it('formats parameter counts', () => {
    expect(formatParameters(8e9)).toBe('8B');
    expect(formatParameters(3.8e9)).toBe('3.8B');
    expect(formatParameters(671e9)).toBe('671B');
    expect(formatParameters(1.8e12)).toBe('1.8T');
  });
  it('formats prices without losing small fractions', () => {
    expect(formatUsd(0.15)).toBe('$0.15');
    expect(formatUsd(0.6)).toBe('$0.60');
    expect(formatUsd(0.075)).toBe('$0.075');
    expect(formatUsd(0.0375)).toBe('$0.0375');
    expect(formatUsd(15)).toBe('$15.00');
  });
  it('formats full and partial dates', () => {
    expect(formatDate('2024-07-18')).toBe('18 Jul 2024');
    expect(formatDate('2024-07-18', 'long')).toBe('18 July 2024');
    expect(formatDate('2023-10')).toBe('Oct 2023');
    expect(formatDate('2023-10', 'long')).toBe('October 2023');
    expect(formatDate('2023')).toBe('2023');
  });
  it('formats scores and differences', () => {
    expect(formatScore(82)).toBe('82.0%');
    expect(formatScore(87.25)).toBe('87.25%');
    expect(formatScore(79.7, 'points')).toBe('79.7');
    expect(formatDelta(3.2)).toBe('+3.2');
    expect(formatDelta(-1.55, 1)).toBe('−1.6');
    expect(formatDelta(0)).toBe('±0');
  });
  it('formats signed price differences', () => {
    expect(formatUsdDelta(0.5)).toBe('+$0.50');
    expect(formatUsdDelta(-2)).toBe('−$2.00');
    expect(formatUsdDelta(-0.075)).toBe('−$0.075');
    expect(formatUsdDelta(0)).toBe('±$0.00');
  });
  it('formats score gaps with the decimals they need, up to two', () => {
    expect(formatGap(1.5)).toBe('+1.5');
    expect(formatGap(-6)).toBe('−6.0');
    expect(formatGap(-0.25)).toBe('−0.25');
    expect(formatGap(1.1)).toBe('+1.1');
  });
});
