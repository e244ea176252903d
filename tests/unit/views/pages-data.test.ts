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
    expect(providerIndex(catalog).map((r) => [r.provider.id, r.made, r.served])).toEqual([
      ['acme', 2, 0],
      ['cloudy', 0, 1],
    ]);
  });
  it('picks the newest models for the home page', () => {
    expect(homePageData(catalog, 1).newest.map((m) => m.id)).toEqual(['acme/rocket-2']);
    expect(homePageData(catalog).counts).toEqual({ models: 2, providers: 1, sources: 2 });
  });
  it('groups families by provider and benchmarks by category with counts', () => {
    expect(familyIndex(catalog).map((g) => [g.provider.id, g.families.map((f) => [f.family.id, f.count, f.newest?.id])])).toEqual([['acme', [['rocket', 2, 'acme/rocket-2']]]]);
    expect(benchmarkIndex(catalog).map((s) => [s.category, s.benchmarks.map((b) => [b.benchmark.id, b.results])])).toEqual([['general-knowledge', [['quiz', 2]]]]);
  });
});
