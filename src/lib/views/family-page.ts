// Everything a family page shows: the to-scale timeline, what changed between consecutive
// versions, the every-version table, and lineage chains that cross into other families.
import type { Catalog, Family, Model } from '../catalog/catalog.ts';
import { familyVersions } from '../catalog/catalog.ts';
import { timelineLayout } from '../lineage/family-timeline.ts';
import { lineageChain, versionRows } from '../lineage/lineage.ts';
import { versionDiff, type Change } from '../lineage/version-diff.ts';

export function familyPageData(family: Family, catalog: Catalog, today: string) {
  const versions = familyVersions(family.id, catalog);
  const oldestFirst = [...versions].reverse();
  const changes: { from: Model; to: Model; changes: Change[] }[] = [];
  for (let i = 1; i < oldestFirst.length; i++) {
    changes.push({ from: oldestFirst[i - 1], to: oldestFirst[i], changes: versionDiff(oldestFirst[i - 1], oldestFirst[i], catalog, today) });
  }
  // Chains through this family's models that reach models of other families; one per distinct chain.
  const chains = new Map<string, Model[]>();
  for (const m of versions) {
    const chain = lineageChain(m, catalog);
    if (chain.some((c) => c.data.family !== family.id)) chains.set(chain.map((c) => c.id).join('>'), chain);
  }
  return {
    versions: versionRows(family.id, catalog, today),
    layout: timelineLayout(versions, today),
    changes: changes.reverse(),
    chains: [...chains.values()],
    provider: catalog.provider.get(family.data.provider),
  };
}
