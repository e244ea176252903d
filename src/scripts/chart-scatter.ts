// Chart.js configuration for a scatter chart spec: points at the edge of the plot drawn whole,
// a marker shape per origin with a legend, and tooltips that name the model and its two values
// without repeating the axis titles.
import type { ScatterChartSpec } from '../lib/outputs/chart-spec';
import type { Origin } from '../lib/benchmarks/result-origin';
import { axisNumber } from '../lib/outputs/chart-labels';
import { ORIGIN_MARKER, originLegend, toggleDataset, type LegendItem } from './chart-marks';
import type { ChartColors } from './chart-bar';

type Axis = ScatterChartSpec['x'] & { min?: number; max?: number };

function axisText(a: Axis, n: number): string {
  return `${a.unit === '$' ? '$' : ''}${axisNumber(n)}${a.unit === '$' ? '' : a.unit}`;
}

/** Whether a log-axis tick is a 1-2-5 step (only a power of ten when `sparse`). */
function logStep(n: number, sparse: boolean): boolean {
  const lead = n / 10 ** Math.floor(Math.log10(n) + 1e-9);
  return (sparse ? [1] : [1, 2, 5]).some((k) => Math.abs(lead - k) < 1e-6);
}

export function scatterConfig(spec: ScatterChartSpec, colors: ChartColors, width: number) {
  const phone = width < 560;
  const axis = (a: Axis, horizontal: boolean) => ({
    type: a.log ? 'logarithmic' : 'linear',
    min: a.min,
    max: a.max,
    title: { display: true, text: a.title, color: colors.text },
    // A log axis keeps only the 1-2-5 steps (powers of ten on a phone), so labels never collide
    // and the grid is not a wall of lines.
    afterBuildTicks: a.log ? (scale: { ticks: { value: number }[] }) => { scale.ticks = scale.ticks.filter((t) => logStep(t.value, phone && horizontal)); } : undefined,
    ticks: {
      color: colors.text,
      maxRotation: phone && horizontal ? 0 : 50,
      stepSize: !a.log && a.unit === '%' ? (phone ? 20 : 10) : undefined,
      callback: (v: number | string) => axisText(a, Number(v)),
    },
    grid: { color: colors.grid },
  });
  const present = new Set<Origin>(spec.datasets.flatMap((d) => d.points.map((p) => p.origin).filter((o): o is Origin => o !== undefined)));
  return {
    type: 'scatter',
    data: {
      datasets: spec.datasets.map((d, i) => ({
        label: d.label,
        data: d.points.map((p) => ({ x: p.x, y: p.y })),
        backgroundColor: colors.palette[i % colors.palette.length],
        borderColor: colors.palette[i % colors.palette.length],
        pointStyle: d.points.map((p) => (p.origin ? ORIGIN_MARKER[p.origin] : 'circle')),
        pointRadius: d.points.map((p) => (p.origin === 'self-reported' ? 6 : 5)),
        borderWidth: d.points.map((p) => (p.origin === 'not-stated' ? 2 : 1)),
        // Draw points on the edge of the plot whole instead of cutting them in half.
        clip: 8,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: 8, right: 12, left: 4 } },
      scales: { x: axis(spec.x, true), y: axis(spec.y, false) },
      plugins: {
        legend: {
          display: true,
          onClick: toggleDataset,
          labels: {
            color: colors.text,
            usePointStyle: true,
            boxHeight: 9,
            generateLabels: (chart: { isDatasetVisible(i: number): boolean }): LegendItem[] => [
              ...spec.datasets.map((d, i) => ({ text: d.label, fillStyle: colors.palette[i % colors.palette.length], strokeStyle: colors.palette[i % colors.palette.length], fontColor: colors.text, lineWidth: 0, hidden: !chart.isDatasetVisible(i), datasetIndex: i, pointStyle: 'rectRounded' })),
              ...originLegend(present, colors.muted, colors.text, 'scatter'),
            ],
          },
        },
        tooltip: {
          callbacks: {
            label: (ctx: { datasetIndex: number; dataIndex: number }) => {
              const p = spec.datasets[ctx.datasetIndex].points[ctx.dataIndex];
              return `${p.label}: ${axisText(spec.y, p.y)} · ${axisText(spec.x, p.x)}`;
            },
            afterLabel: (ctx: { datasetIndex: number; dataIndex: number }) => spec.datasets[ctx.datasetIndex].points[ctx.dataIndex].note ?? '',
          },
        },
      },
    },
  };
}
