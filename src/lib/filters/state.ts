// What the catalog filters ask for, kept in the page address so a view can be shared: bounds on
// numbers (?min.contextWindow=128000, ?max.inputPrice=1), chosen values (?maker=openai),
// yes/no facts (?feature.function-calling=yes), whether models with an unknown value stay in
// view (?unknown=include), the sort and the optional columns. Shared by the page and its script.
import { choiceParam, numberParam } from './url-values.ts';

export interface FilterState {
  bounds: Record<string, { min?: number; max?: number }>;
  choices: Record<string, string[]>;
  flags: Record<string, boolean>;
  includeUnknown: boolean;
  sort?: string;
  dir?: 'asc' | 'desc';
  cols: string[];
}

/** Older addresses still work: the names the first catalog used. */
const LEGACY: Record<string, (value: string, s: FilterState) => void> = {
  minContext: (v, s) => bound(s, 'contextWindow', 'min', v),
  maxPrice: (v, s) => bound(s, 'inputPrice', 'max', v),
  provider: (v, s) => choose(s, 'maker', v),
  modality: (v, s) => choose(s, 'inputModalities', v),
  open: (v, s) => flag(s, 'openWeights', v),
  feature: (v, s) => flag(s, `feature.${v}`, 'yes'),
};

function bound(s: FilterState, id: string, side: 'min' | 'max', raw: string) {
  const n = numberParam(raw);
  if (n !== undefined) s.bounds[id] = { ...s.bounds[id], [side]: n };
}
function choose(s: FilterState, id: string, value: string) {
  if (value) s.choices[id] = [...(s.choices[id] ?? []), value];
}
function flag(s: FilterState, id: string, value: string) {
  if (value === 'yes' || value === 'no') s.flags[id] = value === 'yes';
}

const ID = /^[a-zA-Z][\w.-]*$/;

/** Reads a state from URL parameters; anything malformed is ignored, never applied. */
export function readState(params: URLSearchParams, known: { choice: (id: string) => boolean; flag: (id: string) => boolean }): FilterState {
  const s: FilterState = { bounds: {}, choices: {}, flags: {}, includeUnknown: params.get('unknown') === 'include', cols: [] };
  for (const [key, value] of params) {
    const m = /^(min|max)\.(.+)$/.exec(key);
    if (m && ID.test(m[2])) bound(s, m[2], m[1] as 'min' | 'max', value);
    else if (LEGACY[key]) LEGACY[key](value, s);
    else if (known.flag(key)) flag(s, key, value);
    else if (known.choice(key)) choose(s, key, value);
  }
  const sort = params.get('sort');
  if (sort && ID.test(sort)) s.sort = sort;
  if (params.has('dir')) s.dir = choiceParam(params.get('dir'), ['asc', 'desc'] as const, 'desc');
  s.cols = (params.get('cols') ?? '').split(',').filter((c) => ID.test(c));
  return s;
}

export function writeState(s: FilterState): URLSearchParams {
  const p = new URLSearchParams();
  for (const [id, b] of Object.entries(s.bounds)) {
    if (b.min !== undefined) p.set(`min.${id}`, String(b.min));
    if (b.max !== undefined) p.set(`max.${id}`, String(b.max));
  }
  for (const [id, values] of Object.entries(s.choices)) for (const v of values) p.append(id, v);
  for (const [id, yes] of Object.entries(s.flags)) p.set(id, yes ? 'yes' : 'no');
  if (s.includeUnknown) p.set('unknown', 'include');
  if (s.sort) p.set('sort', s.sort);
  if (s.sort && s.dir) p.set('dir', s.dir);
  if (s.cols.length) p.set('cols', s.cols.join(','));
  return p;
}

/** How many constraints are active, for the "Filters (n)" button. */
export function activeCount(s: FilterState): number {
  return (
    Object.values(s.bounds).reduce((n, b) => n + (b.min !== undefined ? 1 : 0) + (b.max !== undefined ? 1 : 0), 0) +
    Object.values(s.choices).filter((v) => v.length).length +
    Object.keys(s.flags).length
  );
}
