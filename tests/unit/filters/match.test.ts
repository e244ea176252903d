import { describe, expect, it } from 'vitest';
import { compareValues, matchRow } from '../../../src/lib/filters/match.ts';
import type { FilterState } from '../../../src/lib/filters/state.ts';

const state = (s: Partial<FilterState>): FilterState => ({ bounds: {}, choices: {}, flags: {}, includeUnknown: false, cols: [], ...s });
const any = () => 'any' as const;

describe('matchRow', () => {
  const row = { contextWindow: 128000, inputPrice: 0.15, maker: ['openai'], inputModalities: ['text', 'image'], 'feature.function-calling': true };
  it('passes and fails on bounds', () => {
    expect(matchRow(row, state({ bounds: { contextWindow: { min: 100000 }, inputPrice: { max: 0.2 } } }), any)).toBe('pass');
    expect(matchRow(row, state({ bounds: { contextWindow: { min: 200000 } } }), any)).toBe('fail');
  });
  it('treats a missing value as unknown, never as failing', () => {
    expect(matchRow(row, state({ bounds: { maxOutput: { min: 16000 } } }), any)).toBe('unknown');
    expect(matchRow(row, state({ flags: { 'feature.reasoning': true } }), any)).toBe('unknown');
    // A known failure still wins over an unknown.
    expect(matchRow(row, state({ bounds: { maxOutput: { min: 1 }, contextWindow: { min: 1e9 } } }), any)).toBe('fail');
  });
  it('matches choices with any or all of the chosen values', () => {
    expect(matchRow(row, state({ choices: { maker: ['google', 'openai'] } }), any)).toBe('pass');
    expect(matchRow(row, state({ choices: { inputModalities: ['image', 'audio'] } }), () => 'all')).toBe('fail');
    expect(matchRow(row, state({ choices: { inputModalities: ['image'] } }), () => 'all')).toBe('pass');
  });
  it('checks yes/no facts both ways', () => {
    expect(matchRow(row, state({ flags: { 'feature.function-calling': false } }), any)).toBe('fail');
  });
});

describe('compareValues', () => {
  it('sorts numbers and text and sinks unknown values whatever the direction', () => {
    const values = [3, undefined, 1, 2];
    expect([...values].sort((a, b) => compareValues(a, b, 'asc'))).toEqual([1, 2, 3, undefined]);
    expect([...values].sort((a, b) => compareValues(a, b, 'desc'))).toEqual([3, 2, 1, undefined]);
    expect(['b', 'a'].sort((a, b) => compareValues(a, b, 'asc'))).toEqual(['a', 'b']);
  });
});
