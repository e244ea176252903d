// What a fact is: its id, labels, kind of value and how it is formatted, compared, filtered,
// sorted, shown and diffed. Every fact of a model is defined once, in registry.ts.
import type { Catalog, Model } from '../catalog/catalog.ts';
import type { FactValue } from './values.ts';

export interface FactContext {
  catalog: Catalog;
  today: string;
  /** Whether a source is primary (see verification.ts). */
  verified: (sourceId: string) => boolean;
}

/** How a filter on the fact works: a lower or upper bound, both, one value, several values, yes/no. */
export type FilterKind = 'min' | 'max' | 'range' | 'choice' | 'multi' | 'flag';

export interface FactDef<T> {
  id: string;
  /** Full label: spec tables, filters, the API. */
  label: string;
  /** Short label: column headers and compact cells. */
  short: string;
  /** The unit a number is in, for filter inputs and axis titles ("tokens", "$/1M"). */
  unit?: string;
  /** Which direction is better, for "best" marks and sorting; none for neutral facts. */
  better?: 'higher' | 'lower';
  /** The value as a number, for sorting, filtering and "best" marks (dates as YYYYMMDD). */
  numeric?: (value: T) => number;
  format: { long: (value: T) => string; compact: (value: T) => string };
  filter?: FilterKind;
  /** Which values a choice or multi filter offers: the raw value and its label. */
  options?: (ctx: FactContext) => { value: string; label: string }[];
  /** The raw filter key(s) of a value, for choice and multi filters. */
  keys?: (value: T) => string[];
  /** How a filter input reads its number: a date, or a number in a larger unit ("billion"). */
  filterInput?: { type: 'date' } | { type: 'number'; unit: string; scale: number; step: number };
  /** A multi filter passes a model with any of the chosen values, or only with all of them. */
  multiMatch?: 'any' | 'all';
  /** Sortable columns sort this way on the first click (cheapest, newest, largest first). */
  firstSort?: 'asc' | 'desc';
  /** Catalog table: shown by default, or offered in the column chooser. */
  column?: 'default' | 'optional';
  /** Model page spec table: always (unknown shown as such) or only when a value is recorded. */
  spec?: 'always' | 'when-known';
  /** Side-by-side comparisons. */
  compare?: boolean;
  /** A key fact: counted by `npm run report` and shown in the model summary. */
  key?: boolean;
  /** What changed between two versions, in words ("context 16K → 128K"). */
  diff?: (before: T, after: T) => string[];
  read: (model: Model, ctx: FactContext) => FactValue<T>;
}

/** Keeps each definition's value type while collecting them into one registry object. */
export function defineFact<T>(def: FactDef<T>): FactDef<T> {
  return def;
}

export const dateNumber = (iso: string) => Number(iso.replace(/-/g, '').padEnd(8, '0'));
