// One typed facts object per model: every registry fact read once per model and day, so tables,
// comparisons, filters, diffs, the report, social images and the API all see the same values.
import type { Catalog, Model } from '../catalog/catalog.ts';
import type { FactContext, FactDef } from './define.ts';
import { showFact, type ShownFact } from './display.ts';
import { FACT_IDS, FACTS, type FactId, type FactType } from './registry.ts';
import { isPrimaryKind } from './verification.ts';
import type { FactValue } from './values.ts';

export type ModelFacts = { [K in FactId]: FactValue<FactType<K>> };

const contexts = new WeakMap<Catalog, Map<string, FactContext>>();
const cache = new WeakMap<Model, Map<string, ModelFacts>>();

export function factContext(catalog: Catalog, today: string): FactContext {
  let byDay = contexts.get(catalog);
  if (!byDay) contexts.set(catalog, (byDay = new Map()));
  let ctx = byDay.get(today);
  if (!ctx) byDay.set(today, (ctx = { catalog, today, verified: (id) => isPrimaryKind(catalog.source.get(id)?.data.kind) }));
  return ctx;
}

export function factsOf(model: Model, catalog: Catalog, today: string): ModelFacts {
  let byDay = cache.get(model);
  if (!byDay) cache.set(model, (byDay = new Map()));
  let facts = byDay.get(today);
  if (!facts) {
    const ctx = factContext(catalog, today);
    facts = Object.fromEntries(FACT_IDS.map((id) => [id, FACTS[id].read(model, ctx)])) as ModelFacts;
    byDay.set(today, facts);
  }
  return facts;
}

/** The facts with a given role, in registry order. */
export function factsWhere(test: (def: (typeof FACTS)[FactId]) => unknown): FactId[] {
  return FACT_IDS.filter((id) => test(FACTS[id]));
}

/** One fact of a model, ready to show (see display.ts). */
export function showModelFact(id: FactId, facts: ModelFacts, options?: Parameters<typeof showFact>[2]): ShownFact {
  return showFact(FACTS[id] as FactDef<unknown>, facts[id] as FactValue<unknown>, options);
}
