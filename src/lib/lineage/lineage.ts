// A family's versions and a model's chain of predecessors and successors (across families).
import type { Catalog, Model, Status } from '../catalog/catalog.ts';
import { currentStatus, familyVersions, firstValue, predecessorOf, releaseDate, successorsOf } from '../catalog/catalog.ts';

export interface VersionRow {
  model: Model;
  released?: string;
  context?: number;
  license?: string;
  status: Status;
  /** The newest version of the family. */
  newest: boolean;
}

export function versionRows(familyId: string, catalog: Catalog, today: string): VersionRow[] {
  const versions = familyVersions(familyId, catalog);
  return versions.map((model, i) => ({
    model,
    released: releaseDate(model),
    context: firstValue(model.data.specs.contextWindow),
    license: model.data.license?.name,
    status: currentStatus(model, today),
    newest: i === 0,
  }));
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
