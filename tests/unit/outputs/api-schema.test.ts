import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { claimsCatalog } from '../claims-fixture-catalog.ts';
import { apiSchema } from '../../../src/lib/outputs/api-schema.ts';
import { benchmarksDocument, modelsDocument } from '../../../src/lib/outputs/api.ts';

function validator(ref: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = apiSchema('https://example.org/');
  ajv.addSchema(schema, 'api');
  return ajv.getSchema(`api#/definitions/${ref}`)!;
}

describe('API JSON Schema', () => {
  const catalog = fixtureCatalog();
  it('accepts the documents the site publishes', () => {
    const models = validator('ModelsDocument');
    expect(models(JSON.parse(JSON.stringify(modelsDocument(catalog, '2024-12-31', 'https://example.org/')))), JSON.stringify(models.errors)).toBe(true);
    const benchmarks = validator('BenchmarksDocument');
    expect(benchmarks(JSON.parse(JSON.stringify(benchmarksDocument(catalog, '2024-12-31')))), JSON.stringify(benchmarks.errors)).toBe(true);
  });
  it('accepts claimed-against-independent pairs and rejects a pair without its gap', () => {
    const benchmarks = validator('BenchmarksDocument');
    const doc = JSON.parse(JSON.stringify(benchmarksDocument(claimsCatalog(), '2024-12-31')));
    expect(doc.benchmarks[0].claimsVsIndependent.length).toBeGreaterThan(0);
    expect(benchmarks(doc), JSON.stringify(benchmarks.errors)).toBe(true);
    delete doc.benchmarks[0].claimsVsIndependent[0].gap;
    expect(benchmarks(doc)).toBe(false);
  });
  it('rejects a record with an unknown field or a wrong type', () => {
    const model = validator('Model');
    const record = JSON.parse(JSON.stringify(modelsDocument(catalog, '2024-12-31', 'https://example.org/').models[0]));
    expect(model({ ...record, surprise: 1 })).toBe(false);
    expect(model({ ...record, name: 42 })).toBe(false);
    expect(model(record)).toBe(true);
  });
});
