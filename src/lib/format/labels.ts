// Labels of every enumerated value, typed so that a value without a label fails type checking.
import type { BenchmarkCategory, Feature, Modality, PerformanceMetric, SourceKind, Status } from '../../schemas/enums.ts';
import type { LifecycleKind } from '../lifecycle/calendar.ts';

export const STATUS_LABEL = {
  preview: 'Preview',
  ga: 'Generally available',
  deprecated: 'Deprecated',
  retired: 'Retired',
} as const satisfies Record<Status, string>;

export const MODALITY_LABEL = { text: 'Text', image: 'Images', audio: 'Audio', video: 'Video', pdf: 'PDF files' } as const satisfies Record<Modality, string>;

export const FEATURE_LABEL = {
  'function-calling': 'Function calling',
  'structured-output': 'Structured output',
  'json-mode': 'JSON mode',
  streaming: 'Streaming',
  vision: 'Vision',
  reasoning: 'Reasoning mode',
  'code-execution': 'Code execution',
  'web-search': 'Web search',
  batch: 'Batch API',
  'fine-tuning': 'Fine-tuning',
  'prompt-caching': 'Prompt caching',
  realtime: 'Realtime audio',
} as const satisfies Record<Feature, string>;

export const CATEGORY_LABEL = {
  'general-knowledge': 'General knowledge',
  coding: 'Coding',
  math: 'Mathematics',
  reasoning: 'Reasoning',
  multimodal: 'Multimodal',
  'long-context': 'Long context',
  agentic: 'Agentic and tool use',
  'instruction-following': 'Instruction following',
} as const satisfies Record<BenchmarkCategory, string>;

export const METRIC_LABEL = { 'output-speed': 'Output speed', 'time-to-first-token': 'Time to first token' } as const satisfies Record<PerformanceMetric, string>;
export const METRIC_UNIT = { 'output-speed': 'tokens/s', 'time-to-first-token': 's' } as const satisfies Record<PerformanceMetric, string>;

export const SOURCE_KIND_LABEL = {
  maker: 'maker',
  evaluator: 'independent evaluator',
  press: 'press',
  platform: 'platform',
  paper: 'paper',
  community: 'community',
  aggregator: 'aggregator',
} as const satisfies Record<SourceKind, string>;

export const LIFECYCLE_LABEL = { deprecated: 'Deprecation announced', retired: 'Shutdown' } as const satisfies Record<LifecycleKind, string>;

/** What a difference between two scores is measured in, by the benchmark's unit. */
export const GAP_UNIT = { '%': 'percentage points', points: 'points' } as const satisfies Record<'%' | 'points', string>;
