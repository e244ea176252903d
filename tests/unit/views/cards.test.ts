import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { benchmarkCards, familyCards, modelCards } from '../../../src/lib/views/cards.ts';
import { familyIndex } from '../../../src/lib/views/family-index.ts';
import { benchmarkIndex } from '../../../src/lib/benchmarks/index-groups.ts';

describe('cards', () => {
  const catalog = fixtureCatalog();
  it('link models with provider and release date', () => {
    expect(modelCards(catalog.models.slice(0, 1), catalog)).toEqual([
      { href: '/models/acme/rocket-2/', title: 'Rocket 2', meta: 'Acme AI · 1 May 2024', text: 'The second fictional Rocket model, used by the tests.' },
    ]);
    expect(modelCards(catalog.models.slice(0, 1), catalog, false)[0].meta).toBeUndefined();
  });
  it('link families with their version count and newest version', () => {
    expect(familyCards(familyIndex(catalog)[0].families)[0]).toMatchObject({ href: '/families/rocket/', meta: '2 versions, newest Rocket 2 (1 May 2024)' });
  });
  it('link benchmarks with their result count', () => {
    expect(benchmarkCards(benchmarkIndex(catalog)[0].benchmarks)[0]).toMatchObject({ href: '/benchmarks/quiz/', meta: '2 results' });
  });
});
