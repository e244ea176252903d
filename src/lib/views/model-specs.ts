// The spec table of a model page: the registry facts marked `spec`, in registry order, each with
// every observation and its source, or the missing-value state.
import type { Catalog, Model } from '../catalog/catalog.ts';
import type { ShownFact } from '../facts/display.ts';
import { factsOf, factsWhere, showModelFact } from '../facts/model-facts.ts';
import { FACTS, type FactId } from '../facts/registry.ts';

export interface SpecRow {
  id: FactId;
  label: string;
  fact: ShownFact;
}

export function specRows(model: Model, catalog: Catalog, today: string): SpecRow[] {
  const facts = factsOf(model, catalog, today);
  return factsWhere((def) => def.spec)
    .filter((id) => FACTS[id].spec === 'always' || facts[id].state !== 'unknown')
    .map((id) => ({ id, label: FACTS[id].label, fact: showModelFact(id, facts) }));
}
