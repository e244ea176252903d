// The ranked shortlist: models passing the constraints (prices and benchmark minimums read on the
// chosen date and at the benchmark's common setting), each with its index, coverage, the price
// list in effect on the date and the month's cost. Shared by the page script and its tests.
import { headlineOf } from '../catalog/catalog.ts';
import { blendedPrice, monthlyCost, type MonthlyCost } from '../pricing/cost.ts';
import type { RowValues } from '../filters/match.ts';
import { checkConstraints } from './constraints.ts';
import { commonSeries, modelIndex, type IndexResult, type Series } from './rank.ts';
import type { ChooseState } from './state.ts';
import type { ChooseDocument, ChooseModel, ChoosePrice } from './types.ts';

export interface ShortlistRow {
  model: ChooseModel;
  /** Constraints kept only because the model's value is unknown. */
  unknown: string[];
  index: IndexResult;
  price?: ChoosePrice;
  cost?: MonthlyCost;
}

export interface Shortlist {
  /** The weighted benchmarks, each at its common version and setting (undefined: no results). */
  series: { id: string; weight: number; series?: Series }[];
  rows: ShortlistRow[];
  date: string;
}

/** A model's constraint values on a date: its stored facts, the price list then in effect, its scores at each series' setting. */
export function valuesOn(model: ChooseModel, price: ChoosePrice | undefined, series: readonly Series[]): RowValues {
  const values: RowValues = { ...model.values };
  if (price) Object.assign(values, { inputPrice: price.input, outputPrice: price.output, blendedPrice: blendedPrice(price) });
  for (const s of series) {
    const r = s.results.get(model.id);
    if (r) values[`score.${s.benchmark.id}`] = r.score;
  }
  return values;
}

export function shortlist(doc: ChooseDocument, state: ChooseState, today: string): Shortlist {
  const date = state.date ?? today;
  const scoreIds = new Set([...Object.keys(state.weights), ...Object.keys(state.constraints.bounds).filter((id) => id.startsWith('score.')).map((id) => id.slice(6))]);
  const all = [...scoreIds].flatMap((id) => {
    const b = doc.benchmarks.find((x) => x.id === id);
    return b ? [{ id, series: commonSeries(b, doc.models) }] : [];
  });
  const known = all.flatMap((s) => (s.series ? [s.series] : []));
  const weighted = all.filter((s) => (state.weights[s.id] ?? 0) > 0).map((s) => ({ ...s, weight: state.weights[s.id] }));
  const multi = (id: string) => doc.multiMatch[id] ?? 'any';
  const exclude = new Set(state.excludeUnknown);
  const rows: ShortlistRow[] = [];
  for (const model of doc.models) {
    const price = headlineOf(model.pricing, model.maker, date);
    const check = checkConstraints(valuesOn(model, price, known), state.constraints, multi, exclude);
    if (!check.pass) continue;
    rows.push({ model, unknown: check.unknown, index: modelIndex(model.id, weighted), price, cost: price && monthlyCost(price, state.load) });
  }
  rows.sort(state.rank === 'cost' ? byCost : byIndex);
  return { series: weighted, rows, date };
}

const costOf = (r: ShortlistRow) => r.cost?.usd ?? Infinity;
const indexOf = (r: ShortlistRow) => r.index.index ?? -Infinity;

/** Highest index first; models with too few results after, cheaper first among equals. */
function byIndex(a: ShortlistRow, b: ShortlistRow): number {
  return indexOf(b) - indexOf(a) || b.index.have - a.index.have || costOf(a) - costOf(b) || a.model.name.localeCompare(b.model.name);
}

/** Cheapest first; models without a price (or without the asked-for batch price) last. */
function byCost(a: ShortlistRow, b: ShortlistRow): number {
  const ca = costOf(a);
  const cb = costOf(b);
  if (ca !== cb) return ca === Infinity ? 1 : cb === Infinity ? -1 : ca - cb;
  return indexOf(b) - indexOf(a) || a.model.name.localeCompare(b.model.name);
}
