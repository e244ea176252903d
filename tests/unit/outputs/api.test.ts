import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { claimsCatalog } from '../claims-fixture-catalog.ts';
import { atomFeed, benchmarksDocument, modelRecord, modelsDocument } from '../../../src/lib/outputs/api.ts';

describe('open data', () => {
  const catalog = fixtureCatalog();
  it('publishes each model with its facts and the sources they cite', () => {
    const r = modelRecord(catalog.model.get('acme/rocket-2')!, catalog, '2024-12-31', 'https://example.org/');
    expect(r).toMatchObject({ id: 'acme/rocket-2', url: 'https://example.org/models/acme/rocket-2/', currentStatus: 'ga', released: '2024-05-01', name: 'Rocket 2' });
    expect(Object.keys(r.sources).sort()).toEqual(['acme-launch', 'acme-rocket-1']);
    expect(r.sources['acme-launch'].url).toBe('https://acme.example/rocket-2');
  });
  it('lists every model and every benchmark result', () => {
    expect(modelsDocument(catalog, '2024-12-31', 'https://example.org/').count).toBe(2);
    const quiz = benchmarksDocument(catalog, '2024-12-31').benchmarks.find((b) => b.id === 'quiz')!;
    expect(quiz.results.map((r) => [r.model, r.score, r.sourceUrl])).toEqual([
      ['acme/rocket-2', 80, 'https://acme.example/rocket-2'],
      ['acme/rocket-1', 60, 'https://acme.example/rocket-1'],
    ]);
  });
  it('publishes claimed against independent scores with both sources, the gap and each maker\'s median', () => {
    const quiz = benchmarksDocument(claimsCatalog(), '2024-12-31').benchmarks.find((b) => b.id === 'quiz')!;
    expect(quiz.claimsVsIndependent.find((p) => p.model === 'acme/rocket-2')).toEqual({
      model: 'acme/rocket-2',
      version: null,
      setting: '5-shot',
      claimed: { score: 80, source: 'acme-launch', sourceUrl: 'https://acme.example/rocket-2' },
      independent: { score: 77.3, source: 'acme-launch', sourceUrl: 'https://acme.example/rocket-2' },
      gap: -2.7,
    });
    expect(quiz.claimsVsIndependent).toHaveLength(3);
    expect(quiz.medianGapByMaker.map((g) => [g.maker, g.median, g.n])).toEqual([['acme', -0.6, 2], ['cloudy', -6, 1]]);
    expect(benchmarksDocument(catalog, '2024-12-31').benchmarks[0]).toMatchObject({ claimsVsIndependent: [], medianGapByMaker: [] });
  });
  it('writes a well-formed Atom feed with one entry per model, escaped', () => {
    const xml = atomFeed(catalog, 'https://example.org/', '2024-12-31');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual(['Rocket 2', 'Rocket 1']);
    expect(feed.updated).toBe('2024-05-01T00:00:00Z');
    const model = structuredClone(catalog.model.get('acme/rocket-2')!);
    model.data.name = 'A & B <c>';
    const tricky = atomFeed({ ...catalog, models: [model] }, 'https://example.org/', '2024-12-31');
    expect(new XMLParser().parse(tricky).feed.entry.title).toBe('A & B <c>');
  });
});

describe('an empty catalog', () => {
  it('still yields a valid feed', () => {
    const catalog = fixtureCatalog();
    const xml = atomFeed({ ...catalog, models: [] }, 'https://example.org/', '2024-12-31');
    expect(new XMLParser().parse(xml).feed.updated).toBe('2024-12-31T00:00:00Z');
  });
});
