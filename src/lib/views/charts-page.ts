// Data for /charts/: price against score (one chart per benchmark version with enough data),
// context window against price, and releases per quarter. Each chart gets a table of the same rows.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { firstValue, headlinePrice, publisherOf, releaseDate } from '../catalog/catalog.ts';
import { blendedPrice } from '../pricing/cost.ts';
import type { BarChartSpec, ScatterChartSpec } from '../outputs/chart-spec.ts';
import type { BenchmarkResult } from '../../schemas/index.ts';
import { originLabel, resultOrigin } from '../benchmarks/result-origin.ts';

export interface PricePoint {
  model: Model;
  price: number;
  value: number;
  result?: BenchmarkResult;
  note: string;
}

const weightsLabel = (m: Model) => (m.data.license?.openWeights ? 'Open weights' : 'API only');

function scatter(title: string, points: PricePoint[], y: ScatterChartSpec['y']): ScatterChartSpec {
  const groups = ['API only', 'Open weights'];
  return {
    kind: 'scatter',
    title,
    datasets: groups
      .map((label) => ({
        label,
        points: points.filter((p) => weightsLabel(p.model) === label).map((p) => ({ x: Number(p.price.toFixed(4)), y: p.value, label: p.model.data.name, note: p.note, ...(p.result && { origin: resultOrigin(p.result) }) })),
      }))
      .filter((d) => d.points.length > 0),
    x: { title: 'Blended price, $ per 1M tokens (3:1, log scale)', log: true, unit: '$' },
    y,
  };
}

export interface PriceScoreChart {
  key: string;
  benchmarkId: string;
  title: string;
  points: PricePoint[];
  spec: ScatterChartSpec;
}

/** One chart per benchmark (and version) that at least `minModels` priced models have a score on. */
export function priceScoreCharts(catalog: Catalog, today: string, minModels = 5): PriceScoreChart[] {
  const keys = new Map<string, { benchmarkId: string; version?: string }>();
  for (const m of catalog.models) for (const r of m.data.benchmarks) keys.set(`${r.benchmark}|${r.version ?? ''}`, { benchmarkId: r.benchmark, version: r.version });
  const charts: PriceScoreChart[] = [];
  for (const [key, { benchmarkId, version }] of keys) {
    const benchmark = catalog.benchmark.get(benchmarkId);
    if (!benchmark) continue;
    const points: PricePoint[] = [];
    for (const model of catalog.models) {
      const price = headlinePrice(model, today);
      const best = model.data.benchmarks.filter((r) => r.benchmark === benchmarkId && (r.version ?? '') === (version ?? '')).sort((a, b) => b.score - a.score)[0];
      if (!price || !best) continue;
      const publisher = publisherOf(best.source, catalog);
      points.push({
        model,
        price: blendedPrice(price),
        value: best.score,
        result: best,
        note: `${best.setting ?? 'setting not stated'} · ${originLabel(best, publisher, 'lower')}`,
      });
    }
    if (points.length < minModels) continue;
    const name = `${benchmark.data.name}${version ? ` ${version}` : ''}`;
    const title = `${name} score against blended price`;
    charts.push({
      key,
      benchmarkId,
      title: name,
      points: points.sort((a, b) => a.price - b.price),
      spec: scatter(title, points, { title: `${name} (${benchmark.data.metric})`, log: false, unit: benchmark.data.unit === '%' ? '%' : '', min: benchmark.data.scale.min, max: benchmark.data.scale.max }),
    });
  }
  return charts.sort((a, b) => b.points.length - a.points.length || a.title.localeCompare(b.title));
}

export function contextPriceChart(catalog: Catalog, today: string): { points: PricePoint[]; spec: ScatterChartSpec } {
  const points: PricePoint[] = [];
  for (const model of catalog.models) {
    const price = headlinePrice(model, today);
    const context = firstValue(model.data.specs.contextWindow);
    if (!price || !context) continue;
    points.push({ model, price: blendedPrice(price), value: context, note: `price on ${catalog.provider.get(price.platform)?.data.name ?? price.platform}` });
  }
  points.sort((a, b) => a.price - b.price);
  return { points, spec: scatter('Context window against blended price', points, { title: 'Context window, tokens (log scale)', log: true, unit: '' }) };
}

export interface QuarterRow {
  quarter: string;
  models: Model[];
}

export function releasesByQuarter(catalog: Catalog): { rows: QuarterRow[]; spec: BarChartSpec } {
  const byQuarter = new Map<string, Model[]>();
  const dated = catalog.models.map((m) => ({ m, d: releaseDate(m) })).filter((x): x is { m: Model; d: string } => Boolean(x.d));
  const quarterOf = (d: string) => `${d.slice(0, 4)} Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
  const dates = dated.map((x) => x.d).sort();
  if (dates.length) {
    // Every quarter between the first and last release, so gaps show as zero.
    let [y, q] = [Number(dates[0].slice(0, 4)), Math.floor((Number(dates[0].slice(5, 7)) - 1) / 3) + 1];
    const last = quarterOf(dates.at(-1)!);
    for (;;) {
      const label = `${y} Q${q}`;
      byQuarter.set(label, []);
      if (label === last) break;
      [y, q] = q === 4 ? [y + 1, 1] : [y, q + 1];
    }
  }
  for (const { m, d } of dated) byQuarter.get(quarterOf(d))!.push(m);
  const rows = [...byQuarter.entries()].map(([quarter, models]) => ({ quarter, models }));
  const spec: BarChartSpec = {
    title: 'Releases per quarter',
    horizontal: false,
    stacked: true,
    labels: rows.map((r) => r.quarter),
    datasets: ['API only', 'Open weights'].map((label) => ({ label, values: rows.map((r) => r.models.filter((m) => weightsLabel(m) === label).length) })),
    min: 0,
    max: Math.max(1, ...rows.map((r) => r.models.length)),
    unit: '',
  };
  return { rows, spec };
}
