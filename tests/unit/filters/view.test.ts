import { describe, expect, it } from 'vitest';
import { CATALOG_PAGE_SIZE, catalogView, noteId, type ViewRow } from '../../../src/lib/filters/view.ts';
import type { FilterState } from '../../../src/lib/filters/state.ts';

const state = (over: Partial<FilterState> = {}): FilterState => ({ bounds: {}, choices: {}, flags: {}, includeUnknown: false, cols: [], ...over });
const any = () => 'any' as const;
const rows: Record<string, ViewRow> = {
  a: { v: { contextWindow: 200000, inputPrice: 3 }, s: { inputPrice: 3, released: 20260301 } },
  b: { v: { contextWindow: 128000, inputPrice: 0.5 }, s: { inputPrice: 0.5, released: 20260201 } },
  c: { v: { contextWindow: 32000 }, s: { released: 20260101 } },
  d: { v: { inputPrice: 0.5 }, s: { inputPrice: 0.5, released: 20251201 } },
};
const order = ['a', 'b', 'c', 'd'];

describe('catalog view', () => {
  it('keeps rows that pass, holds back those whose filtered fact is unknown, and counts both', () => {
    const v = catalogView(order, rows, state({ bounds: { contextWindow: { min: 100000 } } }), any, 'released', 'desc', 50);
    expect(v).toEqual({ ids: ['a', 'b'], matching: 2, heldUnknown: 1 });
    const withUnknown = catalogView(order, rows, state({ bounds: { contextWindow: { min: 100000 } }, includeUnknown: true }), any, 'released', 'desc', 50);
    expect(withUnknown.ids).toEqual(['a', 'b', 'd']);
  });
  it('sorts by one column with unknown values last, ties in the default order', () => {
    expect(catalogView(order, rows, state(), any, 'inputPrice', 'asc', 50).ids).toEqual(['b', 'd', 'a', 'c']);
    expect(catalogView(order, rows, state(), any, 'inputPrice', 'desc', 50).ids).toEqual(['a', 'b', 'd', 'c']);
  });
  it('cuts to the limit but counts every match', () => {
    expect(catalogView(order, rows, state(), any, 'released', 'desc', 2)).toEqual({ ids: ['a', 'b'], matching: 4, heldUnknown: 0 });
    expect(CATALOG_PAGE_SIZE).toBe(50);
  });
});

describe('note ids', () => {
  it('are valid, distinct ids for every row and column', () => {
    expect(noteId('openai/gpt-4.1-mini', 'score.swe-bench-verified')).toBe('note-openai_gpt-4_1-mini__score_swe-bench-verified');
    expect(noteId('a/b', 'c')).not.toBe(noteId('a/b', 'd'));
    expect(noteId('a/b-score', 'c')).not.toBe(noteId('a/b', 'score-c'));
    expect(noteId('a/b', 'score.c')).toMatch(/^[A-Za-z][\w-]*$/);
  });
});

describe('the line under the table', () => {
  it('says how many rows show of how many match', async () => {
    const { moreStatus } = await import('../../../src/lib/filters/view.ts');
    expect(moreStatus(50, 318)).toBe('Showing 50 of 318 models.');
    expect(moreStatus(12, 12)).toBe('Showing all 12 models.');
  });
});
