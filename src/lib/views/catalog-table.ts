// The /models/ table: columns and filters come from the field registry; each row carries its
// known values for filtering and sorting in the browser (src/scripts/catalog-filter.ts), and its
// cells for reading without JavaScript.
import type { Benchmark, Catalog, Model } from '../catalog/catalog.ts';
import { factContext, factsOf, factsWhere, showModelFact } from '../facts/model-facts.ts';
import { FACTS, type FactId } from '../facts/registry.ts';
import { compactText } from '../facts/display.ts';
import { scoreFact, scoreFactId } from '../facts/score-facts.ts';
import type { FactDef, FilterKind } from '../facts/define.ts';
import type { FactValue } from '../facts/values.ts';
import { primaryValue } from '../facts/values.ts';
import type { RowValues } from '../filters/match.ts';

/** Score columns shown by default: the most widely reported current benchmarks. */
export const DEFAULT_SCORES = ['gpqa', 'mmlu-pro', 'swe-bench-verified', 'aime', 'humanitys-last-exam'] as const;

export interface CatalogColumn {
  id: string;
  label: string;
  short: string;
  numeric: boolean;
  firstSort: 'asc' | 'desc';
  optional: boolean;
  /** The bound typed in the table's own filter row: "at least" for facts where more is better, else "at most". */
  quick?: QuickFilter;
}

export interface QuickFilter {
  name: string;
  side: 'min' | 'max';
  label: string;
  scale: number;
  step: number | 'any';
}

export interface CatalogCell {
  text: string;
  known: boolean;
  verified?: boolean;
  note?: string;
}

export interface CatalogRow {
  id: string;
  name: string;
  cells: Record<string, CatalogCell>;
  /** Known values of every filterable fact and default score: what filters and sorting read. */
  values: RowValues;
  sort: Record<string, number | string>;
}

export interface FilterControl {
  id: string;
  label: string;
  kind: FilterKind;
  input: { type: 'date' } | { type: 'number'; unit: string; scale: number; step: number | 'any' };
  /** For multi filters: pass models with any, or all, of the chosen values. */
  match: 'any' | 'all';
  options?: { value: string; label: string }[];
}

type AnyDef = FactDef<unknown>;

const defOf = (id: string, catalog: Catalog): AnyDef | undefined =>
  id.startsWith('score.') ? (catalog.benchmark.get(id.slice(6)) ? (scoreFact(catalog.benchmark.get(id.slice(6))!) as AnyDef) : undefined) : (FACTS[id as FactId] as AnyDef | undefined);

function quickFilter(id: string, def: AnyDef): QuickFilter | undefined {
  const input = def.filterInput ?? { type: 'number' as const, unit: def.unit ?? '', scale: 1, step: 'any' as const };
  if (!def.numeric || input.type !== 'number' || !def.filter || !['min', 'max', 'range'].includes(def.filter)) return undefined;
  const side = def.filter === 'min' ? (def.better === 'lower' ? 'max' : 'min') : 'max';
  const unit = input.unit && !def.label.includes(input.unit) ? ` (${input.unit})` : '';
  return { name: `${side}.${id}`, side, label: `${def.label}${unit}, ${side === 'min' ? 'at least' : 'at most'}`, scale: input.scale, step: input.step };
}

function column(id: string, def: AnyDef, optional: boolean): CatalogColumn {
  return { id, label: def.label, short: def.short, numeric: Boolean(def.numeric), firstSort: def.firstSort ?? 'asc', optional, quick: quickFilter(id, def) };
}

/** Columns: the name, the registry's default columns and the default scores; then the optional ones. */
export function catalogColumns(catalog: Catalog): { shown: CatalogColumn[]; optional: CatalogColumn[] } {
  const scores = (ids: readonly string[]) => ids.flatMap((b) => (catalog.benchmark.get(b) ? [scoreFact(catalog.benchmark.get(b)!) as AnyDef] : []));
  const shown = [...factsWhere((d) => d.column === 'default').map((id) => column(id, FACTS[id] as AnyDef, false)), ...scores(DEFAULT_SCORES).map((d) => column(d.id, d, false))];
  const optional = [
    ...factsWhere((d) => d.column === 'optional').map((id) => column(id, FACTS[id] as AnyDef, true)),
    ...scores(catalog.benchmarks.map((b) => b.id).filter((b) => !(DEFAULT_SCORES as readonly string[]).includes(b))).map((d) => column(d.id, d, true)),
  ];
  return { shown, optional };
}

/** A value as filters read it: a number for bounds, keys for choices, a boolean for yes/no. */
function filterValue(def: AnyDef, value: FactValue<unknown>): number | string[] | boolean | undefined {
  const v = primaryValue(value);
  if (v === undefined) return undefined;
  if (def.filter === 'flag') return typeof v === 'boolean' ? v : undefined;
  if (def.keys) return def.keys(v);
  return def.numeric ? def.numeric(v) : undefined;
}

/** Cells, values and sort keys of one model for the given columns (any registry or score fact). */
export function catalogRow(model: Model, catalog: Catalog, today: string, columns: CatalogColumn[]): CatalogRow {
  const facts = factsOf(model, catalog, today);
  const ctx = factContext(catalog, today);
  const read = (id: string): [AnyDef, FactValue<unknown>] | undefined => {
    const def = defOf(id, catalog);
    if (!def) return undefined;
    return [def, id.startsWith('score.') ? def.read(model, ctx) : (facts[id as FactId] as FactValue<unknown>)];
  };
  const cells: CatalogRow['cells'] = {};
  const sort: CatalogRow['sort'] = {};
  for (const c of columns) {
    const r = read(c.id);
    if (!r) continue;
    const shown = c.id.startsWith('score.') ? undefined : showModelFact(c.id as FactId, facts, { style: 'compact' });
    const v = primaryValue(r[1]);
    const text = shown ? compactText(shown) : v !== undefined ? r[0].format.compact(v) : 'unknown';
    cells[c.id] = { text, known: r[1].state === 'known', verified: r[1].state === 'known' ? r[1].observations.some((o) => o.verified) : undefined, note: r[1].state === 'known' ? r[1].observations[0].note : undefined };
    if (v !== undefined) sort[c.id] = r[0].numeric ? r[0].numeric(v) : r[0].format.compact(v);
  }
  const values: RowValues = {};
  for (const id of [...factsWhere((d) => d.filter), ...DEFAULT_SCORES.map(scoreFactId)]) {
    const r = read(id);
    const v = r && filterValue(r[0], r[1]);
    if (v !== undefined) values[id] = v;
  }
  return { id: model.id, name: model.data.name, cells, values, sort };
}

/** One control per filterable registry fact (the catalog's filters, and the chooser's constraints). */
export function filterControls(catalog: Catalog, today: string): FilterControl[] {
  const ctx = factContext(catalog, today);
  return factsWhere((d) => d.filter).map((id) => {
    const def = FACTS[id] as AnyDef;
    return { id, label: def.label, kind: def.filter!, input: def.filterInput ?? { type: 'number' as const, unit: def.unit ?? '', scale: 1, step: 'any' as const }, options: def.options?.(ctx), match: def.multiMatch ?? 'any' };
  });
}

const tables = new WeakMap<Catalog, Map<string, ReturnType<typeof buildCatalogTable>>>();

/** The catalog table, built once per catalog and day: /models/ and each of its later pages read the same one. */
export function catalogTable(catalog: Catalog, today: string) {
  const byDay = tables.get(catalog) ?? new Map<string, ReturnType<typeof buildCatalogTable>>();
  tables.set(catalog, byDay);
  if (!byDay.has(today)) byDay.set(today, buildCatalogTable(catalog, today));
  return byDay.get(today)!;
}

function buildCatalogTable(catalog: Catalog, today: string) {
  const { shown, optional } = catalogColumns(catalog);
  const filters = filterControls(catalog, today);
  const scoreFilters: FilterControl[] = DEFAULT_SCORES.flatMap((b) => {
    const bench = catalog.benchmark.get(b);
    return bench ? [{ id: scoreFactId(b), label: bench.data.name, kind: 'min' as const, input: { type: 'number' as const, unit: bench.data.unit, scale: 1, step: 'any' as const }, match: 'any' as const }] : [];
  });
  const benchmarks: Benchmark[] = catalog.benchmarks.filter((b) => catalog.models.some((m) => m.data.benchmarks.some((r) => r.benchmark === b.id)));
  return { columns: shown, optional, filters, scoreFilters, benchmarks, rows: catalog.models.map((m) => catalogRow(m, catalog, today, shown)) };
}

export type CatalogTableData = ReturnType<typeof buildCatalogTable>;
