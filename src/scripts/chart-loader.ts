// Draws every [data-chart] figure with Chart.js once it scrolls into view. Chart.js is imported
// on first need and only the parts used are registered, so pages without charts load none of it.
import type { BarChartSpec, ChartSpec, ScatterChartSpec } from '../lib/outputs/chart-spec';

const PALETTE = ['--color-chart-1', '--color-chart-2', '--color-chart-3', '--color-chart-4', '--color-chart-5', '--color-chart-6'];

/** A colour token's current value. Tokens use light-dark(), which only a used value resolves. */
function resolveColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  probe.hidden = true;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function draw(figure: HTMLElement): Promise<void> {
  const spec = JSON.parse(figure.dataset.chart ?? '{}') as ChartSpec;
  const chartJs = await import('chart.js');
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController, PointElement, Tooltip, Legend } = chartJs;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController, PointElement, Tooltip, Legend);
  const box = figure.querySelector<HTMLElement>('.canvas-box');
  const canvas = figure.querySelector('canvas');
  if (!box || !canvas) return;
  const color = resolveColor;
  const text = color('--color-text');
  const grid = color('--color-border');
  const config = spec.kind === 'scatter' ? scatterConfig(spec, color, text, grid) : barConfig(spec, color, text, grid);
  const chart = new Chart(canvas, config as never);
  figure.dataset.drawn = 'true';
  (figure as HTMLElement & { chart?: unknown }).chart = chart;
}

function barConfig(spec: BarChartSpec, color: (name: string) => string, text: string, grid: string) {
  const horizontal = spec.horizontal !== false;
  const valueAxis = { min: spec.min, max: spec.max, stacked: spec.stacked, ticks: { color: text, callback: (v: number | string) => `${v}${spec.unit}` }, grid: { color: grid } };
  const labelAxis = { stacked: spec.stacked, ticks: { color: text }, grid: { display: false } };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d, i) => ({ label: d.label, data: d.values, backgroundColor: color(PALETTE[i % PALETTE.length]), borderWidth: 0 })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: true, labels: { color: text } },
        tooltip: {
          callbacks: {
            label: (ctx: { dataset: { label?: string }; parsed: { x: number; y: number } }) => `${ctx.dataset.label}: ${horizontal ? ctx.parsed.x : ctx.parsed.y}${spec.unit}`,
            afterLabel: (ctx: { datasetIndex: number; dataIndex: number }) => spec.datasets[ctx.datasetIndex]?.notes?.[ctx.dataIndex] ?? '',
          },
        },
      },
    },
  };
}

function scatterConfig(spec: ScatterChartSpec, color: (name: string) => string, text: string, grid: string) {
  const axis = (a: ScatterChartSpec['x'] & { min?: number; max?: number }) => ({
    type: a.log ? 'logarithmic' : 'linear',
    min: a.min,
    max: a.max,
    title: { display: true, text: a.title, color: text },
    ticks: {
      color: text,
      // On a log axis label only 1-2-5 steps, so the labels do not collide.
      callback: (v: number | string) => {
        const n = Number(v);
        if (a.log && ![1, 2, 5].includes(Math.round(n / 10 ** Math.floor(Math.log10(n))))) return '';
        return `${a.unit === '$' ? '$' : ''}${n.toLocaleString('en-US')}${a.unit === '$' ? '' : a.unit}`;
      },
    },
    grid: { color: grid },
  });
  return {
    type: 'scatter',
    data: {
      datasets: spec.datasets.map((d, i) => ({
        label: d.label,
        data: d.points.map((p) => ({ x: p.x, y: p.y })),
        backgroundColor: color(PALETTE[i % PALETTE.length]),
        pointRadius: 5,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: axis(spec.x), y: axis(spec.y) },
      plugins: {
        legend: { display: true, labels: { color: text } },
        tooltip: {
          callbacks: {
            label: (ctx: { datasetIndex: number; dataIndex: number }) => {
              const p = spec.datasets[ctx.datasetIndex].points[ctx.dataIndex];
              return `${p.label}: ${spec.y.title} ${p.y}${spec.y.unit}, ${spec.x.title} ${spec.x.unit === '$' ? '$' : ''}${p.x}`;
            },
            afterLabel: (ctx: { datasetIndex: number; dataIndex: number }) => spec.datasets[ctx.datasetIndex].points[ctx.dataIndex].note ?? '',
          },
        },
      },
    },
  };
}

let themeListener = false;

/** Redraws drawn charts when the theme changes, so axis and bar colours follow it. */
function listenForThemeChanges(): void {
  if (themeListener) return;
  themeListener = true;
  const redraw = () => {
    document.querySelectorAll<HTMLElement>('[data-chart][data-drawn]').forEach((figure) => {
      (figure as HTMLElement & { chart?: { destroy(): void } }).chart?.destroy();
      void draw(figure);
    });
  };
  document.addEventListener('themechange', redraw);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
}

export function observeCharts(): void {
  listenForThemeChanges();
  const figures = document.querySelectorAll<HTMLElement>('[data-chart]:not([data-observed])');
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  figures.forEach((f) => {
    f.dataset.observed = 'true';
    observer.observe(f);
  });
}
