// Side-by-side comparison of two models, the written verdict, and the bounded set of pairs that
// get a pre-rendered page (each model with its competitors, predecessor, successor and most
// similar models, at most PAIRS_PER_MODEL each, so the page count grows linearly).
import type { Catalog, Model } from '../catalog/catalog.ts';
import { currentStatus, firstValue, headlinePrice, observationsOf, predecessorOf, releaseDate, successorsOf } from '../catalog/catalog.ts';
import { blendedPrice } from '../pricing/cost.ts';
import { comparableKey, resultLabel } from '../benchmarks/results.ts';
import { similarModels } from './similarity.ts';
import type { BenchmarkResult } from '../../schemas/index.ts';

export const PAIRS_PER_MODEL = 6;

export function modelSlug(id: string): string {
  return id.replace('/', '-');
}

export function pairSlug(a: Model, b: Model): string {
  return `${modelSlug(a.id)}-vs-${modelSlug(b.id)}`;
}

/** Orders a pair canonically (by id) so a-vs-b and b-vs-a are one page. */
export function orderPair(a: Model, b: Model): [Model, Model] {
  return a.id < b.id ? [a, b] : [b, a];
}

/** The pairs that get their own page. */
export function comparePairs(catalog: Catalog, today: string, perModel = PAIRS_PER_MODEL): [Model, Model][] {
  const pairs = new Map<string, [Model, Model]>();
  for (const model of catalog.models) {
    const candidates: Model[] = [];
    const add = (m: Model | undefined) => {
      if (m && m.id !== model.id && !candidates.includes(m)) candidates.push(m);
    };
    model.data.competitors.forEach((id) => add(catalog.model.get(id)));
    add(predecessorOf(model, catalog));
    successorsOf(model, catalog).forEach(add);
    similarModels(model, catalog, today, perModel).forEach(add);
    for (const other of candidates.slice(0, perModel)) {
      const [a, b] = orderPair(model, other);
      pairs.set(`${a.id}|${b.id}`, [a, b]);
    }
  }
  return [...pairs.values()].sort((x, y) => pairSlug(...x).localeCompare(pairSlug(...y)));
}

export interface SharedResult {
  key: string;
  label: string;
  benchmarkId: string;
  a: BenchmarkResult;
  b: BenchmarkResult;
  /** a minus b, in the benchmark's direction: positive means a is better. */
  advantage: number;
}

/** Benchmarks both models have at the same version and setting (best result of each). */
export function sharedResults(a: Model, b: Model, catalog: Catalog): SharedResult[] {
  const best = (m: Model) => {
    const map = new Map<string, BenchmarkResult>();
    for (const r of m.data.benchmarks) {
      const k = comparableKey(r);
      const current = map.get(k);
      if (!current || r.score > current.score) map.set(k, r);
    }
    return map;
  };
  const ba = best(a);
  const bb = best(b);
  const shared: SharedResult[] = [];
  for (const [key, ra] of ba) {
    const rb = bb.get(key);
    const benchmark = catalog.benchmark.get(ra.benchmark);
    if (!rb || !benchmark) continue;
    const sign = benchmark.data.higherIsBetter ? 1 : -1;
    shared.push({ key, label: resultLabel({ benchmark, result: ra }), benchmarkId: benchmark.id, a: ra, b: rb, advantage: sign * (ra.score - rb.score) });
  }
  return shared.sort((x, y) => x.label.localeCompare(y.label));
}

function ratio(x: number, y: number): string {
  const r = x / y;
  return `${Number(r.toFixed(r >= 10 ? 0 : 1))}×`;
}

/** A one-sentence verdict built only from recorded figures. */
export function verdict(a: Model, b: Model, catalog: Catalog, today: string): string {
  const parts: string[] = [];
  const pa = headlinePrice(a, today);
  const pb = headlinePrice(b, today);
  if (pa && pb) {
    if (pa.input < pb.input) parts.push(`${a.data.name} is cheaper on input by ${ratio(pb.input, pa.input)}`);
    else if (pb.input < pa.input) parts.push(`${b.data.name} is cheaper on input by ${ratio(pa.input, pb.input)}`);
    else parts.push('input prices are equal');
  } else {
    parts.push('prices cannot be compared (one is not recorded)');
  }
  const ca = firstValue(a.data.specs.contextWindow);
  const cb = firstValue(b.data.specs.contextWindow);
  if (ca && cb && ca !== cb) parts.push(`${ca > cb ? a.data.name : b.data.name} has the larger context window`);
  const shared = sharedResults(a, b, catalog);
  if (shared.length > 0) {
    const wins = shared.filter((s) => s.advantage > 0).length;
    const losses = shared.filter((s) => s.advantage < 0).length;
    if (wins >= losses) parts.push(`${a.data.name} scores higher on ${wins} of ${shared.length} shared benchmark${shared.length === 1 ? '' : 's'}`);
    else parts.push(`${b.data.name} scores higher on ${losses} of ${shared.length} shared benchmark${shared.length === 1 ? '' : 's'}`);
  } else {
    parts.push('they share no benchmark at the same setting');
  }
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Every observation of a figure, so a comparison never silently picks one source's value. */
export interface Observed<T> {
  value: T;
  source: string;
}

export interface CompareFacts {
  /** Observations per figure, in the file's order (the first one is used for "best" marks). */
  observed: {
    released: Observed<string>[];
    context: Observed<number>[];
    maxOutput: Observed<number>[];
    parameters: Observed<number>[];
    knowledgeCutoff: Observed<string>[];
    license: Observed<string>[];
    price: Observed<{ input: number; output: number }>[];
    modalities: Observed<string>[];
  };
  released?: string;
  status: string;
  context?: number;
  maxOutput?: number;
  parameters?: number;
  knowledgeCutoff?: string;
  license?: string;
  openWeights?: boolean;
  input?: number;
  output?: number;
  blended?: number;
  pricePlatform?: string;
  inputModalities: string[];
  outputModalities: string[];
  features: string[];
}

export function compareFacts(m: Model, today: string): CompareFacts {
  const price = headlinePrice(m, today);
  const obs = <T,>(figure: { value: T; source: string } | { value: T; source: string }[] | undefined) => observationsOf(figure).map((o) => ({ value: o.value, source: o.source }));
  const releasedFact = m.data.dates.released ?? m.data.dates.announced;
  return {
    observed: {
      released: releasedFact ? [{ value: releasedFact.date, source: releasedFact.source }] : [],
      context: obs(m.data.specs.contextWindow),
      maxOutput: obs(m.data.specs.maxOutput),
      parameters: obs(m.data.specs.parametersTotal),
      knowledgeCutoff: obs(m.data.specs.knowledgeCutoff),
      license: m.data.license ? [{ value: m.data.license.name, source: m.data.license.source }] : [],
      price: price ? [{ value: { input: price.input, output: price.output }, source: price.source }] : [],
      modalities: m.data.modalities ? [{ value: 'modalities', source: m.data.modalities.source }] : [],
    },
    released: releaseDate(m),
    status: currentStatus(m, today),
    context: firstValue(m.data.specs.contextWindow),
    maxOutput: firstValue(m.data.specs.maxOutput),
    parameters: firstValue(m.data.specs.parametersTotal),
    knowledgeCutoff: firstValue(m.data.specs.knowledgeCutoff),
    license: m.data.license?.name,
    openWeights: m.data.license?.openWeights,
    input: price?.input,
    output: price?.output,
    blended: price ? blendedPrice(price) : undefined,
    pricePlatform: price?.platform,
    inputModalities: m.data.modalities?.input ?? [],
    outputModalities: m.data.modalities?.output ?? [],
    features: Object.entries(m.data.features)
      .filter(([, f]) => f?.supported)
      .map(([k]) => k),
  };
}

/** Every ready-made pair, grouped by the maker of either model (makers without pairs left out). */
export function pairsByProvider(catalog: Catalog, today: string) {
  const pairs = comparePairs(catalog, today);
  const groups = catalog.providers
    .map((p) => ({ provider: p, pairs: pairs.filter(([a, b]) => a.data.provider === p.id || b.data.provider === p.id) }))
    .filter((g) => g.pairs.length > 0);
  return { count: pairs.length, groups };
}
