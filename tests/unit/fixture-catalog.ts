// Builds a Catalog from tests/fixtures/valid, the same way the site does from content/.
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/reader.ts';
import { parseEntries } from '../../src/lib/content/parse.ts';
import { buildCatalog, type Catalog } from '../../src/lib/catalog/catalog.ts';

export function fixtureCatalog(): Catalog {
  const { parsed, problems } = parseEntries(readContent(join(import.meta.dirname, '..', 'fixtures', 'valid')).entries);
  if (problems.length) throw new Error(`fixture invalid: ${problems.map((p) => p.message).join('; ')}`);
  return buildCatalog({
    models: [...parsed.models].map(([id, m]) => ({ id, data: m.data, body: m.body })),
    providers: [...parsed.providers].map(([id, p]) => ({ id, data: p.data })),
    families: [...parsed.families].map(([id, f]) => ({ id, data: f.data })),
    benchmarks: [...parsed.benchmarks].map(([id, b]) => ({ id, data: b.data })),
    sources: [...parsed.sources].map(([id, s]) => ({ id, data: s.data })),
  });
}
