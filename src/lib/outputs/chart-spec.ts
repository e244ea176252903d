// Plain data a chart needs; serialised into the page for the client-side loader.
export interface BarChartSpec {
  kind?: 'bar';
  /** Horizontal bars (benchmark scores) or vertical (counts over time). */
  horizontal?: boolean;
  stacked?: boolean;
  title: string;
  labels: string[];
  datasets: { label: string; values: (number | null)[]; notes?: (string | null)[] }[];
  /** Axis range; benchmark charts use 0–100. */
  min: number;
  max: number;
  unit: string;
}

/** Points with a label each; axes may be logarithmic. */
export interface ScatterChartSpec {
  kind: 'scatter';
  title: string;
  datasets: { label: string; points: { x: number; y: number; label: string; note?: string }[] }[];
  x: { title: string; log: boolean; unit: string };
  y: { title: string; log: boolean; unit: string; min?: number; max?: number };
}

export type ChartSpec = BarChartSpec | ScatterChartSpec;

import type { ResultRow } from '../benchmarks/results.ts';
import { resultLabel } from '../benchmarks/results.ts';
import { originLabel } from '../benchmarks/result-origin.ts';

export function benchmarkChartSpec(title: string, modelName: string, rows: ResultRow[], sourceName: (id: string) => string): BarChartSpec {
  return {
    title,
    labels: rows.map(resultLabel),
    datasets: [
      {
        label: modelName,
        values: rows.map((r) => Number(r.percent.toFixed(2))),
        notes: rows.map((r) => originLabel(r.result, sourceName(r.result.source))),
      },
    ],
    min: 0,
    max: 100,
    unit: '%',
  };
}

import type { Catalog, Model } from '../catalog/catalog.ts';
import type { ResultRow as CompareRow } from '../compare/core.ts';
import { toPercent } from '../benchmarks/results.ts';

/** One dataset per model over the benchmarks they share, on a 0–100 axis. */
export function compareChartSpec(title: string, models: Model[], rows: CompareRow[], catalog: Catalog): BarChartSpec {
  return {
    title,
    labels: rows.map((r) => r.label),
    datasets: models.map((m, i) => ({
      label: m.data.name,
      values: rows.map((r) => {
        const cell = r.cells[i];
        const benchmark = catalog.benchmark.get(r.benchmarkId);
        return cell && benchmark ? Number(toPercent(cell.score, benchmark).toFixed(2)) : null;
      }),
      notes: rows.map((r) => {
        const cell = r.cells[i];
        return cell ? originLabel(cell, cell.publisher) : null;
      }),
    })),
    min: 0,
    max: 100,
    unit: '%',
  };
}

/** Heights a chart box may take (px): CSS classes rather than inline styles, for a strict CSP. */
export const CHART_HEIGHTS = [160, 200, 260, 320, 420, 520, 640, 760, 900, 1060, 1240, 1460, 1720] as const;

/** The drawing height a chart needs: one bar row per label and dataset, rounded up to a CSS step. */
export function chartHeight(spec: ChartSpec): (typeof CHART_HEIGHTS)[number] {
  const needed = spec.kind === 'scatter' ? 420 : spec.horizontal === false ? 320 : Math.max(160, spec.labels.length * spec.datasets.length * 26 + 60);
  return CHART_HEIGHTS.find((h) => h >= needed) ?? CHART_HEIGHTS[CHART_HEIGHTS.length - 1];
}
