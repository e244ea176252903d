// The catalog's optional columns (more facts and every benchmark score), fetched by /models/ only
// when a reader adds a column or filters on a score, so the page itself stays small.
import type { Catalog } from '../catalog/catalog.ts';
import { catalogColumns, catalogRow } from '../views/catalog-table.ts';

export function catalogColumnsDocument(catalog: Catalog, today: string) {
  const { optional } = catalogColumns(catalog);
  return {
    columns: optional,
    rows: Object.fromEntries(
      catalog.models.map((m) => {
        const r = catalogRow(m, catalog, today, optional);
        const cells = Object.fromEntries(Object.entries(r.cells).filter(([, c]) => c.known));
        return [m.id, { cells, sort: r.sort }];
      }),
    ),
  };
}
