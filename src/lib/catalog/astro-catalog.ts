// Loads the collections through Astro once per build and hands pages a resolved catalog.
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [models, providers, families, benchmarks, sources] = await Promise.all([
      getCollection('models'),
      getCollection('providers'),
      getCollection('families'),
      getCollection('benchmarks'),
      getCollection('sources'),
    ]);
    return buildCatalog({
      models: models.map((m) => ({ id: m.id, data: m.data, body: m.body ?? '' })),
      providers: providers.map((p) => ({ id: p.id, data: p.data })),
      families: families.map((f) => ({ id: f.id, data: f.data })),
      benchmarks: benchmarks.map((b) => ({ id: b.id, data: b.data })),
      sources: sources.map((s) => ({ id: s.id, data: s.data })),
    });
  })();
  return cached;
}
