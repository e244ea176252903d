// The JSON Schema of the open-data API (/api/schema.json), built from the same zod schemas as
// the content, so the published shape cannot drift from what the site validates.
import { jsonSchemaFor } from './json-schema.ts';
import { STATUSES } from '../../schemas/index.ts';
import { API_VERSION } from './api.ts';

type JsonSchema = Record<string, unknown>;

function body(schema: JsonSchema): JsonSchema {
  const { $schema: _ignored, title: _title, ...rest } = schema;
  return rest;
}

export function apiSchema(siteUrl: string): JsonSchema {
  const model = body(jsonSchemaFor('model'));
  const source = body(jsonSchemaFor('source'));
  const benchmark = body(jsonSchemaFor('benchmark'));
  const modelRecord: JsonSchema = {
    ...model,
    description: 'A model: every fact from its content file, plus its id, page URL, current status, article and the sources its figures cite.',
    required: [...((model.required as string[]) ?? []), 'id', 'url', 'currentStatus', 'released', 'article', 'sources', 'makerName', 'facts', 'results', 'rivals'],
    properties: {
      ...(model.properties as JsonSchema),
      id: { type: 'string', description: '"<provider>/<model>", the path of its page and JSON file' },
      url: { type: 'string', format: 'uri' },
      currentStatus: { enum: [...STATUSES] },
      released: { type: ['string', 'null'], description: 'Release date (else announcement), YYYY-MM-DD' },
      article: { type: 'string', description: 'The article as Markdown without HTML; [n] marks cite the n-th entry of the page\'s numbered source list' },
      sources: { type: 'object', additionalProperties: source, description: 'Every source the figures cite, by id' },
      makerName: { type: 'string', description: 'The maker\'s name' },
      facts: { type: 'object', additionalProperties: { $ref: '#/definitions/Fact' }, description: 'Every fact of the field registry, by id: its state, compact text, number and each observation with its source and whether that source is primary (verified)' },
      results: { type: 'array', items: { $ref: '#/definitions/ResultCell' }, description: 'The best result per benchmark, version and setting, as comparisons show them' },
      rivals: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } }, description: 'Models usually compared with this one' },
    },
  };
  const observation = {
    type: 'object',
    additionalProperties: false,
    required: ['value', 'text', 'source', 'publisher', 'url', 'verified'],
    properties: { value: {}, text: { type: 'string' }, source: { type: 'string' }, publisher: { type: 'string' }, url: { type: 'string' }, verified: { type: 'boolean' }, note: { type: 'string' } },
  };
  const fact = {
    oneOf: [
      { type: 'object', additionalProperties: false, required: ['state', 'text', 'verified', 'agreement', 'observations'], properties: { state: { const: 'known' }, text: { type: 'string' }, numeric: { type: 'number' }, verified: { type: 'boolean' }, agreement: { enum: ['single', 'agree', 'differ'] }, observations: { type: 'array', minItems: 1, items: observation } } },
      { type: 'object', additionalProperties: false, required: ['state', 'text', 'source', 'publisher', 'url'], properties: { state: { const: 'undisclosed' }, text: { type: 'string' }, source: { type: 'string' }, publisher: { type: 'string' }, url: { type: 'string' }, note: { type: 'string' } } },
      { type: 'object', additionalProperties: false, required: ['state', 'text'], properties: { state: { const: 'unknown' }, text: { type: 'string' } } },
    ],
  };
  const resultCell = {
    type: 'object',
    additionalProperties: false,
    required: ['key', 'label', 'benchmarkId', 'higherIsBetter', 'score', 'text', 'selfReported', 'publisher', 'url'],
    properties: { key: { type: 'string' }, label: { type: 'string' }, benchmarkId: { type: 'string' }, higherIsBetter: { type: 'boolean' }, score: { type: 'number' }, text: { type: 'string' }, selfReported: { enum: [true, false, 'unknown'] }, publisher: { type: 'string' }, url: { type: 'string' } },
  };
  const result = {
    type: 'object',
    additionalProperties: false,
    required: ['model', 'benchmark', 'score', 'selfReported', 'source', 'sourceUrl'],
    properties: {
      ...((model.properties as { benchmarks: { items: { properties: JsonSchema } } }).benchmarks.items.properties),
      model: { type: 'string' },
      sourceUrl: { type: ['string', 'null'], format: 'uri' },
    },
  };
  const claimSide = {
    type: 'object',
    additionalProperties: false,
    required: ['score', 'source', 'sourceUrl'],
    properties: { score: { type: 'number' }, source: { type: 'string' }, sourceUrl: { type: ['string', 'null'], format: 'uri' } },
  };
  const claimPair = {
    type: 'object',
    additionalProperties: false,
    required: ['model', 'version', 'setting', 'claimed', 'independent', 'gap'],
    properties: {
      model: { type: 'string' },
      version: { type: ['string', 'null'] },
      setting: { type: ['string', 'null'] },
      claimed: { ...claimSide, description: 'The score the model\'s maker reported (selfReported: true)' },
      independent: { ...claimSide, description: 'The score someone else measured (selfReported: false)' },
      gap: { type: 'number', description: 'independent − claimed, on the benchmark\'s scale' },
    },
  };
  const makerGap = {
    type: 'object',
    additionalProperties: false,
    required: ['maker', 'makerName', 'median', 'n'],
    properties: { maker: { type: 'string' }, makerName: { type: 'string' }, median: { type: 'number', description: 'Median gap over the maker\'s pairs' }, n: { type: 'integer', minimum: 1 } },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: new URL('api/schema.json', siteUrl).href,
    title: `Model Atlas open data, version ${API_VERSION}`,
    description: 'Shapes of /api/models.json (a ModelsDocument), /api/models/<provider>/<id>.json (a Model) and /api/benchmarks.json (a BenchmarksDocument).',
    definitions: {
      Model: modelRecord,
      Fact: fact,
      ResultCell: resultCell,
      ModelsDocument: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'generated', 'schema', 'count', 'models'],
        properties: {
          version: { const: API_VERSION },
          generated: { type: 'string' },
          schema: { type: 'string', format: 'uri' },
          count: { type: 'integer', minimum: 0 },
          models: { type: 'array', items: { $ref: '#/definitions/Model' } },
        },
      },
      BenchmarksDocument: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'generated', 'benchmarks'],
        properties: {
          version: { const: API_VERSION },
          generated: { type: 'string' },
          benchmarks: {
            type: 'array',
            items: {
              ...benchmark,
              required: [...((benchmark.required as string[]) ?? []), 'id', 'results', 'claimsVsIndependent', 'medianGapByMaker'],
              properties: {
                ...(benchmark.properties as JsonSchema),
                id: { type: 'string' },
                results: { type: 'array', items: result },
                claimsVsIndependent: { type: 'array', items: claimPair, description: 'Self-reported against independent scores of one model at the same version and setting; results of unstated origin are never paired' },
                medianGapByMaker: { type: 'array', items: makerGap },
              },
            },
          },
        },
      },
    },
    $ref: '#/definitions/ModelsDocument',
  };
}
