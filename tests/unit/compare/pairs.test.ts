import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { compareFacts, comparePairs, pairSlug, pairsByProvider, sharedResults, verdict, PAIRS_PER_MODEL } from '../../../src/lib/compare/pairs.ts';
import { buildCatalog, type Model } from '../../../src/lib/catalog/catalog.ts';

function syntheticCatalog(n: number) {
  const base = fixtureCatalog();
  const template = base.model.get('acme/rocket-2')!;
  const models: Model[] = Array.from({ length: n }, (_, i) => {
    const m = structuredClone(template);
    m.id = `acme/m-${i}`;
    m.data.name = `M ${i}`;
    m.data.predecessor = i > 0 ? `acme/m-${i - 1}` : undefined;
    m.data.competitors = [`acme/m-${(i + 7) % n}`, `acme/m-${(i + 13) % n}`];
    m.data.pricing = [{ ...m.data.pricing[0], input: 0.1 * (1 + (i % 9)) }];
    return m;
  });
  return buildCatalog({ models, providers: base.providers, families: base.families, benchmarks: base.benchmarks, sources: [...base.source.values()] });
}

describe('compare', () => {
  const catalog = fixtureCatalog();
  const r1 = catalog.model.get('acme/rocket-1')!;
  const r2 = catalog.model.get('acme/rocket-2')!;

  it('finds shared benchmarks at the same setting with the difference', () => {
    const shared = sharedResults(r2, r1, catalog);
    expect(shared.map((s) => [s.label, s.a.score, s.b.score, s.advantage])).toEqual([['Quiz (5-shot)', 80, 60, 20]]);
  });

  it('writes a verdict from the data', () => {
    expect(verdict(r2, r1, catalog, '2024-12-31')).toBe('Rocket 2 is cheaper on input by 2×; Rocket 2 has the larger context window; Rocket 2 scores higher on 1 of 1 shared benchmark.');
  });

  it('collects the facts shown side by side', () => {
    expect(compareFacts(r2, '2024-12-31')).toMatchObject({ context: 128000, input: 0.5, status: 'ga', released: '2024-05-01' });
  });

  it('pre-renders each pair once, named after both models', () => {
    const pairs = comparePairs(catalog, '2024-12-31');
    expect(pairs.map((p) => pairSlug(...p))).toEqual(['acme-rocket-1-vs-acme-rocket-2']);
  });

  it('grows the number of pair pages linearly with the catalog', () => {
    const sizes = [40, 80, 160];
    const perModel = sizes.map((n) => comparePairs(syntheticCatalog(n), '2024-12-31').length / n);
    // Never more than PAIRS_PER_MODEL pages per model, and the pages per model stay flat as the
    // catalog grows (a quadratic scheme would double them with every doubling).
    perModel.forEach((p) => expect(p).toBeLessThanOrEqual(PAIRS_PER_MODEL));
    perModel.forEach((p) => expect(p).toBeGreaterThanOrEqual(1));
    expect(perModel[2] / perModel[0]).toBeLessThan(1.25);
  });
});

import { factRows } from '../../../src/lib/compare/rows.ts';
import { apiFactsOf } from '../../../src/lib/facts/api-facts.ts';

describe('fact rows', () => {
  const catalog = fixtureCatalog();
  it('show every disagreeing value with all its sources, never just the first', () => {
    const records = ['acme/rocket-2', 'acme/rocket-1'].map((id) => apiFactsOf(catalog.model.get(id)!, catalog, '2024-12-31'));
    const rows = factRows(records);
    const context = rows.find((r) => r.label === 'Context window')!;
    expect(context.cells.map((c) => c.text)).toEqual(['128K / 131.1K (sources differ)', '16K']);
    expect(context.cells.map((c) => (c.state === 'known' ? c.observations.map((o) => o.source) : []))).toEqual([['acme-launch', 'acme-rocket-1'], ['acme-rocket-1']]);
    expect(context.best).toBe(0);
    const input = rows.find((r) => r.id === 'inputPrice')!;
    expect(input.cells.map((c) => c.text)).toEqual(['$0.50', '$1.00']);
    expect(input.best).toBe(0);
    // Nothing recorded is "unknown", never "no" and never "not disclosed".
    expect(rows.find((r) => r.label === 'Max output')!.cells.map((c) => c.text)).toEqual(['unknown', 'unknown']);
  });
  it('groups every pair under the maker of either model', () => {
    const { count, groups } = pairsByProvider(catalog, '2024-12-31');
    expect(count).toBe(comparePairs(catalog, '2024-12-31').length);
    expect(groups.every((g) => g.pairs.length > 0 && g.pairs.every(([a, b]) => [a.data.provider, b.data.provider].includes(g.provider.id)))).toBe(true);
  });
});
