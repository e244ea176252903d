// Reads, validates and resolves content/ once per process: the Astro loader, the integrations
// and every command-line tool share this one result.
import { join, resolve } from 'node:path';
import { buildCatalog, type Catalog } from '../catalog/catalog.ts';
import { validOnly } from './parse.ts';
import type { Problem } from './problem.ts';
import { readContent, type RawEntry } from './reader.ts';
import { checkEntries } from './validate.ts';

export interface LoadedContent {
  entries: RawEntry[];
  problems: Problem[];
  catalog: Catalog;
}

const cache = new Map<string, LoadedContent>();

/** Forgets what was read, so the next load sees changed files (the dev server's watcher). */
export function forgetContent(): void {
  cache.clear();
}

/** The folder content is read from: content/ under the project, or CONTENT_DIR (tests, fixtures). */
export function contentDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ? resolve(root, env.CONTENT_DIR) : join(root, 'content');
}

export function loadContent(contentDir: string, base = process.cwd(), today?: string): LoadedContent {
  const key = `${contentDir}|${base}|${today ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const read = readContent(contentDir, base);
  const checked = checkEntries(read.entries, today);
  const problems = [...read.problems, ...checked.problems];
  const parsed = checked.parsed;
  const catalog = buildCatalog({
    models: validOnly(parsed.models).map(([id, m]) => ({ id, data: m.data, body: m.body })),
    providers: validOnly(parsed.providers).map(([id, p]) => ({ id, data: p.data })),
    families: validOnly(parsed.families).map(([id, f]) => ({ id, data: f.data })),
    benchmarks: validOnly(parsed.benchmarks).map(([id, b]) => ({ id, data: b.data })),
    sources: validOnly(parsed.sources).map(([id, s]) => ({ id, data: s.data })),
  });
  const loaded = { entries: read.entries, problems, catalog };
  cache.set(key, loaded);
  return loaded;
}
