// The box at the top of a model page: what a reader decides with, each figure with its source —
// current price (the maker's and the cheapest platform's), context, max output, status and
// shutdown, best measured speed, and the two or three scores most models are compared on.
import type { BenchmarkResult, Catalog, Model } from '../catalog/catalog.ts';
import { currentPrices, predecessorOf, successorsOf } from '../catalog/catalog.ts';
import { formatDate, formatScore, formatUsd } from '../format/format.ts';
import { STATUS_LABEL } from '../format/labels.ts';
import { factsOf, showModelFact } from '../facts/model-facts.ts';
import type { ShownFact } from '../facts/display.ts';
import { resultLabel } from '../benchmarks/results.ts';
import { originShort } from '../benchmarks/result-origin.ts';

export interface SummaryPrice {
  platform: string;
  text: string;
  source: string;
}

export interface SummaryScore {
  label: string;
  text: string;
  origin: string;
  source: string;
}

export interface ModelSummary {
  prices: SummaryPrice[];
  context: ShownFact;
  maxOutput: ShownFact;
  speed: ShownFact;
  status: { text: string; source?: string };
  shutdown?: { date: string; text: string; appliesTo: string; note?: string; source: string; future: boolean };
  successors: Model[];
  predecessor?: Model;
  baseModel?: Model;
  scores: SummaryScore[];
}

/** How many models report each benchmark: the scores a reader can compare across the catalog. */
function popularity(catalog: Catalog): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of catalog.models) for (const b of new Set(m.data.benchmarks.map((r) => r.benchmark))) counts.set(b, (counts.get(b) ?? 0) + 1);
  return counts;
}

const rank = (r: BenchmarkResult) => (r.selfReported === false ? 0 : r.selfReported === true ? 1 : 2);

export function modelSummary(model: Model, catalog: Catalog, today: string): ModelSummary {
  const facts = factsOf(model, catalog, today);
  const platformName = (id: string) => catalog.provider.get(id)?.data.name ?? id;
  const prices = currentPrices(model, today);
  const own = prices.find((p) => p.platform === model.data.provider);
  const cheapest = [...prices].sort((a, b) => a.input - b.input)[0];
  const shown = [own, cheapest].filter((p, i, all): p is NonNullable<typeof p> => Boolean(p) && all.indexOf(p) === i);
  const counts = popularity(catalog);
  const best = new Map<string, BenchmarkResult>();
  for (const r of model.data.benchmarks) {
    const current = best.get(r.benchmark);
    if (!current || rank(r) < rank(current) || (rank(r) === rank(current) && r.score > current.score)) best.set(r.benchmark, r);
  }
  const scores = [...best.values()]
    .sort((a, b) => (counts.get(b.benchmark) ?? 0) - (counts.get(a.benchmark) ?? 0))
    .slice(0, 3)
    .map((r) => {
      const benchmark = catalog.benchmark.get(r.benchmark)!;
      return { label: resultLabel({ benchmark, result: r }), text: formatScore(r.score, benchmark.data.unit), origin: originShort(r, catalog.source.get(r.source)?.data.publisher ?? r.source), source: r.source };
    });
  const retired = model.data.dates.retired;
  const statusFact = facts.status;
  return {
    prices: shown.map((p) => ({ platform: platformName(p.platform), text: `${formatUsd(p.input)} in / ${formatUsd(p.output)} out`, source: p.source })),
    context: showModelFact('contextWindow', facts),
    maxOutput: showModelFact('maxOutput', facts),
    speed: showModelFact('outputSpeed', facts),
    status: { text: statusFact.state === 'known' ? STATUS_LABEL[statusFact.observations[0].value] : 'unknown', source: statusFact.state === 'known' ? statusFact.observations[0].source : undefined },
    shutdown: retired
      ? { date: retired.date, text: formatDate(retired.date), appliesTo: retired.appliesTo ?? 'the model (no narrower scope recorded)', note: retired.note, source: retired.source, future: retired.date > today }
      : undefined,
    successors: successorsOf(model, catalog),
    predecessor: predecessorOf(model, catalog),
    baseModel: model.data.baseModel ? catalog.model.get(model.data.baseModel) : undefined,
    scores,
  };
}
