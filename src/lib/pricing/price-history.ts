// Pricing rows for a model page: full history per platform, and a small cost example.
import type { Model, Price } from '../catalog/catalog.ts';
import { currentPrices, headlinePrice, priceDate } from '../catalog/catalog.ts';
import { batchCost, EXAMPLE_WORKLOADS, formatCost, workloadCost } from './cost.ts';

export function priceHistory(model: Model, today: string): (Price & { current: boolean })[] {
  const current = new Set(currentPrices(model, today));
  return [...model.data.pricing]
    .filter((p) => priceDate(p) <= today)
    .sort(
      (a, b) =>
        Number(b.platform === model.data.provider) - Number(a.platform === model.data.provider) ||
        a.platform.localeCompare(b.platform) ||
        priceDate(b).localeCompare(priceDate(a)),
    )
    .map((p) => ({ ...p, current: current.has(p) }));
}

export interface CostLine {
  label: string;
  standard: string;
  batch?: string;
}

export function costExample(model: Model, today: string): { price: Price; lines: CostLine[] } | undefined {
  const price = headlinePrice(model, today);
  if (!price) return undefined;
  return {
    price,
    lines: EXAMPLE_WORKLOADS.map((w) => {
      const batch = batchCost(price, w);
      return { label: w.label, standard: formatCost(workloadCost(price, w)), batch: batch === undefined ? undefined : formatCost(batch) };
    }),
  };
}
