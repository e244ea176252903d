// Chart.js configuration for a bar chart spec: labels that fit a phone (full name in the tooltip
// and the table), a value on every bar, room at the end of the axis for that value, origin
// patterns with a legend, and tooltips that do not repeat the chart's title.
import type { BarChartSpec } from '../lib/outputs/chart-spec';
import type { Origin } from '../lib/benchmarks/result-origin';
import { fitLabel, labelBudget, tickStep, valueLabel } from '../lib/outputs/chart-labels';
import { originFill, originLegend, toggleDataset, valueLabels, type LegendItem } from './chart-marks';

export interface ChartColors {
  palette: string[];
  text: string;
  muted: string;
  grid: string;
}

export function barConfig(spec: BarChartSpec, colors: ChartColors, width: number, height: number) {
  const horizontal = spec.horizontal !== false;
  const multi = spec.datasets.length > 1;
  // About one labelled tick per 45 px of plot, which leaves a phone four or five.
  const step = tickStep(spec.min, spec.max, Math.max(3, Math.floor((horizontal ? width * 0.55 : height) / 45)));
  // Two-line labels where each bar row has room for them, else one shortened line.
  const lines = height / Math.max(1, spec.labels.length) >= 30 ? 2 : 1;
  const valueAxis = {
    min: spec.min,
    max: spec.max,
    stacked: spec.stacked,
    ticks: { color: colors.text, maxRotation: 0, stepSize: spec.unit === '%' ? step : undefined, callback: (v: number | string) => `${v}${spec.unit}` },
    grid: { color: colors.grid },
  };
  const labelAxis = {
    stacked: spec.stacked,
    grid: { display: false },
    ticks: {
      color: colors.text,
      autoSkip: !horizontal,
      // Horizontal bars: every label shows, wrapped or shortened to the room a phone leaves.
      ...(horizontal && { callback: (_v: unknown, index: number) => fitLabel(spec.labels[index] ?? '', labelBudget(width), lines) }),
    },
  };
  const present = new Set<Origin>(spec.datasets.flatMap((d) => (d.origins ?? []).filter((o): o is Origin => o !== null)));
  // With one dataset its name repeats the chart's title, so the legend only explains the patterns.
  const marks = present.size > 1 || (present.size === 1 && !present.has('independent'));
  const legendColor = multi ? colors.muted : colors.palette[0];
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d, i) => {
        const color = colors.palette[i % colors.palette.length];
        return {
          label: d.label,
          data: d.values,
          backgroundColor: d.origins ? d.origins.map((o) => originFill(color, o)) : color,
          borderColor: color,
          borderWidth: d.origins ? 1 : 0,
        };
      }),
    },
    plugins: [valueLabels((v) => valueLabel(v, spec.stacked ? '' : spec.unit), colors.text, horizontal, Boolean(spec.stacked))],
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: horizontal ? { right: 44 } : { top: 18 } },
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: {
          display: multi || marks,
          onClick: toggleDataset,
          labels: {
            color: colors.text,
            generateLabels: (chart: { isDatasetVisible(i: number): boolean }): LegendItem[] => [
              ...(multi ? spec.datasets.map((d, i) => ({ text: d.label, fillStyle: colors.palette[i % colors.palette.length], strokeStyle: colors.palette[i % colors.palette.length], fontColor: colors.text, lineWidth: 0, hidden: !chart.isDatasetVisible(i), datasetIndex: i })) : []),
              ...(marks ? originLegend(present, legendColor, colors.text, 'bar') : []),
            ],
          },
        },
        tooltip: {
          callbacks: {
            title: (items: { dataIndex: number }[]) => spec.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (ctx: { dataset: { label?: string }; parsed: { x: number; y: number } }) => {
              const value = `${horizontal ? ctx.parsed.x : ctx.parsed.y}${spec.unit}`;
              return multi ? `${ctx.dataset.label}: ${value}` : value;
            },
            afterLabel: (ctx: { datasetIndex: number; dataIndex: number }) => spec.datasets[ctx.datasetIndex]?.notes?.[ctx.dataIndex] ?? '',
          },
        },
      },
    },
  };
}
