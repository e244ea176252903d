// A family's versions and a model's chain of predecessors and successors (across families).
import type { Catalog, Model } from '../catalog/catalog.ts';
import { familyVersions, predecessorOf, successorsOf } from '../catalog/catalog.ts';
import type { ShownFact } from '../facts/display.ts';
import { factsOf, showModelFact } from '../facts/model-facts.ts';
import type { FactId } from '../facts/registry.ts';

export interface VersionRow {
  model: Model;
  /** The newest version of the family. */
  newest: boolean;
  /** Registry facts the version table shows, ready to read ("unknown" when nothing is recorded). */
  released: ShownFact;
  context: ShownFact;
  license: ShownFact;
  status: ShownFact;
  /** The retirement (else deprecation) date, and whether it is still ahead. */
  end?: { kind: 'retired' | 'deprecated'; date: string; future: boolean };
}

export function versionRows(familyId: string, catalog: Catalog, today: string): VersionRow[] {
  return familyVersions(familyId, catalog).map((model, i) => {
    const facts = factsOf(model, catalog, today);
    const show = (id: FactId) => showModelFact(id, facts, { style: 'compact' });
    const d = model.data.dates;
    const end = d.retired ? { kind: 'retired' as const, date: d.retired.date } : d.deprecated ? { kind: 'deprecated' as const, date: d.deprecated.date } : undefined;
    return {
      model,
      newest: i === 0,
      released: show('released'),
      context: show('contextWindow'),
      license: show('license'),
      status: show('status'),
      end: end && { ...end, future: end.date > today },
    };
  });
}

/** The chain through `model`: oldest predecessor first, following one successor at each step. */
export function lineageChain(model: Model, catalog: Catalog): Model[] {
  const chain: Model[] = [model];
  const seen = new Set([model.id]);
  for (let p = predecessorOf(model, catalog); p && !seen.has(p.id); p = predecessorOf(p, catalog)) {
    chain.unshift(p);
    seen.add(p.id);
  }
  for (let s = successorsOf(model, catalog).at(-1); s && !seen.has(s.id); s = successorsOf(s, catalog).at(-1)) {
    chain.push(s);
    seen.add(s.id);
  }
  return chain;
}
