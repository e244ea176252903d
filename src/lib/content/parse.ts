// Checks each entry against its collection's schema. Entries that fail keep what can be saved
// (each field, each list item that is valid on its own) so the cross-file rules still run on
// them: one run shows every problem, not the schema errors first and the rest next time.
import type { z } from 'astro/zod';
import {
  benchmarkSchema,
  familySchema,
  modelSchema,
  providerSchema,
  sourceSchema,
  type BenchmarkData,
  type FamilyData,
  type ModelData,
  type ProviderData,
  type SourceData,
} from '../../schemas/index.ts';
import { flattenIssues, issueToProblem } from './error-map.ts';
import { ID_PATTERN, type CollectionName } from './files.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './reader.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  models: modelSchema,
  families: familySchema,
  providers: providerSchema,
  benchmarks: benchmarkSchema,
  sources: sourceSchema,
};

export interface Parsed<T> {
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  /** True when the file failed its schema and `data` holds only the parts that were valid. */
  partial?: boolean;
}

export interface ParsedContent {
  models: Map<string, Parsed<ModelData>>;
  families: Map<string, Parsed<FamilyData>>;
  providers: Map<string, Parsed<ProviderData>>;
  benchmarks: Map<string, Parsed<BenchmarkData>>;
  sources: Map<string, Parsed<SourceData>>;
  /** Every id that has a file, valid or not, so a broken file does not also break its references. */
  ids: Record<CollectionName, Set<string>>;
}

/** The valid parts of an object that failed its schema: each top-level field, list items one by one. */
function salvage(schema: z.ZodType, data: unknown): unknown {
  // Refined schemas (a ZodPipe around the object) keep their shape on the inner schema.
  const base = (schema as unknown as { _zod: { def: { in?: z.ZodType } } })._zod.def.in ?? schema;
  const shape = (base as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !data || typeof data !== 'object' || Array.isArray(data)) return {};
  const raw = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const whole = field.safeParse(raw[key]);
    if (whole.success) {
      out[key] = whole.data;
      continue;
    }
    const inner = (field as unknown as { unwrap?: () => z.ZodType }).unwrap?.();
    const element = (inner as unknown as { element?: z.ZodType })?.element;
    if (element && Array.isArray(raw[key])) out[key] = (raw[key] as unknown[]).flatMap((item) => {
      const r = element.safeParse(item);
      return r.success ? [r.data] : [];
    });
    else {
      const fallback = field.safeParse(undefined);
      if (fallback.success) out[key] = fallback.data;
    }
  }
  return out;
}

export function parseEntries(entries: RawEntry[]): { parsed: ParsedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed: ParsedContent = {
    models: new Map(),
    families: new Map(),
    providers: new Map(),
    benchmarks: new Map(),
    sources: new Map(),
    ids: { models: new Set(), families: new Set(), providers: new Set(), benchmarks: new Set(), sources: new Set() },
  };
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = `${entry.collection}:${entry.id.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: entry.file, field: '(id)', message: `duplicate id "${entry.id}" (also used by ${earlier})`, fix: 'rename or remove one of the two files; ids come from file names' });
      continue;
    }
    seen.set(key, entry.file);
    parsed.ids[entry.collection].add(entry.id);
    if (entry.readError) {
      problems.push({ file: entry.file, ...entry.readError });
      continue;
    }
    if (!ID_PATTERN[entry.collection].test(entry.id)) {
      problems.push(
        entry.collection === 'models' && !entry.id.includes('/')
          ? { file: entry.file, field: '(id)', message: 'model files must sit in a provider folder', fix: 'move it to content/models/<provider>/' }
          : { file: entry.file, field: '(id)', message: `file name gives the id "${entry.id}", which is not lower-case kebab-case`, fix: 'rename the file using only a-z, 0-9, dots and dashes' },
      );
    }
    const schema = SCHEMAS[entry.collection];
    const result = schema.safeParse(entry.data);
    const record = { file: entry.file, body: entry.body, bodyLine: entry.bodyLine };
    if (result.success) {
      (parsed[entry.collection] as Map<string, Parsed<unknown>>).set(entry.id, { ...record, data: result.data });
      continue;
    }
    for (const issue of flattenIssues(result.error.issues)) problems.push(issueToProblem(entry.file, schema, entry.data, issue));
    (parsed[entry.collection] as Map<string, Parsed<unknown>>).set(entry.id, { ...record, data: salvage(schema, entry.data), partial: true });
  }
  return { parsed, problems };
}

/** Only the entries that passed their schema, for building a catalog. */
export function validOnly<T>(map: Map<string, Parsed<T>>): [string, Parsed<T>][] {
  return [...map].filter(([, e]) => !e.partial);
}
