// The chooser's data, as /api/choose.json carries it: only the facts the constraints read, every
// dated price with its source id, every benchmark result with its version, setting and source id.
// Built by document.ts at build time; read by the page script and the shared rules in this folder.
import type { Price } from '../../schemas/index.ts';
import type { RowValues } from '../filters/match.ts';

export type ChoosePrice = Omit<Price, 'note'>;

export interface ChooseResult {
  benchmark: string;
  score: number;
  version?: string;
  setting?: string;
  source: string;
}

export interface ChooseModel {
  id: string;
  name: string;
  maker: string;
  /** Known values of the registry's filterable facts as of the build date (prices come from `pricing`). */
  values: RowValues;
  pricing: ChoosePrice[];
  results: ChooseResult[];
}

export interface ChooseBenchmark {
  id: string;
  name: string;
  unit: string;
  higherIsBetter: boolean;
}

export interface ChooseDocument {
  today: string;
  models: ChooseModel[];
  benchmarks: ChooseBenchmark[];
  /** Source id → publisher and URL, for every source the prices and results cite. */
  sources: Record<string, { publisher: string; url: string }>;
  /** Provider id → name, for platforms and makers. */
  providers: Record<string, string>;
  /** Fact id → label, for naming the constraints a model's value is unknown for. */
  labels: Record<string, string>;
  /** How a multi-value constraint matches (any or all of the chosen values), from the registry. */
  multiMatch: Record<string, 'any' | 'all'>;
}
