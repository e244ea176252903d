// Which catalog rows a reader sees, in which order: the models that pass the filters (and, when
// asked, those whose filtered facts are unknown), sorted by one column with unknown values last,
// cut to the first `limit`. The table shows one page of rows at a time and grows on request, so
// its cost stays flat as the catalog grows. Shared by the /models/ script and its tests.
import { compareValues, matchRow, type RowValues } from './match.ts';
import type { FilterState } from './state.ts';

/** Rows per page: the page's first render, each "show more" step and each page without JavaScript. */
export const CATALOG_PAGE_SIZE = 50;

/** The id of a cell's note popover, the same whether the page renders the cell or the script builds it. */
export const noteId = (row: string, column: string) => `note-${row.replace(/[/.]/g, '_')}__${column.replace(/[/.]/g, '_')}`;

/** The line under the table: how many rows are shown of how many match. */
export const moreStatus = (shown: number, total: number) => (shown < total ? `Showing ${shown} of ${total} models.` : `Showing all ${total} models.`);

export interface ViewRow {
  v: RowValues;
  s: Record<string, number | string>;
}

export interface CatalogView {
  /** Ids to show, in order. */
  ids: string[];
  /** How many rows pass (the shown ones and the rest beyond the limit). */
  matching: number;
  /** Rows held back because a filtered fact is unknown. */
  heldUnknown: number;
}

export function catalogView(order: string[], rows: Record<string, ViewRow>, s: FilterState, multiMatch: (id: string) => 'any' | 'all', sortKey: string, dir: 'asc' | 'desc', limit: number): CatalogView {
  let heldUnknown = 0;
  const passing = order.filter((id) => {
    const verdict = matchRow(rows[id]?.v ?? {}, s, multiMatch);
    if (verdict === 'unknown' && !s.includeUnknown) heldUnknown++;
    return verdict === 'pass' || (verdict === 'unknown' && s.includeUnknown);
  });
  // Array.prototype.sort is stable: equal values keep the default (newest first) order.
  passing.sort((a, b) => compareValues(rows[a]?.s[sortKey], rows[b]?.s[sortKey], dir));
  return { ids: passing.slice(0, limit), matching: passing.length, heldUnknown };
}
