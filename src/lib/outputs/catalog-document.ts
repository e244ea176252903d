// Every catalog row for the browser: /models/ renders its first page of rows and fetches this
// document when a reader filters, sorts, adds a column or asks for more rows, so the page itself
// stays small however large the catalog grows. One entry per model: its name, a cell for every
// column (default and optional; cells that only say "unknown" are left out), the known values
// filters read (every filterable fact and every benchmark score) and its sort keys.
import type { Catalog } from '../catalog/catalog.ts';
import type { RowValues } from '../filters/match.ts';
import { catalogColumns, catalogRow, type CatalogCell, type CatalogColumn } from '../views/catalog-table.ts';

export interface CatalogDocumentRow {
  name: string;
  cells: Record<string, CatalogCell>;
  v: RowValues;
  s: Record<string, number | string>;
}

export interface CatalogDocument {
  /** The default columns first, in table order, then the optional ones. */
  columns: CatalogColumn[];
  /** Rows in the table's default order (newest release first). */
  order: string[];
  rows: Record<string, CatalogDocumentRow>;
}

export function catalogDocument(catalog: Catalog, today: string): CatalogDocument {
  const { shown, optional } = catalogColumns(catalog);
  const columns = [...shown, ...optional];
  const rows: CatalogDocument['rows'] = {};
  for (const m of catalog.models) {
    const r = catalogRow(m, catalog, today, columns);
    const cells = Object.fromEntries(Object.entries(r.cells).filter(([, c]) => c.known || c.text !== 'unknown'));
    const v: RowValues = { ...r.values };
    for (const c of columns) if (c.id.startsWith('score.') && typeof r.sort[c.id] === 'number') v[c.id] ??= r.sort[c.id] as number;
    rows[m.id] = { name: r.name, cells, v, s: { ...r.sort, name: r.name } };
  }
  return { columns, order: catalog.models.map((m) => m.id), rows };
}
