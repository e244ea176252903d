// The step chart of a model's price history on its maker's platform: input and output price over
// time, drawn at build time as SVG paths (the pricing table next to it is the accessible form).
import type { Model } from '../catalog/catalog.ts';
import { priceDate } from '../catalog/catalog.ts';

export interface PriceStep {
  date: string;
  input: number;
  output: number;
}

/** The maker's own dated prices up to today, oldest first (one per date); none unless two or more dates. */
export function makerPriceSteps(model: Model, today: string): PriceStep[] {
  const byDate = new Map<string, PriceStep>();
  const own = model.data.pricing.filter((p) => p.platform === model.data.provider && priceDate(p) && priceDate(p) <= today);
  for (const p of own.sort((a, b) => priceDate(a).localeCompare(priceDate(b)))) byDate.set(priceDate(p), { date: priceDate(p), input: p.input, output: p.output });
  const steps = [...byDate.values()];
  return steps.length >= 2 ? steps : [];
}

export interface StepChart {
  width: number;
  height: number;
  input: string;
  output: string;
  /** Value axis ticks (USD per 1M) and date ticks (each price change). */
  yTicks: { y: number; usd: number }[];
  xTicks: { x: number; date: string; row: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Paths that hold each price until the next change, then to `until` (today, or 30 days past the last change). */
export function stepChart(steps: readonly PriceStep[], until: string, size = { width: 480, height: 220 }): StepChart {
  const plot = { left: 56, right: size.width - 16, top: 12, bottom: size.height - 40 };
  const start = time(steps[0].date);
  const end = Math.max(time(until), time(steps.at(-1)!.date) + 30 * DAY);
  const top = niceCeiling(Math.max(...steps.map((s) => Math.max(s.input, s.output))));
  const x = (iso: string | number) => plot.left + ((typeof iso === 'number' ? iso : time(iso)) - start) / (end - start) * (plot.right - plot.left);
  const y = (usd: number) => plot.bottom - (usd / top) * (plot.bottom - plot.top);
  const path = (pick: (s: PriceStep) => number) =>
    steps
      .map((s, i) => {
        const [x0, y0, x1] = [round(x(s.date)), round(y(pick(s))), round(x(i + 1 < steps.length ? steps[i + 1].date : end))];
        return i === 0 ? `M${x0} ${y0} H${x1}` : `V${y0} H${x1}`;
      })
      .join(' ');
  return {
    ...size,
    plot,
    input: path((s) => s.input),
    output: path((s) => s.output),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: round(y(top * f)), usd: top * f })),
    xTicks: steps.map((s, i) => ({ x: round(x(s.date)), date: s.date, row: i % 2 })),
  };
}

/** 1, 2, 2.5 or 5 times a power of ten, at or above the value: a round top for the axis. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((c) => c >= value)!;
}

const round = (n: number) => Math.round(n * 10) / 10;
