import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { citationIndex } from '../../../src/lib/catalog/citations.ts';

describe('citationIndex', () => {
  const catalog = fixtureCatalog();
  it('numbers sources in order of first use, once each', () => {
    const index = citationIndex(catalog.model.get('acme/rocket-2')!, catalog);
    expect(index.list.map((c) => [c.number, c.source.id])).toEqual([
      [1, 'acme-launch'],
      [2, 'acme-rocket-1'],
    ]);
    expect(index.numberOf('acme-rocket-1')).toBe(2);
    expect(index.numberOf('missing')).toBeUndefined();
  });
  it('records which facts rely on a source', () => {
    const index = citationIndex(catalog.model.get('acme/rocket-2')!, catalog);
    expect(index.list[1].usedBy).toEqual(['specs.contextWindow[1]']);
    expect(index.list[0].usedBy).toContain('article');
  });
});
