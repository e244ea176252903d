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

/** Blended price per 1M tokens at a 3:1 input:output ratio, the usual single-number comparison. */
export function blendedPrice(price: Pick<Price, 'input' | 'output'>): number {
  return (3 * price.input + price.output) / 4;
}

/** "$1.05", "$1,050", "$0.0042" */
export function formatCost(usd: number): string {
  if (usd >= 100) return `$${Math.round(usd).toLocaleString('en-US')}`;
  if (usd >= 0.01) return `$${usd.toFixed(2)}`;
  return `$${Number(usd.toPrecision(2))}`;
}
