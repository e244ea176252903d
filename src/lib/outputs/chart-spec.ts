// Plain data a chart needs; serialised into the page for the client-side loader.
import type { Origin } from '../benchmarks/result-origin.ts';

export interface BarChartSpec {
  kind?: 'bar';
  /** Horizontal bars (benchmark scores) or vertical (counts over time). */
  horizontal?: boolean;
  stacked?: boolean;
  title: string;
  labels: string[];
  /** origins: who measured each bar's score; the loader marks self-reported bars with a pattern. */
  datasets: { label: string; values: (number | null)[]; notes?: (string | null)[]; origins?: (Origin | null)[] }[];
  /** Axis range; benchmark charts use 0–100. */
  min: number;
  max: number;
  unit: string;
}

/** Points with a label each; axes may be logarithmic. */
export interface ScatterChartSpec {
  kind: 'scatter';
  title: string;
  /** origin: who measured a score point; the loader gives each origin its own marker shape. */
  datasets: { label: string; points: { x: number; y: number; label: string; note?: string; origin?: Origin }[] }[];
  x: { title: string; log: boolean; unit: string };
  y: { title: string; log: boolean; unit: string; min?: number; max?: number };
}

export type ChartSpec = BarChartSpec | ScatterChartSpec;

import type { ResultRow } from '../benchmarks/results.ts';
import { resultLabel } from '../benchmarks/results.ts';
import { originLabel, resultOrigin } from '../benchmarks/result-origin.ts';

export function benchmarkChartSpec(title: string, modelName: string, rows: ResultRow[], sourceName: (id: string) => string): BarChartSpec {
  return {
    title,
    labels: rows.map(resultLabel),
    datasets: [
      {
        label: modelName,
        values: rows.map((r) => Number(r.percent.toFixed(2))),
        notes: rows.map((r) => originLabel(r.result, sourceName(r.result.source))),
        origins: rows.map((r) => resultOrigin(r.result)),
      },
    ],
    min: 0,
    max: 100,
    unit: '%',
  };
}

import type { Catalog, Model } from '../catalog/catalog.ts';
import type { ResultRow as CompareRow } from '../compare/core.ts';
import { shareOfScale } from '../benchmarks/results.ts';

/** One dataset per model over the benchmarks they share, on a 0–100 axis. */
export function compareChartSpec(title: string, models: Model[], rows: CompareRow[], catalog: Catalog): BarChartSpec {
  return resultsChartSpec(title, models.map((m) => m.data.name), rows, (id) => catalog.benchmark.get(id)?.data.scale);
}

/** compareChartSpec for code without a catalog (the compare builder): scales come by benchmark id. */
export function resultsChartSpec(title: string, names: string[], rows: CompareRow[], scaleOf: (benchmarkId: string) => { min: number; max: number } | undefined): BarChartSpec {
  return {
    title,
    labels: rows.map((r) => r.label),
    datasets: names.map((name, i) => ({
      label: name,
      values: rows.map((r) => {
        const cell = r.cells[i];
        const scale = scaleOf(r.benchmarkId);
        return cell && scale ? Number(shareOfScale(cell.score, scale).toFixed(2)) : null;
      }),
      notes: rows.map((r) => {
        const cell = r.cells[i];
        return cell ? originLabel(cell, cell.publisher) : null;
      }),
      origins: rows.map((r) => (r.cells[i] ? resultOrigin(r.cells[i]!) : null)),
    })),
    min: 0,
    max: 100,
    unit: '%',
  };
}

/** Heights a chart box may take (px): CSS classes rather than inline styles, for a strict CSP. */
export const CHART_HEIGHTS = [160, 200, 260, 320, 420, 520, 640, 760, 900, 1060, 1240, 1460, 1720, 2000, 2400, 2800] as const;

/** The drawing height a chart needs, rounded up to a CSS step: per label a row tall enough for a
 * two-line (wrapped) label and for one bar per dataset, plus room for the legend and axis. */
export function chartHeight(spec: ChartSpec): (typeof CHART_HEIGHTS)[number] {
  const needed = spec.kind === 'scatter' ? 420 : spec.horizontal === false ? 320 : Math.max(160, spec.labels.length * Math.max(34, spec.datasets.length * 24) + 80);
  return CHART_HEIGHTS.find((h) => h >= needed) ?? CHART_HEIGHTS[CHART_HEIGHTS.length - 1];
}
