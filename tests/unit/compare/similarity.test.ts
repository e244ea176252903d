import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { similarModels, similarity, similarityParts } from '../../../src/lib/compare/similarity.ts';
import { buildCatalog, type Model } from '../../../src/lib/catalog/catalog.ts';

function variant(base: Model, id: string, changes: (m: Model) => void): Model {
  const m = structuredClone(base);
  m.id = id;
  m.data.name = id;
  changes(m);
  return m;
}

describe('similarity', () => {
  const catalog = fixtureCatalog();
  const r2 = catalog.model.get('acme/rocket-2')!;
  it('is 1 for a model with itself and between 0 and 1 otherwise', () => {
    expect(similarity(r2, r2, '2024-12-31')).toBeCloseTo(1, 10);
    const s = similarity(r2, catalog.model.get('acme/rocket-1')!, '2024-12-31');
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(1);
  });
  it('scores price band and benchmark profile', () => {
    const parts = similarityParts(r2, catalog.model.get('acme/rocket-1')!, '2024-12-31');
    expect(parts.provider).toBe(1);
    expect(parts.family).toBe(1);
    expect(parts.benchmarks).toBeCloseTo(1 - 20 / 25, 10);
    expect(parts.price).toBeGreaterThan(0);
  });
  it('ranks a close-priced, same-era model above a distant one', () => {
    const near = variant(r2, 'acme/near', (m) => {
      m.data.pricing = [{ ...m.data.pricing[0], input: 0.55, output: 1.6 }];
    });
    const far = variant(r2, 'acme/far', (m) => {
      m.data.pricing = [{ ...m.data.pricing[0], input: 30, output: 60 }];
      m.data.dates.released = { date: '2021-01-01', source: 'acme-launch' };
      m.data.benchmarks = [{ ...m.data.benchmarks[0], score: 20 }];
    });
    const bigger = buildCatalog({ providers: catalog.providers, families: catalog.families, benchmarks: catalog.benchmarks, sources: [...catalog.source.values()], models: [r2, near, far] });
    expect(similarModels(r2, bigger, '2024-12-31', 2).map((m) => m.id)).toEqual(['acme/near', 'acme/far']);
  });
});
