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
    required: [...((model.required as string[]) ?? []), 'id', 'url', 'currentStatus', 'released', 'article', 'sources'],
    properties: {
      ...(model.properties as JsonSchema),
      id: { type: 'string', description: '"<provider>/<model>", the path of its page and JSON file' },
      url: { type: 'string', format: 'uri' },
      currentStatus: { enum: [...STATUSES] },
      released: { type: ['string', 'null'], description: 'Release date (else announcement), YYYY-MM-DD' },
      article: { type: 'string', description: 'The article as Markdown without HTML; [n] marks cite the n-th entry of the page\'s numbered source list' },
      sources: { type: 'object', additionalProperties: source, description: 'Every source the figures cite, by id' },
    },
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
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: new URL('api/schema.json', siteUrl).href,
    title: `Model Atlas open data, version ${API_VERSION}`,
    description: 'Shapes of /api/models.json (a ModelsDocument), /api/models/<provider>/<id>.json (a Model) and /api/benchmarks.json (a BenchmarksDocument).',
    definitions: {
      Model: modelRecord,
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
              required: [...((benchmark.required as string[]) ?? []), 'id', 'results'],
              properties: { ...(benchmark.properties as JsonSchema), id: { type: 'string' }, results: { type: 'array', items: result } },
            },
          },
        },
      },
    },
    $ref: '#/definitions/ModelsDocument',
  };
}
