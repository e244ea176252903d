import { describe, expect, it } from 'vitest';
import { checkConstraints, constraintGroup, splitConstraints } from '../../../src/lib/choose/constraints.ts';
import type { FilterState } from '../../../src/lib/filters/state.ts';

const state = (partial: Partial<FilterState>): FilterState => ({ bounds: {}, choices: {}, flags: {}, includeUnknown: true, cols: [], ...partial });
const any = () => 'any' as const;
const s = state({ bounds: { contextWindow: { min: 100_000 } }, choices: { maker: ['openai', 'google'] }, flags: { 'feature.function-calling': true } });

describe('checkConstraints', () => {
  it('passes a model that meets every constraint', () => {
    expect(checkConstraints({ contextWindow: 128_000, maker: ['openai'], 'feature.function-calling': true }, s, any, new Set())).toEqual({ pass: true, unknown: [] });
  });
  it('fails a model that breaks one constraint, whatever else is unknown', () => {
    expect(checkConstraints({ contextWindow: 8_000, maker: ['openai'] }, s, any, new Set()).pass).toBe(false);
    expect(checkConstraints({ contextWindow: 128_000, maker: ['openai'], 'feature.function-calling': false }, s, any, new Set()).pass).toBe(false);
  });
  it('keeps a model with an unknown value by default, and names the constraint', () => {
    expect(checkConstraints({ maker: ['google'], 'feature.function-calling': true }, s, any, new Set())).toEqual({ pass: true, unknown: ['contextWindow'] });
  });
  it('leaves it out only for the constraint whose unknowns the reader excludes', () => {
    const row = { maker: ['google'], 'feature.function-calling': true };
    expect(checkConstraints(row, s, any, new Set(['contextWindow'])).pass).toBe(false);
    expect(checkConstraints(row, s, any, new Set(['maker', 'features']))).toEqual({ pass: true, unknown: ['contextWindow'] });
  });
  it('groups features and benchmark minimums under one unknown choice each', () => {
    expect([constraintGroup('feature.vision'), constraintGroup('score.gpqa'), constraintGroup('license')]).toEqual(['features', 'scores', 'license']);
    expect(checkConstraints({ contextWindow: 200_000, maker: ['openai'] }, s, any, new Set(['features'])).pass).toBe(false);
  });
  it('reads a multi constraint as any or all of the chosen values, as the catalog does', () => {
    const modal = state({ choices: { inputModalities: ['text', 'image'] } });
    expect(checkConstraints({ inputModalities: ['text'] }, modal, () => 'all', new Set()).pass).toBe(false);
    expect(checkConstraints({ inputModalities: ['text'] }, modal, any, new Set()).pass).toBe(true);
  });
  it('splits a state into one constraint each, skipping empty choices', () => {
    expect(splitConstraints({ ...s, choices: { ...s.choices, license: [] } }).map(([id]) => id)).toEqual(['contextWindow', 'maker', 'feature.function-calling']);
  });
});
