// Ranks how similar two models are, for "similar models" and for choosing compare pairs.
// Weights favour what a buyer swaps between: same price band and size class first, then
// modalities, benchmark profile and release date; same provider/family only nudges.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { firstValue, headlinePrice, releaseDate } from '../catalog/catalog.ts';
import { blendedPrice } from '../pricing/cost.ts';
import { comparableKey } from '../benchmarks/results.ts';

export interface SimilarityParts {
  provider: number;
  family: number;
  modalities: number;
  size: number;
  price: number;
  release: number;
  benchmarks: number;
}

export const WEIGHTS: SimilarityParts = { provider: 0.5, family: 1, modalities: 1.5, size: 1, price: 2, release: 1.5, benchmarks: 2 };

function jaccard(a: string[], b: string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return a.filter((x) => b.includes(x)).length / union.size;
}

/** 1 when equal, falling towards 0 as the ratio grows (one order of magnitude apart → 0). */
function logCloseness(a: number | undefined, b: number | undefined): number | undefined {
  if (!a || !b) return undefined;
  return Math.max(0, 1 - Math.abs(Math.log10(a / b)));
}

/** What similarity needs of a model, computed once per model and day. */
interface Profile {
  provider: string;
  family?: string;
  input?: string[];
  output?: string[];
  parameters?: number;
  blended?: number;
  releaseDay?: number;
  scores: Map<string, number>;
}

const profiles = new WeakMap<Model, Map<string, Profile>>();

function profileOf(m: Model, today: string): Profile {
  let byDay = profiles.get(m);
  if (!byDay) profiles.set(m, (byDay = new Map()));
  let p = byDay.get(today);
  if (!p) {
    const price = headlinePrice(m, today);
    const released = releaseDate(m);
    p = {
      provider: m.data.provider,
      family: m.data.family,
      input: m.data.modalities?.input,
      output: m.data.modalities?.output,
      parameters: firstValue(m.data.specs.parametersTotal),
      blended: price ? blendedPrice(price) : undefined,
      releaseDay: released ? Date.parse(released) / 86_400_000 : undefined,
      scores: new Map(m.data.benchmarks.map((r) => [comparableKey(r), r.score])),
    };
    byDay.set(today, p);
  }
  return p;
}

export function similarityParts(a: Model, b: Model, today: string): Partial<SimilarityParts> {
  const pa = profileOf(a, today);
  const pb = profileOf(b, today);
  const parts: Partial<SimilarityParts> = {
    provider: pa.provider === pb.provider ? 1 : 0,
    family: pa.family && pa.family === pb.family ? 1 : 0,
  };
  if (pa.input && pb.input && pa.output && pb.output) parts.modalities = (jaccard(pa.input, pb.input) + jaccard(pa.output, pb.output)) / 2;
  const size = logCloseness(pa.parameters, pb.parameters);
  if (size !== undefined) parts.size = size;
  const price = logCloseness(pa.blended, pb.blended);
  if (price !== undefined) parts.price = price;
  if (pa.releaseDay !== undefined && pb.releaseDay !== undefined) parts.release = Math.max(0, 1 - Math.abs(pa.releaseDay - pb.releaseDay) / 730);
  // Benchmark profile: mean closeness on comparable results both have (same benchmark, version, setting).
  let sum = 0;
  let count = 0;
  for (const [key, score] of pa.scores) {
    const other = pb.scores.get(key);
    if (other === undefined) continue;
    sum += Math.abs(score - other);
    count++;
  }
  if (count > 0) parts.benchmarks = Math.max(0, 1 - sum / count / 25);
  return parts;
}

/** Weighted mean over the parts both models have data for, 0–1. */
export function similarity(a: Model, b: Model, today: string): number {
  const parts = similarityParts(a, b, today);
  let total = 0;
  let weight = 0;
  for (const [key, value] of Object.entries(parts) as [keyof SimilarityParts, number][]) {
    total += WEIGHTS[key] * value;
    weight += WEIGHTS[key];
  }
  return weight === 0 ? 0 : total / weight;
}

const RANKED = 12;
// Ranking one model against all others is O(n); pages and pair selection ask for the same
// rankings many times, so they are kept per catalog (and per day) to keep builds linear-ish.
const cache = new WeakMap<Catalog, Map<string, Model[]>>();

export function similarModels(model: Model, catalog: Catalog, today: string, limit = 4): Model[] {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
  const key = `${today}|${model.id}`;
  let ranked = perCatalog.get(key);
  if (!ranked || ranked.length < Math.min(limit, catalog.models.length - 1)) {
    ranked = catalog.models
      .filter((m) => m.id !== model.id)
      .map((m) => ({ m, score: similarity(model, m, today) }))
      .sort((x, y) => y.score - x.score || x.m.id.localeCompare(y.m.id))
      .slice(0, Math.max(limit, RANKED))
      .map((x) => x.m);
    perCatalog.set(key, ranked);
  }
  return ranked.slice(0, limit);
}
