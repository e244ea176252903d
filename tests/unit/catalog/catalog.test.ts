import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { currentPrices, currentStatus, familyVersions, headlinePrice, observationsOf, predecessorOf, releaseDate, successorsOf } from '../../../src/lib/catalog/catalog.ts';

describe('catalog', () => {
  const catalog = fixtureCatalog();
  const r1 = catalog.model.get('acme/rocket-1')!;
  const r2 = catalog.model.get('acme/rocket-2')!;

  it('sorts models newest first', () => {
    expect(catalog.models.map((m) => m.id)).toEqual(['acme/rocket-2', 'acme/rocket-1']);
  });
  it('takes the release date, else the announcement', () => {
    expect(releaseDate(r2)).toBe('2024-05-01');
  });
  it('reads the status in force on a given day', () => {
    expect(currentStatus(r1, '2024-01-01')).toBe('ga');
    expect(currentStatus(r1, '2024-05-01')).toBe('deprecated');
  });
  it('counts a model as retired from its scheduled retirement date on', () => {
    const scheduled = { ...r1, data: { ...r1.data, dates: { ...r1.data.dates, retired: { date: '2025-01-31', source: 'acme-launch' } } } };
    expect(currentStatus(scheduled, '2025-01-30')).toBe('deprecated');
    expect(currentStatus(scheduled, '2025-01-31')).toBe('retired');
  });
  it('derives successors from predecessor links', () => {
    expect(successorsOf(r1, catalog).map((m) => m.id)).toEqual(['acme/rocket-2']);
    expect(predecessorOf(r2, catalog)?.id).toBe('acme/rocket-1');
    expect(predecessorOf(r1, catalog)).toBeUndefined();
  });
  it('lists a family newest first', () => {
    expect(familyVersions('rocket', catalog).map((m) => m.id)).toEqual(['acme/rocket-2', 'acme/rocket-1']);
  });
  it('keeps the maker first among current prices and picks its price as headline', () => {
    expect(currentPrices(r2, '2024-12-31').map((p) => p.platform)).toEqual(['acme', 'cloudy']);
    expect(headlinePrice(r2, '2024-12-31')?.input).toBe(0.5);
    expect(currentPrices(r2, '2024-01-01')).toEqual([]);
  });
  it('turns a single observation into a list', () => {
    expect(observationsOf({ value: 1, source: 'a' })).toEqual([{ value: 1, source: 'a' }]);
    expect(observationsOf(undefined)).toEqual([]);
    expect(observationsOf(r2.data.specs.contextWindow).map((o) => o.value)).toEqual([128000, 131072]);
  });
});
