import { describe, expect, it } from 'vitest';
import { choiceParam, numberParam } from '../../../src/lib/filters/url-values.ts';

describe('numberParam', () => {
  it('reads plain and decimal numbers', () => {
    expect(numberParam('128000')).toBe(128000);
    expect(numberParam('0.5')).toBe(0.5);
    expect(numberParam('0')).toBe(0);
  });
  it('ignores what is not a usable number', () => {
    for (const bad of ['abc', '', '  ', '-1', 'NaN', 'Infinity', '1e999', null, undefined]) expect(numberParam(bad), String(bad)).toBeUndefined();
  });
});

describe('choiceParam', () => {
  it('keeps an allowed value and falls back otherwise', () => {
    expect(choiceParam('asc', ['asc', 'desc'], 'desc')).toBe('asc');
    expect(choiceParam('sideways', ['asc', 'desc'], 'desc')).toBe('desc');
    expect(choiceParam(null, ['asc', 'desc'], 'desc')).toBe('desc');
  });
});
