// The open-data API: the same facts as the pages, with every source they cite resolved.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { currentStatus, releaseDate } from '../catalog/catalog.ts';
import { citationIndex } from '../catalog/citations.ts';
import { atomXml } from './atom.ts';
import { renderArticleMarkdown } from '../content/article/render.ts';
import { apiFactsOf } from '../facts/api-facts.ts';
import { resultCells } from '../compare/results.ts';
import { rivalsOf } from '../compare/rivals.ts';
import { claimsVsIndependent } from '../benchmarks/claims.ts';

export const API_VERSION = 1;

export function modelRecord(model: Model, catalog: Catalog, today: string, siteUrl: string) {
  const citations = citationIndex(model, catalog);
  return {
    id: model.id,
    url: new URL(`models/${model.id}/`, siteUrl).href,
    currentStatus: currentStatus(model, today),
    released: releaseDate(model) ?? null,
    ...model.data,
    makerName: catalog.provider.get(model.data.provider)?.data.name ?? model.data.provider,
    article: renderArticleMarkdown(model.body, citations.numberOf, model.id),
    /** Every registry fact: its state, compact text, number and each observation with its source and verification. */
    facts: apiFactsOf(model, catalog, today),
    /** The best result per benchmark, version and setting, as comparisons show them. */
    results: resultCells(model, catalog),
    /** Models usually compared with this one: its recorded competitors, then the most similar. */
    rivals: rivalsOf(model, catalog, today).map((m) => ({ id: m.id, name: m.data.name })),
    sources: Object.fromEntries(citations.list.map((c) => [c.source.id, c.source.data])),
  };
}

export function modelsDocument(catalog: Catalog, today: string, siteUrl: string) {
  return {
    version: API_VERSION,
    generated: today,
    schema: new URL('api/schema.json', siteUrl).href,
    count: catalog.models.length,
    models: catalog.models.map((m) => modelRecord(m, catalog, today, siteUrl)),
  };
}

export function benchmarksDocument(catalog: Catalog, today: string) {
  const sourceUrl = (id: string) => catalog.source.get(id)?.data.url ?? null;
  const sided = (r: { score: number; source: string }) => ({ score: r.score, source: r.source, sourceUrl: sourceUrl(r.source) });
  return {
    version: API_VERSION,
    generated: today,
    benchmarks: catalog.benchmarks.map((b) => {
      const claims = claimsVsIndependent(b, catalog);
      return {
        id: b.id,
        ...b.data,
        results: catalog.models.flatMap((m) =>
          m.data.benchmarks.filter((r) => r.benchmark === b.id).map((r) => ({ model: m.id, ...r, sourceUrl: sourceUrl(r.source) })),
        ),
        /** Self-reported against independent scores of one model at the same version and setting; gap = independent − claimed. */
        claimsVsIndependent: claims.pairs.map((p) => ({
          model: p.model.id,
          version: p.version || null,
          setting: p.setting || null,
          claimed: sided(p.claimed),
          independent: sided(p.independent),
          gap: p.gap,
        })),
        medianGapByMaker: claims.medianGapByMaker,
      };
    }),
  };
}

/** An Atom feed of every model, newest release first (readers show the newest entries). */
export function atomFeed(catalog: Catalog, siteUrl: string, today: string, limit = Infinity): string {
  const models = catalog.models.filter((m) => releaseDate(m)).slice(0, limit);
  const updated = (models[0] && releaseDate(models[0])) ?? today;
  return atomXml({
    title: 'Model Atlas: new models',
    self: new URL('feed.xml', siteUrl).href,
    page: siteUrl,
    updated: `${updated}T00:00:00Z`,
    entries: models.map((m) => {
      const url = new URL(`models/${m.id}/`, siteUrl).href;
      const date = `${releaseDate(m)!}T00:00:00Z`;
      return { title: m.data.name, url, id: url, published: date, updated: date, author: catalog.provider.get(m.data.provider)?.data.name ?? m.data.provider, summary: m.data.summary };
    }),
  });
}
