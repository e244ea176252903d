// The enumerated values of the content schemas, free of zod so browser code can import them.
export const STATUSES = ['preview', 'ga', 'deprecated', 'retired'] as const;
export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf'] as const;
export const FEATURES = [
  'function-calling',
  'structured-output',
  'json-mode',
  'streaming',
  'vision',
  'reasoning',
  'code-execution',
  'web-search',
  'batch',
  'fine-tuning',
  'prompt-caching',
  'realtime',
] as const;
/** Specs that a maker may decline to publish; only these can be marked not disclosed. */
export const DISCLOSABLE = [
  'parametersTotal',
  'parametersActive',
  'architecture',
  'contextWindow',
  'maxOutput',
  'knowledgeCutoff',
  'trainingTokens',
  'trainingData',
] as const;
export const PERFORMANCE_METRICS = ['output-speed', 'time-to-first-token'] as const;
export const CODE_LANGUAGES = ['bash', 'python', 'javascript', 'typescript', 'json'] as const;

export const BENCHMARK_CATEGORIES = [
  'general-knowledge',
  'coding',
  'math',
  'reasoning',
  'multimodal',
  'long-context',
  'agentic',
  'instruction-following',
] as const;

export const SOURCE_KINDS = ['maker', 'evaluator', 'press', 'platform', 'paper', 'community', 'aggregator'] as const;

export type Status = (typeof STATUSES)[number];
export type Feature = (typeof FEATURES)[number];
export type Modality = (typeof MODALITIES)[number];
export type PerformanceMetric = (typeof PERFORMANCE_METRICS)[number];
export type BenchmarkCategory = (typeof BENCHMARK_CATEGORIES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
