// Draws every [data-chart] figure with Chart.js once it scrolls into view. Chart.js is imported
// on first need and only the parts used are registered, so pages without charts load none of it.
// Charts waiting to be drawn form a queue drawn one per task, so a page with several charts in
// view never blocks input for all of them at once. The configurations live in chart-bar.ts and
// chart-scatter.ts.
import type { ChartSpec } from '../lib/outputs/chart-spec';
import { barConfig, type ChartColors } from './chart-bar';
import { scatterConfig } from './chart-scatter';

type ChartJs = typeof import('chart.js');
type Figure = HTMLElement & { chart?: { destroy(): void } };

const PALETTE = ['--color-chart-1', '--color-chart-2', '--color-chart-3', '--color-chart-4', '--color-chart-5', '--color-chart-6'];

let colorCache: ChartColors | undefined;

/**
 * The colour tokens' current values. Tokens use light-dark(), which only a used value resolves,
 * so each is read from a hidden probe; all probes go in at once (one style recalculation, not
 * one per token) and the result is kept until the theme changes.
 */
function chartColors(): ChartColors {
  if (colorCache) return colorCache;
  const names = [...PALETTE, '--color-text', '--color-muted', '--color-border'];
  const holder = document.createElement('div');
  holder.hidden = true;
  const probes = names.map((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    return probe;
  });
  holder.append(...probes);
  document.body.append(holder);
  const values = probes.map((p) => getComputedStyle(p).color);
  holder.remove();
  colorCache = { palette: values.slice(0, PALETTE.length), text: values[PALETTE.length], muted: values[PALETTE.length + 1], grid: values[PALETTE.length + 2] };
  return colorCache;
}

let chartJsPromise: Promise<ChartJs> | undefined;

function loadChartJs(): Promise<ChartJs> {
  return (chartJsPromise ??= import('chart.js').then((chartJs) => {
    const { Chart, BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController, PointElement, Tooltip, Legend } = chartJs;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController, PointElement, Tooltip, Legend);
    return chartJs;
  }));
}

/** Resolves in a new task, so the browser can paint and handle input in between. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

const specFiles = new Map<string, Promise<Record<string, ChartSpec>>>();

/** The figure's spec: inline in data-chart, or under data-chart-key in the JSON at data-chart-src. */
async function specOf(figure: Figure): Promise<ChartSpec | undefined> {
  const { chart, chartSrc, chartKey } = figure.dataset;
  if (chart) return JSON.parse(chart) as ChartSpec;
  if (!chartSrc || !chartKey) return undefined;
  if (!specFiles.has(chartSrc)) specFiles.set(chartSrc, fetch(chartSrc).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  return (await specFiles.get(chartSrc))?.[chartKey];
}

function draw(figure: Figure, spec: ChartSpec, { Chart }: ChartJs): void {
  const box = figure.querySelector<HTMLElement>('.canvas-box');
  const canvas = figure.querySelector('canvas');
  if (!box || !canvas) return;
  const colors = chartColors();
  const width = box.clientWidth;
  const config = spec.kind === 'scatter' ? scatterConfig(spec, colors, width) : barConfig(spec, colors, width, box.clientHeight);
  figure.chart = new Chart(canvas, config as never);
  figure.dataset.drawn = 'true';
  figure.dataset.datasets = String(config.data.datasets.length);
}

/**
 * Gives the canvas the size Chart.js will give it, in a task of its own: allocating the pixels
 * was a good part of a first draw's single long task.
 */
function sizeCanvas(figure: Figure): void {
  const box = figure.querySelector<HTMLElement>('.canvas-box');
  const canvas = figure.querySelector('canvas');
  if (!box || !canvas) return;
  const ratio = window.devicePixelRatio || 1;
  canvas.style.width = `${box.clientWidth}px`;
  canvas.style.height = `${box.clientHeight}px`;
  canvas.width = Math.floor(box.clientWidth * ratio);
  canvas.height = Math.floor(box.clientHeight * ratio);
  canvas.getContext('2d')?.clearRect(0, 0, 1, 1);
}

const queue = new Set<Figure>();
let draining = false;

/** Draws the queued charts in order, one per task; a figure queued twice is drawn once. */
async function drain(): Promise<void> {
  draining = true;
  try {
    const chartJs = loadChartJs();
    for (let next = first(queue); next; next = first(queue)) {
      const [spec, loaded] = await Promise.all([specOf(next), chartJs]);
      await nextTask();
      if (next.isConnected) sizeCanvas(next);
      await nextTask();
      queue.delete(next);
      if (spec && next.isConnected) draw(next, spec, loaded);
    }
  } finally {
    draining = false;
  }
}

function first<T>(set: Set<T>): T | undefined {
  return set.values().next().value;
}

function enqueue(figure: Figure): void {
  queue.add(figure);
  if (!draining) void drain();
}

let themeListener = false;

/** Redraws drawn charts when the theme changes, so axis and bar colours follow it. */
function listenForThemeChanges(): void {
  if (themeListener) return;
  themeListener = true;
  const redraw = () => {
    colorCache = undefined;
    document.querySelectorAll<Figure>('[data-chart][data-drawn]').forEach((figure) => {
      figure.chart?.destroy();
      enqueue(figure);
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
        enqueue(entry.target as Figure);
      }
    },
    { rootMargin: '200px' },
  );
  figures.forEach((f) => {
    f.dataset.observed = 'true';
    observer.observe(f);
  });
}
