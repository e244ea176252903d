import { z } from 'astro/zod';
import { CODE_LANGUAGES, DISCLOSABLE, FEATURES, MODALITIES, PERFORMANCE_METRICS, STATUSES } from './enums.ts';

export { CODE_LANGUAGES, DISCLOSABLE, FEATURES, MODALITIES, PERFORMANCE_METRICS, STATUSES } from './enums.ts';
import {
  benchmarkId,
  datedFact,
  familyId,
  httpUrl,
  isoDate,
  modelId,
  observations,
  partialDate,
  positiveInt,
  positiveNumber,
  providerId,
  sourceId,
  sourced,
  sourcedText,
} from './common.ts';

const statusEntry = z.strictObject({
  status: z.enum(STATUSES),
  date: isoDate,
  source: sourceId,
  note: z.string().optional(),
});

const price = z
  .strictObject({
  platform: providerId.describe('Who charges this price (a provider id: the maker or a cloud platform)'),
  effective: isoDate.optional().describe('Date from which this price applies, when the source says so'),
  listed: isoDate.optional().describe('Date the price was seen on the source, when its start date is unknown'),
  input: positiveNumber.describe('USD per 1M input tokens'),
  output: positiveNumber.describe('USD per 1M output tokens'),
  cachedInput: positiveNumber.optional().describe('USD per 1M cached input tokens'),
  batchInput: positiveNumber.optional().describe('USD per 1M input tokens through the batch API'),
  batchOutput: positiveNumber.optional().describe('USD per 1M output tokens through the batch API'),
  note: z.string().optional(),
  source: sourceId,
  })
  .refine((p) => p.effective || p.listed, {
    message: 'give "effective" (the date the price took effect) or "listed" (the date you saw it listed)',
    path: ['effective'],
  });

const availability = z.strictObject({
  platform: providerId,
  modelId: z.string().min(1).describe('The id to pass to this platform\'s API'),
  kind: z.enum(['alias', 'snapshot']).default('alias'),
  released: isoDate.optional(),
  contextWindow: positiveInt.optional().describe('This platform\'s own context limit, when it differs from the model\'s'),
  maxOutput: positiveInt.optional().describe('This platform\'s own output limit, when it differs from the model\'s'),
  note: z.string().optional(),
  source: sourceId,
});

const benchmarkResult = z.strictObject({
  benchmark: benchmarkId,
  score: z.number().describe('On the benchmark\'s own scale (see its scale in content/benchmarks/)'),
  setting: z.string().optional().describe('e.g. "5-shot", "0-shot CoT", "pass@1"'),
  version: z.string().optional().describe('Benchmark version or subset, e.g. "Diamond"'),
  snapshot: z.string().optional().describe('The dated model snapshot that was tested, e.g. "gpt-4o-2024-08-06"'),
  date: isoDate.optional().describe('When the result was published'),
  selfReported: z
    .union([z.boolean(), z.literal('unknown')])
    .describe('true when the model\'s maker reported the score, false when someone else measured it, "unknown" when the source does not say who did'),
  note: z.string().optional(),
  source: sourceId,
});

const performance = z.strictObject({
  metric: z.enum(PERFORMANCE_METRICS),
  value: positiveNumber.describe('tokens per second for output-speed, seconds for time-to-first-token'),
  statistic: z.string().optional().describe('e.g. "median"'),
  platform: providerId.optional().describe('The API that was measured'),
  method: z.string().min(1).describe('How it was measured, in a few words'),
  measured: isoDate.describe('Date of the measurement (or of its publication)'),
  source: sourceId,
});

const feature = z.strictObject({
  supported: z.boolean(),
  note: z.string().optional(),
  source: sourceId,
});

export const modelSchema = z.strictObject({
  name: z.string().min(1),
  provider: providerId,
  family: familyId.optional(),
  predecessor: modelId.optional(),
  successor: modelId.optional(),
  baseModel: modelId.optional(),
  summary: z.string().min(20).describe('One or two sentences shown under the name and in lists'),
  summarySources: z.array(sourceId).default([]).describe('Sources of the figures (numbers, dates) the summary states'),
  tags: z.array(z.string().min(1)).default([]),

  status: z.array(statusEntry).min(1).describe('Status history, oldest first; the latest entry is current'),
  dates: z
    .strictObject({
      announced: datedFact.optional(),
      released: datedFact.optional(),
      updated: datedFact.optional(),
      deprecated: datedFact.optional().describe('When the maker announced the deprecation'),
      retired: datedFact.optional().describe('When the model stops (or stopped) serving requests'),
    })
    .default({}),

  specs: z
    .strictObject({
      parametersTotal: observations(positiveInt).optional().meta({ description: 'All parameters, an exact integer as published', examples: [8000000000] }),
      parametersActive: observations(positiveInt).optional().meta({ description: 'Parameters active per token (mixture-of-experts models)', examples: [1000000000] }),
      architecture: sourced(z.string().min(1)).optional().meta({ description: 'In a phrase, as the maker describes it', examples: ['Mixture-of-experts decoder-only transformer'] }),
      contextWindow: observations(positiveInt).optional().meta({ description: 'Tokens, exactly as the maker publishes them (262144, not 256K × 1,000); a platform\'s own limit goes on its availability entry', examples: [128000] }),
      maxOutput: observations(positiveInt).optional().meta({ description: 'Most tokens one response can hold, exact as published', examples: [16384] }),
      knowledgeCutoff: observations(partialDate).optional().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD', examples: ['2024-06'] }),
      trainingTokens: observations(positiveInt).optional().meta({ description: 'Tokens of training data, an integer', examples: [15000000000000] }),
      trainingData: sourced(z.string().min(1)).optional().meta({ description: 'What it was trained on, in a phrase', examples: ['what it was trained on'] }),
      languages: sourced(z.string().min(1)).optional().meta({ description: 'Languages it supports', examples: ['the languages it supports'] }),
      tokenizer: sourced(z.string().min(1)).optional().meta({ description: 'The tokenizer\'s name, e.g. o200k_base', examples: ['o200k_base'] }),
      reasoningEfforts: observations(z.array(z.string().min(1)).min(1)).optional().meta({ description: 'Reasoning effort settings its API accepts, lowest first, named as the maker names them', examples: [['low', 'medium', 'high']] }),
    })
    .default({}),

  notDisclosed: z
    .partialRecord(
      z.enum(DISCLOSABLE),
      z.strictObject({ source: sourceId.describe('A page saying the maker does not publish it'), note: z.string().optional() }),
    )
    .default({})
    .describe('Facts a source says the maker does not publish (shown as "not disclosed"; a fact left out is "unknown")'),

  license: z
    .strictObject({
      name: z.string().min(1),
      openWeights: z.boolean(),
      url: httpUrl.optional(),
      source: sourceId,
    })
    .optional(),

  modalities: z
    .strictObject({
      input: z.array(z.enum(MODALITIES)).min(1),
      output: z.array(z.enum(MODALITIES)).min(1),
      note: z.string().optional(),
      source: sourceId,
    })
    .optional(),

  features: z.partialRecord(z.enum(FEATURES), feature).default({}),
  pricing: z.array(price).default([]),
  availability: z.array(availability).default([]),
  benchmarks: z.array(benchmarkResult).default([]),
  performance: z.array(performance).default([]),

  apiParameters: z
    .strictObject({
      source: sourceId,
      note: z.string().optional(),
      parameters: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            type: z.string().min(1),
            description: z.string().min(1),
            deprecated: z.boolean().default(false),
            replacedBy: z.string().optional(),
          }),
        )
        .min(1),
    })
    .optional(),

  codeExamples: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        language: z.enum(CODE_LANGUAGES),
        code: z.string().min(1),
        source: sourceId.optional().describe('The documentation page the example follows'),
      }),
    )
    .default([]),

  competitors: z.array(modelId).default([]),
  strengths: z.array(sourcedText).default([]),
  limitations: z.array(sourcedText).default([]),
  bestFor: z.array(sourcedText).default([]),
  safety: z.array(sourcedText).default([]).describe('Responsible-AI notes'),
  faq: z
    .array(
      z.strictObject({
        question: z.string().min(1),
        answer: z.string().min(1),
        sources: z.array(sourceId).default([]),
      }),
    )
    .default([]),
});

export type ModelData = z.infer<typeof modelSchema>;
export type Price = z.infer<typeof price>;
export type BenchmarkResult = z.infer<typeof benchmarkResult>;
export type PerformanceMeasurement = z.infer<typeof performance>;
export type Availability = z.infer<typeof availability>;
export type { Feature, Modality, PerformanceMetric, Status } from './enums.ts';
