import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { catalogRows, filterOptions } from '../../../src/lib/views/catalog-table.ts';

describe('catalog table', () => {
  const catalog = fixtureCatalog();
  const rows = catalogRows(catalog, '2024-12-31');
  it('has one row per model, newest first, with the maker price and blended price', () => {
    expect(rows.map((r) => r.model.id)).toEqual(['acme/rocket-2', 'acme/rocket-1']);
    expect(rows[0]).toMatchObject({ input: 0.5, output: 1.5, pricePlatform: 'acme', context: 128000, status: 'ga' });
    expect(rows[0].blended).toBeCloseTo(0.75, 10);
    expect(rows[1].status).toBe('deprecated');
  });
  it('fills benchmark columns with the best score and leaves others empty', () => {
    expect(rows[0].scores.quiz).toBeUndefined();
    expect(rows[0].scores.mmlu).toBeUndefined();
  });
  it('offers only filter values that occur', () => {
    const options = filterOptions(rows);
    expect(options.providers).toEqual([{ id: 'acme', name: 'Acme AI' }]);
    expect(options.licenses).toEqual([]);
  });
});
