// Workload cost from a price in USD per 1M tokens.
import type { Price } from '../../schemas/index.ts';

export interface Workload {
  label: string;
  inputTokens: number;
  outputTokens: number;
}

/** A typical month for a small chat product: 10,000 requests of 1,500 tokens in, 500 out. */
export const EXAMPLE_WORKLOADS: Workload[] = [
  { label: '1,000 requests, 1,500 tokens in and 500 out each', inputTokens: 1_500_000, outputTokens: 500_000 },
  { label: '1 million requests, 1,500 tokens in and 500 out each', inputTokens: 1_500_000_000, outputTokens: 500_000_000 },
];

export function workloadCost(price: Pick<Price, 'input' | 'output'>, workload: Pick<Workload, 'inputTokens' | 'outputTokens'>): number {
  return (workload.inputTokens * price.input + workload.outputTokens * price.output) / 1_000_000;
}

/** Batch price where the platform publishes one, else undefined (never assumed). */
export function batchCost(price: Price, workload: Pick<Workload, 'inputTokens' | 'outputTokens'>): number | undefined {
  if (price.batchInput === undefined || price.batchOutput === undefined) return undefined;
  return workloadCost({ input: price.batchInput, output: price.batchOutput }, workload);
}

/** A month of traffic: requests, tokens per request, the share of input served from cache (0–1), batch or not. */
export interface MonthlyLoad {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cachedShare: number;
  batch: boolean;
}

export interface MonthlyCost {
  /** USD for the month; undefined when batch is asked for and the platform publishes no batch price. */
  usd?: number;
  /** Cached input was charged at full input price because no cached price is published. */
  noCachedPrice: boolean;
  noBatchPrice: boolean;
}

/**
 * Cost of a month at one price list. Cached input tokens are charged at the cached-input price
 * where one is published, else at the full (standard or batch) input price, and the result says
 * so; a batch request without a published batch price gives no figure rather than a guess.
 */
export function monthlyCost(price: Pick<Price, 'input' | 'output' | 'cachedInput' | 'batchInput' | 'batchOutput'>, load: MonthlyLoad): MonthlyCost {
  const share = Math.min(1, Math.max(0, load.cachedShare));
  const noCachedPrice = share > 0 && price.cachedInput === undefined;
  const noBatchPrice = load.batch && (price.batchInput === undefined || price.batchOutput === undefined);
  if (noBatchPrice) return { noCachedPrice, noBatchPrice };
  const input = load.batch ? price.batchInput! : price.input;
  const output = load.batch ? price.batchOutput! : price.output;
  const inTokens = load.requests * load.inputTokens;
  const cachedRate = price.cachedInput ?? input;
  const usd = (inTokens * (1 - share) * input + inTokens * share * cachedRate + load.requests * load.outputTokens * output) / 1_000_000;
  return { usd, noCachedPrice, noBatchPrice };
}

/** Blended price per 1M tokens at a 3:1 input:output ratio, the usual single-number comparison. */
export function blendedPrice(price: Pick<Price, 'input' | 'output'>): number {
  // Rounded to a millionth of a dollar so binary fractions (2.4499999999999997) never reach the data.
  return Math.round(((3 * price.input + price.output) / 4) * 1e6) / 1e6;
}

/** "$1.05", "$1,050", "$0.0042" */
export function formatCost(usd: number): string {
  if (usd >= 100) return `$${Math.round(usd).toLocaleString('en-US')}`;
  if (usd >= 0.01) return `$${usd.toFixed(2)}`;
  return `$${Number(usd.toPrecision(2))}`;
}
