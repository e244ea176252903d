import { describe, expect, it } from 'vitest';
import { pricesDocument } from '../../../src/lib/outputs/prices.ts';
import { headlineOf, pricesInEffect } from '../../../src/lib/catalog/catalog.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

describe('pricesDocument', () => {
  const catalog = fixtureCatalog();
  const doc = pricesDocument(catalog, '2026-01-01');
  it('lists every price of every model with its platform, dates and source', () => {
    expect(doc.prices.length).toBe(catalog.models.reduce((n, m) => n + m.data.pricing.length, 0));
    for (const p of doc.prices) {
      expect(p.effective ?? p.listed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.source.publisher).toBeTruthy();
      expect(p.platformName).toBeTruthy();
    }
  });
  it('carries the source URL from the sources collection', () => {
    const first = doc.prices[0];
    expect(first.source.url).toBe(catalog.source.get(first.source.id)?.data.url);
  });
});

describe('prices on a date', () => {
  const pricing = [
    { platform: 'openai', effective: '2024-05-13', input: 5, output: 15, source: 'launch' },
    { platform: 'openai', effective: '2024-08-06', input: 2.5, output: 10, source: 'cut' },
    { platform: 'openrouter', effective: '2024-05-13', input: 4, output: 15, source: 'or' },
  ];
  it("uses the old price before a cut and the new one from its date, the maker's first", () => {
    expect(headlineOf(pricing, 'openai', '2024-08-05')?.source).toBe('launch');
    expect(headlineOf(pricing, 'openai', '2024-08-06')?.source).toBe('cut');
    expect(pricesInEffect(pricing, 'openai', '2024-09-01').map((p) => p.source)).toEqual(['cut', 'or']);
  });
  it('has no price before the first one, and falls back to the cheapest platform without the maker', () => {
    expect(headlineOf(pricing, 'openai', '2024-01-01')).toBeUndefined();
    expect(headlineOf(pricing.slice(2), 'openai', '2024-09-01')?.source).toBe('or');
  });
});
