import { describe, expect, it } from 'vitest';
import { agreement } from '../../../src/lib/views/model-specs.ts';

describe('agreement between sources of one figure', () => {
  it('calls one value single, equal values agreeing and different values differing', () => {
    expect(agreement([{ text: '128,000 tokens', source: 'a' }])).toBe('single');
    expect(agreement([{ text: '1,050,000 tokens', source: 'a' }, { text: '1,050,000 tokens', source: 'b', note: 'gateway' }])).toBe('agree');
    expect(agreement([{ text: '128,000 tokens', source: 'a' }, { text: '131,072 tokens', source: 'b' }])).toBe('differ');
  });
});
