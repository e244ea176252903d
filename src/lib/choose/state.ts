// The chooser's whole state in the page address, so a reload or a shared link restores it: the
// constraints as the catalog writes them (min.contextWindow=…, maker=…, feature.x=yes), plus
// weights (w.gpqa=2), constraints whose unknowns are left out (unknown.contextWindow=exclude),
// the workload (requests, in, out, cached as a percentage, batch=yes), the price date and the order.
import { readState, writeState, type FilterState } from '../filters/state.ts';
import { choiceParam, numberParam } from '../filters/url-values.ts';
import type { MonthlyLoad } from '../pricing/cost.ts';

export interface ChooseState {
  constraints: FilterState;
  /** Constraint groups (see constraintGroup) whose unknown values are left out. */
  excludeUnknown: string[];
  weights: Record<string, number>;
  load: MonthlyLoad;
  /** Price list date (ISO); undefined means the day the page is used. */
  date?: string;
  rank: 'index' | 'cost';
}

export const DEFAULT_LOAD: MonthlyLoad = { requests: 10_000, inputTokens: 1_500, outputTokens: 500, cachedShare: 0, batch: false };

/** A page opened with no address state: only models still available (preview or generally available). */
export function defaultState(): ChooseState {
  return { constraints: { bounds: {}, choices: { status: ['preview', 'ga'] }, flags: {}, includeUnknown: true, cols: [] }, excludeUnknown: [], weights: {}, load: { ...DEFAULT_LOAD }, rank: 'index' };
}

const ID = /^[a-zA-Z][\w.-]*$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function readChooseState(params: URLSearchParams, known: { choice: (id: string) => boolean; flag: (id: string) => boolean }): ChooseState {
  if ([...params.keys()].length === 0) return defaultState();
  const weights: Record<string, number> = {};
  const excludeUnknown: string[] = [];
  for (const [key, value] of params) {
    const w = /^w\.(.+)$/.exec(key);
    const n = numberParam(value);
    if (w && ID.test(w[1]) && n !== undefined && n > 0) weights[w[1]] = n;
    const u = /^unknown\.(.+)$/.exec(key);
    if (u && ID.test(u[1]) && value === 'exclude') excludeUnknown.push(u[1]);
  }
  const num = (k: string, fallback: number) => numberParam(params.get(k)) ?? fallback;
  const date = params.get('date') ?? '';
  return {
    constraints: { ...readState(params, known), includeUnknown: true, sort: undefined, dir: undefined, cols: [] },
    excludeUnknown,
    weights,
    load: {
      requests: num('requests', DEFAULT_LOAD.requests),
      inputTokens: num('in', DEFAULT_LOAD.inputTokens),
      outputTokens: num('out', DEFAULT_LOAD.outputTokens),
      cachedShare: Math.min(100, num('cached', 0)) / 100,
      batch: params.get('batch') === 'yes',
    },
    date: ISO.test(date) ? date : undefined,
    rank: choiceParam(params.get('rank'), ['index', 'cost'] as const, 'index'),
  };
}

export function writeChooseState(s: ChooseState): URLSearchParams {
  const p = writeState({ ...s.constraints, includeUnknown: false, sort: undefined, dir: undefined, cols: [] });
  for (const id of s.excludeUnknown) p.set(`unknown.${id}`, 'exclude');
  for (const [id, w] of Object.entries(s.weights)) if (w > 0) p.set(`w.${id}`, String(w));
  p.set('requests', String(s.load.requests));
  p.set('in', String(s.load.inputTokens));
  p.set('out', String(s.load.outputTokens));
  p.set('cached', String(Math.round(s.load.cachedShare * 1000) / 10));
  if (s.load.batch) p.set('batch', 'yes');
  if (s.date) p.set('date', s.date);
  p.set('rank', s.rank);
  return p;
}
