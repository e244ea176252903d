import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { providerIndex, providerPageData } from '../../../src/lib/views/provider-page.ts';
import { homePageData } from '../../../src/lib/views/home-page.ts';
import { familyIndex } from '../../../src/lib/views/family-index.ts';
import { benchmarkIndex } from '../../../src/lib/benchmarks/index-groups.ts';

describe('page data', () => {
  const catalog = fixtureCatalog();
  it('lists a provider’s own models and the models it serves for others', () => {
    const acme = providerPageData(catalog.provider.get('acme')!, catalog, '2024-12-31');
    expect(acme.made.map((r) => r.model.id)).toEqual(['acme/rocket-2', 'acme/rocket-1']);
    expect(acme.families.map((f) => f.id)).toEqual(['rocket']);
    const cloudy = providerPageData(catalog.provider.get('cloudy')!, catalog, '2024-12-31');
    expect(cloudy.served.map((m) => m.id)).toEqual(['acme/rocket-2']);
    expect(providerIndex(catalog).map((r) => [r.provider.id, r.made, r.served, r.families, r.newest?.model.id, r.newest?.released])).toEqual([
      ['acme', 2, 0, 1, 'acme/rocket-2', '2024-05-01'],
      ['cloudy', 0, 1, 0, undefined, undefined],
    ]);
  });
  it('gives each of a provider’s models its current input and output price and context window', () => {
    const acme = providerPageData(catalog.provider.get('acme')!, catalog, '2024-12-31');
    expect(acme.factColumns).toEqual([
      { id: 'inputPrice', label: 'Input $/1M' },
      { id: 'outputPrice', label: 'Output $/1M' },
      { id: 'contextWindow', label: 'Context' },
    ]);
    const texts = (r: (typeof acme.made)[number]) => r.facts.map((f) => (f.fact.state === 'known' ? f.fact.items.map((i) => i.text).join(' / ') : f.fact.state));
    expect(acme.made.map(texts)).toEqual([
      ['$0.50', '$1.50', '128K / 131.1K'],
      ['$1.00', '$2.00', '16K'],
    ]);
    const early = providerPageData(catalog.provider.get('acme')!, catalog, '2023-01-01');
    expect(early.made.map(texts)[1]).toEqual(['unknown', 'unknown', '16K']);
  });
  it('picks the newest models for the home page, with their price and context', () => {
    const home = homePageData(catalog, '2024-12-31', { newest: 1 });
    expect(home.newest.map((m) => m.id)).toEqual(['acme/rocket-2']);
    expect(home.newestCards[0].facts?.map((f) => [f.id, f.fact.state === 'known' ? f.fact.items.map((i) => [i.text, i.link?.publisher]) : f.fact.state])).toEqual([
      ['inputPrice', [['$0.50', 'Acme AI']]],
      ['outputPrice', [['$1.50', 'Acme AI']]],
      ['contextWindow', [['128K', 'Acme AI'], ['131.1K', 'Acme AI']]],
    ]);
    expect(homePageData(catalog, '2024-12-31').counts).toEqual({ models: 2, providers: 1, sources: 2 });
  });
  it('sets the headline benchmark’s best scores beside their input price, each with its source', () => {
    const home = homePageData(catalog, '2024-12-31', { headline: 'quiz', headlineTop: 1, boards: ['quiz', 'no-such-benchmark'] });
    const [row] = home.priceScore!.rows;
    expect(home.priceScore!.rows).toHaveLength(1);
    expect(row.model.id).toBe('acme/rocket-2');
    expect(row.score).toEqual({ text: '80.0%', origin: 'self-reported', setting: '5-shot', source: 'acme-launch', link: { publisher: 'Acme AI', url: 'https://acme.example/rocket-2' }, verified: true });
    expect(row.inputPrice).toMatchObject({ state: 'known', items: [{ text: '$0.50', source: 'acme-launch' }] });
    expect(home.boards.map((b) => [b.benchmark.id, b.rows.map((r) => [r.rank, r.model.id, r.score.text])])).toEqual([['quiz', [[1, 'acme/rocket-2', '80.0%'], [2, 'acme/rocket-1', '60.0%']]]]);
    expect(homePageData(catalog, '2024-12-31', { headline: 'no-such-benchmark' }).priceScore).toBeUndefined();
  });
  it('shows a model without a current price as unknown beside its score', () => {
    const home = homePageData(catalog, '2022-01-01', { headline: 'quiz' });
    expect(home.priceScore!.rows.map((r) => r.inputPrice.state)).toEqual(['unknown', 'unknown']);
  });
  it('groups families by provider and benchmarks by category with counts', () => {
    expect(familyIndex(catalog).map((g) => [g.provider.id, g.families.map((f) => [f.family.id, f.count, f.newest?.id])])).toEqual([['acme', [['rocket', 2, 'acme/rocket-2']]]]);
    expect(benchmarkIndex(catalog).map((s) => [s.category, s.benchmarks.map((b) => [b.benchmark.id, b.results])])).toEqual([['general-knowledge', [['quiz', 2]]]]);
  });
});
