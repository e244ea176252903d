import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles, jsonSchemaFor, SCHEMA_GLOBS } from '../../../src/lib/outputs/json-schema.ts';
import { ENTRY_KINDS, type EntryKind } from '../../../src/lib/content/scaffold.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Schema = { [key: string]: any };

describe('jsonSchemaFor', () => {
  it('lists the required fields of each collection', () => {
    const required: Record<EntryKind, string[]> = {
      model: ['name', 'provider', 'summary', 'status'],
      family: ['name', 'provider', 'description'],
      provider: ['name', 'homepage', 'description', 'roles'],
      benchmark: ['name', 'category', 'description', 'metric', 'scale'],
      source: ['publisher', 'title', 'url', 'kind'],
    };
    for (const kind of ENTRY_KINDS) expect((jsonSchemaFor(kind) as Schema).required, kind).toEqual(required[kind]);
  });

  it('rejects unknown keys at every level with additionalProperties: false', () => {
    const model = jsonSchemaFor('model') as Schema;
    expect(model.additionalProperties).toBe(false);
    expect(model.properties.specs.additionalProperties).toBe(false);
    expect(model.properties.status.items.additionalProperties).toBe(false);
    expect(model.properties.specs.properties.contextWindow.anyOf[0].additionalProperties).toBe(false);
    for (const kind of ENTRY_KINDS) expect((jsonSchemaFor(kind) as Schema).additionalProperties, kind).toBe(false);
  });

  it('keeps fields with defaults optional and carries descriptions, enums and id patterns', () => {
    const model = jsonSchemaFor('model') as Schema;
    expect(model.required).not.toContain('tags');
    expect(model.properties.summary.description).toMatch(/One or two sentences/);
    expect(model.properties.status.items.properties.status.enum).toEqual(['preview', 'ga', 'deprecated', 'retired']);
    expect(model.properties.status.items.properties.source.pattern).toBe('^[a-z0-9][a-z0-9.-]*$');
    expect(model.properties.status.items.properties.date.format).toBe('date');
    expect(model.properties.pricing.items.properties.input.exclusiveMinimum).toBe(0);
  });

  it('restates the "one of these is required" rules that zod keeps in refinements', () => {
    expect((jsonSchemaFor('source') as Schema).anyOf).toEqual([{ required: ['published'] }, { required: ['retrieved'] }]);
    expect((jsonSchemaFor('benchmark') as Schema).anyOf).toEqual([{ required: ['homepage'] }, { required: ['paper'] }]);
    expect((jsonSchemaFor('model') as Schema).properties.pricing.items.anyOf).toEqual([{ required: ['effective'] }, { required: ['listed'] }]);
  });

  it('targets draft-07, the version the YAML editor extension supports', () => {
    for (const kind of ENTRY_KINDS) expect((jsonSchemaFor(kind) as Schema).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});

describe('committed schema files', () => {
  it('are fresh (fix: npm run schema, then commit schemas/)', () => {
    for (const { path, text } of jsonSchemaFiles()) {
      let committed = '';
      try {
        committed = readFileSync(join(ROOT, path), 'utf8');
      } catch {
        // missing: reported by the comparison below
      }
      expect(committed, `${path} is stale: run npm run schema and commit it`).toBe(text);
    }
  });

  it('are wired to the content files in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8'));
    for (const kind of ENTRY_KINDS.filter((k) => k !== 'model')) {
      expect(settings['yaml.schemas'][`./schemas/${kind}.schema.json`], kind).toEqual(SCHEMA_GLOBS[kind]);
    }
  });
});
