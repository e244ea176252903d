// Marks that tell who measured a score without relying on colour: self-reported bars are striped,
// bars of unstated origin dotted, independent ones solid; on scatter charts each origin has its
// own marker shape. Also the legend entries that explain them and value labels drawn on bars.
import type { Origin } from '../lib/benchmarks/result-origin';

const FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, sans-serif";

const patterns = new Map<string, CanvasPattern>();

/** Fill for one origin: the colour itself, or a pattern of it (made once per colour and origin, not once per bar). */
export function originFill(color: string, origin: Origin | null | undefined): string | CanvasPattern {
  if (!origin || origin === 'independent') return color;
  const key = `${color} ${origin}`;
  const known = patterns.get(key);
  if (known) return known;
  const pattern = makePattern(color, origin);
  if (typeof pattern !== 'string') patterns.set(key, pattern);
  return pattern;
}

function makePattern(color: string, origin: Exclude<Origin, 'independent'>): string | CanvasPattern {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return color;
  g.fillStyle = color;
  g.globalAlpha = 0.3;
  g.fillRect(0, 0, 8, 8);
  g.globalAlpha = 1;
  if (origin === 'self-reported') {
    g.strokeStyle = color;
    g.lineWidth = 2.5;
    g.beginPath();
    // Diagonal stripes that join up across tiles.
    for (const o of [-8, 0, 8]) {
      g.moveTo(o, 8);
      g.lineTo(o + 8, 0);
    }
    g.stroke();
  } else {
    g.beginPath();
    g.arc(4, 4, 1.8, 0, Math.PI * 2);
    g.fill();
  }
  return g.createPattern(tile, 'repeat') ?? color;
}

/** Marker shape for a scatter point, by origin; score-less charts use plain circles. */
export const ORIGIN_MARKER = { independent: 'circle', 'self-reported': 'triangle', 'not-stated': 'crossRot' } as const satisfies Record<Origin, string>;

const ORIGIN_TEXT = {
  independent: 'Independent',
  'self-reported': 'Self-reported',
  'not-stated': 'Origin not stated',
} as const satisfies Record<Origin, string>;

const ORIGINS: Origin[] = ['independent', 'self-reported', 'not-stated'];

export interface LegendItem {
  text: string;
  fillStyle: string | CanvasPattern;
  strokeStyle: string;
  fontColor: string;
  lineWidth: number;
  hidden: boolean;
  datasetIndex?: number;
  pointStyle?: string;
}

/** Legend entries for the origins present: "Self-reported (striped)" for bars, "(triangles)" for points. */
export function originLegend(present: Set<Origin>, color: string, text: string, kind: 'bar' | 'scatter'): LegendItem[] {
  if (present.size === 0) return [];
  const how = kind === 'bar' ? { independent: 'solid', 'self-reported': 'striped', 'not-stated': 'dotted' } : { independent: 'circles', 'self-reported': 'triangles', 'not-stated': 'crosses' };
  return ORIGINS.filter((o) => present.has(o)).map((o) => ({
    text: `${ORIGIN_TEXT[o]} (${how[o]})`,
    fillStyle: kind === 'bar' ? originFill(color, o) : color,
    strokeStyle: color,
    fontColor: text,
    lineWidth: kind === 'bar' ? 1 : 2,
    hidden: false,
    pointStyle: kind === 'scatter' ? ORIGIN_MARKER[o] : undefined,
  }));
}

/** Legend clicks toggle datasets only; origin entries explain and do nothing. */
export function toggleDataset(_event: unknown, item: { datasetIndex?: number }, legend: { chart: { isDatasetVisible(i: number): boolean; hide(i: number): void; show(i: number): void } }): void {
  if (item.datasetIndex === undefined) return;
  const { chart } = legend;
  if (chart.isDatasetVisible(item.datasetIndex)) chart.hide(item.datasetIndex);
  else chart.show(item.datasetIndex);
}

interface BarLike {
  x: number;
  y: number;
  width?: number;
}
interface ChartLike {
  ctx: CanvasRenderingContext2D;
  data: { datasets: { data: (number | null)[] }[] };
  isDatasetVisible(i: number): boolean;
  getDatasetMeta(i: number): { data: BarLike[] };
}

/** A Chart.js plugin writing each bar's value at its end (stacked: the column total on top). */
export function valueLabels(format: (v: number) => string, color: string, horizontal: boolean, stacked: boolean) {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart: ChartLike) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `11px ${FONT_FAMILY}`;
      ctx.fillStyle = color;
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      const visible = chart.data.datasets.map((_, i) => i).filter((i) => chart.isDatasetVisible(i));
      const put = (text: string, bar: BarLike) => {
        if (!horizontal && bar.width !== undefined && ctx.measureText(text).width > bar.width + 6) return;
        if (horizontal) ctx.fillText(text, bar.x + 4, bar.y);
        else ctx.fillText(text, bar.x, bar.y - 3);
      };
      if (stacked && visible.length > 0) {
        const top = visible[visible.length - 1];
        chart.getDatasetMeta(top).data.forEach((bar, j) => {
          const total = visible.reduce((sum, i) => sum + (chart.data.datasets[i].data[j] ?? 0), 0);
          if (total > 0) put(format(total), bar);
        });
      } else {
        for (const i of visible) {
          chart.getDatasetMeta(i).data.forEach((bar, j) => {
            const v = chart.data.datasets[i].data[j];
            if (v !== null && v !== undefined) put(format(v), bar);
          });
        }
      }
      ctx.restore();
    },
  };
}
