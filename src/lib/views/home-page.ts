// The home page's picks: newest releases with their price and context, the top models on one
// headline benchmark beside their input price, and short leaderboards for a few more benchmarks.
// Every score and price carries its source.
import type { Benchmark, BenchmarkResult, Catalog, Model } from '../catalog/catalog.ts';
import { leaderboard } from '../benchmarks/leaderboard.ts';
import { resultOrigin, type Origin } from '../benchmarks/result-origin.ts';
import { sourceLinkOf } from '../facts/api-facts.ts';
import type { ShownFact } from '../facts/display.ts';
import { factContext, factsOf, showModelFact } from '../facts/model-facts.ts';
import { formatScore } from '../format/format.ts';
import { modelFactCards, type Card } from './cards.ts';

/** The benchmark most models in the catalog report: scores set against price on the home page. */
export const HEADLINE_BENCHMARK = 'gpqa';
export const HOME_BENCHMARKS = ['swe-bench-verified', 'humanitys-last-exam', 'mmlu'];

export interface HomeScore {
  text: string;
  /** Who reported it, in two words: the source link beside it names the publisher. */
  origin: string;
  setting?: string;
  source: string;
  link?: { publisher: string; url: string };
  verified: boolean;
}

export interface HomeRow {
  rank: number;
  model: Model;
  score: HomeScore;
}

export interface HomeBoard {
  benchmark: Benchmark;
  version: string;
  rows: HomeRow[];
}

export interface PriceScoreRow extends HomeRow {
  inputPrice: ShownFact;
}

export interface HomeOptions {
  newest?: number;
  top?: number;
  headline?: string;
  headlineTop?: number;
  boards?: string[];
}

const ORIGIN_SHORT = { 'self-reported': 'self-reported', independent: 'independent', 'not-stated': 'origin not stated' } satisfies Record<Origin, string>;

function scoreOf(result: BenchmarkResult, benchmark: Benchmark, catalog: Catalog, today: string): HomeScore {
  return {
    text: formatScore(result.score, benchmark.data.unit),
    origin: ORIGIN_SHORT[resultOrigin(result)],
    setting: result.setting,
    source: result.source,
    link: sourceLinkOf(catalog)(result.source),
    verified: factContext(catalog, today).verified(result.source),
  };
}

/** The largest version group of a benchmark's leaderboard, cut to its first rows. */
function board(id: string, catalog: Catalog, today: string, top: number): HomeBoard | undefined {
  const benchmark = catalog.benchmark.get(id);
  const [group] = benchmark ? leaderboard(benchmark, catalog) : [];
  if (!benchmark || !group) return undefined;
  const rows = group.rows.slice(0, top).map((r) => ({ rank: r.rank, model: r.model, score: scoreOf(r.result, benchmark, catalog, today) }));
  return { benchmark, version: group.version, rows };
}

export function homePageData(catalog: Catalog, today: string, options: HomeOptions = {}) {
  const { newest = 6, top = 5, headline = HEADLINE_BENCHMARK, headlineTop = 8, boards = HOME_BENCHMARKS } = options;
  const models = catalog.models.slice(0, newest);
  const head = board(headline, catalog, today, headlineTop);
  const link = sourceLinkOf(catalog);
  const priceScore = head && {
    ...head,
    rows: head.rows.map((r): PriceScoreRow => ({ ...r, inputPrice: showModelFact('inputPrice', factsOf(r.model, catalog, today), { style: 'compact', link }) })),
  };
  return {
    newest: models,
    newestCards: modelFactCards(models, catalog, today) satisfies Card[],
    priceScore,
    boards: boards.flatMap((id) => board(id, catalog, today, top) ?? []),
    counts: { models: catalog.models.length, providers: new Set(catalog.models.map((m) => m.data.provider)).size, sources: catalog.source.size },
  };
}
