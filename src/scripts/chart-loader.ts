// Draws every [data-chart] figure with Chart.js once it scrolls into view. Chart.js is imported
// on first need and only the parts used are registered, so pages without charts load none of it.
// The configurations live in chart-bar.ts and chart-scatter.ts.
import type { ChartSpec } from '../lib/outputs/chart-spec';
import { barConfig, type ChartColors } from './chart-bar';
import { scatterConfig } from './chart-scatter';

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
  const colors: ChartColors = { palette: PALETTE.map(resolveColor), text: resolveColor('--color-text'), muted: resolveColor('--color-muted'), grid: resolveColor('--color-border') };
  const width = box.clientWidth;
  const config = spec.kind === 'scatter' ? scatterConfig(spec, colors, width) : barConfig(spec, colors, width, box.clientHeight);
  const chart = new Chart(canvas, config as never);
  figure.dataset.drawn = 'true';
  figure.dataset.datasets = String(config.data.datasets.length);
  (figure as HTMLElement & { chart?: unknown }).chart = chart;
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
