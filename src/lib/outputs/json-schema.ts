// JSON Schemas generated from the zod schemas, for editors (completion, hover text, red squiggles
// in content/*.yaml). npm run schema writes them to schemas/; a unit test fails when they are stale.
import { z } from 'astro/zod';
import { benchmarkSchema, familySchema, modelSchema, providerSchema, sourceSchema } from '../../schemas/index.ts';
import type { EntryKind } from '../content/scaffold.ts';

type JsonSchema = Record<string, unknown>;

const SCHEMAS: Record<EntryKind, z.ZodType> = {
  model: modelSchema,
  family: familySchema,
  provider: providerSchema,
  benchmark: benchmarkSchema,
  source: sourceSchema,
};

const TITLES: Record<EntryKind, string> = {
  model: 'Model Atlas model (frontmatter of content/models/<provider>/<id>.mdx)',
  family: 'Model Atlas model family (content/families/<id>.yaml)',
  provider: 'Model Atlas provider (content/providers/<id>.yaml)',
  benchmark: 'Model Atlas benchmark (content/benchmarks/<id>.yaml)',
  source: 'Model Atlas source (content/sources/<id>.yaml)',
};

/** Files each schema applies to, relative to the repository root (for editor settings). */
export const SCHEMA_GLOBS: Record<EntryKind, string[]> = {
  model: ['content/models/**/*.mdx'],
  family: ['content/families/*.yaml', 'content/families/*.yml'],
  provider: ['content/providers/*.yaml', 'content/providers/*.yml'],
  benchmark: ['content/benchmarks/*.yaml', 'content/benchmarks/*.yml'],
  source: ['content/sources/*.yaml', 'content/sources/*.yml'],
};

/**
 * zod's .refine() rules have no JSON Schema form, so the "one of these fields is required" ones
 * are restated here: [kind, path to the object inside the schema, the fields].
 */
const ONE_OF_REQUIRED: [EntryKind, string[], string[]][] = [
  ['source', [], ['published', 'retrieved']],
  ['benchmark', [], ['homepage', 'paper']],
  ['model', ['properties', 'pricing', 'items'], ['effective', 'listed']],
];

function at(schema: JsonSchema, path: string[]): JsonSchema {
  let node: unknown = schema;
  for (const key of path) node = (node as JsonSchema | undefined)?.[key];
  if (!node || typeof node !== 'object') throw new Error(`no object at ${path.join('.')} of the generated schema`);
  return node as JsonSchema;
}

/** The JSON Schema of one collection's entries, as a contributor writes them (input side). */
export function jsonSchemaFor(kind: EntryKind): JsonSchema {
  // draft-07: the version the YAML extension (yaml-language-server) and VS Code fully support.
  // io 'input': fields with defaults are optional. unrepresentable 'any': the date preprocessors
  // become their string form instead of throwing.
  const generated = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  const schema: JsonSchema = { $schema, title: TITLES[kind], ...rest };
  for (const [forKind, path, fields] of ONE_OF_REQUIRED) {
    if (forKind !== kind) continue;
    at(schema, path).anyOf = fields.map((field) => ({ required: [field] }));
  }
  return schema;
}

/** Every schema file with its path under the repository root and its exact text. */
export function jsonSchemaFiles(): { path: string; text: string }[] {
  return (Object.keys(SCHEMAS) as EntryKind[]).map((kind) => ({
    path: `schemas/${kind}.schema.json`,
    text: JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n',
  }));
}
