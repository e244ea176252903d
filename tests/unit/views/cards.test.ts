import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { benchmarkCards, familyCards, modelCards, modelFactCards } from '../../../src/lib/views/cards.ts';
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
  it('show a model’s price and context with their sources instead of its summary', () => {
    const [card] = modelFactCards(catalog.models.slice(1), catalog, '2024-12-31');
    expect(card).toMatchObject({ href: '/models/acme/rocket-1/', title: 'Rocket 1', meta: 'Acme AI · 1 Mar 2023' });
    expect(card.text).toBeUndefined();
    expect(card.facts?.map((f) => [f.label, f.fact])).toEqual([
      ['Input $/1M', { state: 'known', agreement: 'single', verified: true, items: [{ text: '$1.00', source: 'acme-rocket-1', link: { publisher: 'Acme AI', url: 'https://acme.example/rocket-1' }, note: undefined, verified: true }] }],
      ['Output $/1M', { state: 'known', agreement: 'single', verified: true, items: [{ text: '$2.00', source: 'acme-rocket-1', link: { publisher: 'Acme AI', url: 'https://acme.example/rocket-1' }, note: undefined, verified: true }] }],
      ['Context', { state: 'known', agreement: 'single', verified: true, items: [{ text: '16K', source: 'acme-rocket-1', link: { publisher: 'Acme AI', url: 'https://acme.example/rocket-1' }, note: undefined, verified: true }] }],
    ]);
    expect(modelFactCards(catalog.models.slice(1), catalog, '2022-01-01')[0].facts?.map((f) => f.fact.state)).toEqual(['unknown', 'unknown', 'known']);
  });
  it('link families with their version count and newest version, and that version’s figures when asked', () => {
    const families = familyIndex(catalog)[0].families;
    expect(familyCards(families)[0]).toMatchObject({ href: '/families/rocket/', meta: '2 versions, newest Rocket 2 (1 May 2024)' });
    expect(familyCards(families)[0].facts).toBeUndefined();
    const [card] = familyCards(families, { catalog, today: '2024-12-31' });
    expect(card.factsOf).toBe('Rocket 2');
    expect(card.facts?.map((f) => f.id)).toEqual(['inputPrice', 'outputPrice', 'contextWindow']);
    expect(card.facts?.[0].fact).toMatchObject({ state: 'known', items: [{ text: '$0.50' }] });
  });
  it('link benchmarks with their result count, and say when there are none yet', () => {
    expect(benchmarkCards(benchmarkIndex(catalog)[0].benchmarks)[0]).toMatchObject({ href: '/benchmarks/quiz/', meta: '2 results' });
    const quiz = catalog.benchmark.get('quiz')!;
    expect(benchmarkCards([{ benchmark: quiz, results: 0 }, { benchmark: quiz, results: 1 }]).map((c) => c.meta)).toEqual(['no results yet', '1 result']);
  });
});
