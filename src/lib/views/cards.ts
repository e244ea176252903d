// Link cards for index pages (newest models, families, benchmarks, similar models).
import type { Benchmark, Catalog, Model } from '../catalog/catalog.ts';
import { releaseDate } from '../catalog/catalog.ts';
import type { familyIndex } from './family-index.ts';
import { formatDate } from '../format/format.ts';
import { modelPath, withBase } from '../site.ts';
import { sourceLinkOf } from '../facts/api-facts.ts';
import type { ShownFact } from '../facts/display.ts';
import { factsOf, showModelFact } from '../facts/model-facts.ts';
import { FACTS, type FactId } from '../facts/registry.ts';

/** A key figure on a card, with its source (or the words for a missing value). */
export interface CardFact {
  id: FactId;
  label: string;
  fact: ShownFact;
}

export interface Card {
  href: string;
  title: string;
  meta?: string;
  text?: string;
  facts?: CardFact[];
  /** What the figures belong to, when not the card's own subject ("Newest version"). */
  factsOf?: string;
}

/** The figures a model card shows: what a reader compares first. */
export const CARD_FACTS = ['inputPrice', 'outputPrice', 'contextWindow'] as const satisfies readonly FactId[];

export function cardFacts(model: Model, catalog: Catalog, today: string): CardFact[] {
  const facts = factsOf(model, catalog, today);
  const link = sourceLinkOf(catalog);
  return CARD_FACTS.map((id) => ({ id, label: FACTS[id].short, fact: showModelFact(id, facts, { style: 'compact', link }) }));
}

export function modelCards(models: Model[], catalog: Catalog, withMeta = true): Card[] {
  return models.map((m) => {
    const date = releaseDate(m);
    const meta = [catalog.provider.get(m.data.provider)?.data.name, date && formatDate(date)].filter(Boolean).join(' · ');
    return { href: modelPath(m.id), title: m.data.name, meta: withMeta ? meta : undefined, text: m.data.summary };
  });
}

/** Model cards with their price and context instead of the summary text. */
export function modelFactCards(models: Model[], catalog: Catalog, today: string): Card[] {
  return modelCards(models, catalog).map((card, i) => ({ ...card, text: undefined, facts: cardFacts(models[i], catalog, today) }));
}

/** Family cards; given the catalog and day, with the newest version's key figures. */
export function familyCards(families: ReturnType<typeof familyIndex>[number]['families'], figures?: { catalog: Catalog; today: string }): Card[] {
  return families.map((f) => ({
    href: withBase(`/families/${f.family.id}/`),
    title: f.family.data.name,
    meta: `${f.count} version${f.count === 1 ? '' : 's'}${f.newest ? `, newest ${f.newest.data.name}${f.newestDate ? ` (${formatDate(f.newestDate)})` : ''}` : ''}`,
    text: f.family.data.description,
    ...(figures && f.newest ? { facts: cardFacts(f.newest, figures.catalog, figures.today), factsOf: f.newest.data.name } : {}),
  }));
}

export function benchmarkCards(items: { benchmark: Benchmark; results: number }[]): Card[] {
  return items.map(({ benchmark, results }) => ({
    href: withBase(`/benchmarks/${benchmark.id}/`),
    title: benchmark.data.name,
    meta: results === 0 ? 'no results yet' : `${results} result${results === 1 ? '' : 's'}`,
    text: benchmark.data.description,
  }));
}
