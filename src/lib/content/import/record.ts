// What an importer reads from an open-data catalog, in our units: one record per upstream file
// (models.dev) or key (LiteLLM), with the facts it states and where it can be read publicly.
import type { Feature } from '../../../schemas/model.ts';

export type Upstream = 'models-dev' | 'litellm';

/** The features an upstream catalog states, under our names. */
export const IMPORTED_FEATURES = ['function-calling', 'structured-output', 'reasoning', 'vision'] as const satisfies readonly Feature[];
export type ImportedFeature = (typeof IMPORTED_FEATURES)[number];

export interface UpstreamPrice {
  /** USD per 1M tokens, exactly as the upstream states it (LiteLLM's per-token cost shifted by six places). */
  input: number;
  output: number;
  cachedInput?: number;
  batchInput?: number;
  batchOutput?: number;
  /** Said of the price beside the figures, e.g. that a higher long-context tier was not imported. */
  note?: string;
}

export interface UpstreamBenchmark {
  name: string;
  score: number;
  /** The page the upstream cites for the score. */
  cites?: string;
}

export interface Facts {
  name?: string;
  family?: string;
  /** YYYY-MM or YYYY-MM-DD, as given. */
  released?: string;
  knowledgeCutoff?: string;
  contextWindow?: number;
  maxOutput?: number;
  modalities?: { input: string[]; output: string[] };
  features: Partial<Record<ImportedFeature, boolean>>;
  license?: string;
  openWeights?: boolean;
  /** Only what differs from generally available. */
  status?: 'preview' | 'deprecated';
  price?: UpstreamPrice;
  /** Why a stated price was not used (e.g. it is 0: free). */
  priceSkipped?: string;
  benchmarks: UpstreamBenchmark[];
}

export interface UpstreamRecord {
  upstream: Upstream;
  /**
   * model: the maker-independent description of a model (models.dev models/<maker>/<id>.toml);
   * offering: one host's listing (models.dev providers/<host>/models/<id>.toml, a LiteLLM key).
   */
  role: 'model' | 'offering';
  /** models.dev maker or provider folder, or LiteLLM's litellm_provider. */
  folder: string;
  /** The upstream model id inside the folder (file stem, or the LiteLLM key): what the mapping names. */
  stem: string;
  /** The id to call on the host's API (the stem; a LiteLLM key without its provider prefix). */
  modelId: string;
  /** Path inside the upstream repository (or the file name), for messages and the source title. */
  file: string;
  /** The record's public address: the file at the upstream commit. */
  url: string;
  /** models.dev: the canonical model an offering inherits from ("openai/gpt-5"). */
  baseModel?: string;
  facts: Facts;
  /** The fields used, as the upstream writes them, for the source's quote. */
  quote: string;
  /** What is wrong with the record: it stops the import when the record would be used. */
  problems?: InputError[];
}

/** A problem with the upstream input itself: reported with the file and field, and nothing is written. */
export interface InputError {
  file: string;
  field: string;
  message: string;
}

export class InputErrors extends Error {
  readonly errors: InputError[];
  constructor(errors: InputError[]) {
    super(errors.map(formatInputError).join('\n'));
    this.errors = errors;
  }
}

export function formatInputError(e: InputError): string {
  return `${e.file}: ${e.field || '(file)'}: ${e.message}`;
}
