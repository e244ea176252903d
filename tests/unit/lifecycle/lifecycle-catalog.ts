// A small catalog with dated deprecations and shutdowns, built from the valid fixture:
// Rocket 1 (deprecated 2024-05-01, retired 2025-03-01 for one snapshot, successor Rocket 2),
// Rocket 2 (no lifecycle dates), Rocket 3 (Cloudy-made, retired 2026-06-01, no successor, no price).
import { buildCatalog, type Catalog } from '../../../src/lib/catalog/catalog.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

export const TODAY = '2024-12-31';

export function lifecycleCatalog(): Catalog {
  const base = fixtureCatalog();
  const rocket1 = structuredClone(base.model.get('acme/rocket-1')!);
  rocket1.data.successor = 'acme/rocket-2';
  rocket1.data.dates.retired = { date: '2025-03-01', source: 'acme-launch', appliesTo: 'the rocket-1-0301 snapshot; the API, too', note: 'Scheduled shutdown' };
  const rocket2 = structuredClone(base.model.get('acme/rocket-2')!);
  const rocket3 = structuredClone(base.model.get('acme/rocket-2')!);
  rocket3.id = 'cloudy/rocket-3';
  rocket3.data.name = 'Rocket 3';
  rocket3.data.provider = 'cloudy';
  rocket3.data.predecessor = undefined;
  rocket3.data.pricing = [];
  rocket3.data.dates.retired = { date: '2026-06-01', source: 'acme-rocket-1' };
  return buildCatalog({
    models: [rocket1, rocket2, rocket3],
    providers: [...base.provider.values()],
    families: base.families,
    benchmarks: base.benchmarks,
    sources: [...base.source.values()],
  });
}
