import { describe, expect, it } from 'vitest';
import { originLabel, originRank, originShort, resultOrigin } from '../../../src/lib/benchmarks/result-origin.ts';

describe('result origin', () => {
  it('tells self-reported, independent and unstated origins apart', () => {
    expect(resultOrigin({ selfReported: true })).toBe('self-reported');
    expect(resultOrigin({ selfReported: false })).toBe('independent');
    expect(resultOrigin({ selfReported: 'unknown' })).toBe('not-stated');
  });
  it('never labels a score of unknown origin as independent', () => {
    expect(originLabel({ selfReported: 'unknown' }, 'whatmodel.sh')).toBe('Origin not stated: whatmodel.sh');
    expect(originShort({ selfReported: 'unknown' }, 'whatmodel.sh')).toBe('origin not stated (via whatmodel.sh)');
    expect(originLabel({ selfReported: false }, 'LayerLens', 'lower')).toBe('independent: LayerLens');
    expect(originShort({ selfReported: true }, 'OpenAI')).toBe('self-reported');
  });
  it('ranks independent before self-reported before unstated', () => {
    const sorted = [{ selfReported: 'unknown' as const }, { selfReported: true }, { selfReported: false }].sort((a, b) => originRank(a) - originRank(b));
    expect(sorted.map(resultOrigin)).toEqual(['independent', 'self-reported', 'not-stated']);
  });
});
