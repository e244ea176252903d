// Rows of the /models/ table: the server renders the first page of them; any other row is built
// from the catalog document (/api/catalog.json) by cloning the table's own <template>s, so a built
// row has the same markup as a rendered one. Each row carries cells for exactly the columns shown.
import type { CatalogDocument } from '../lib/outputs/catalog-document';
import { noteId } from '../lib/filters/view';
import type { CatalogCell, CatalogColumn } from '../lib/views/catalog-table';

/** A copy of the first `selector` inside the page's <template id>. */
export function clone<T extends Element>(id: string, selector: string): T {
  return (document.getElementById(id) as HTMLTemplateElement).content.querySelector(selector)!.cloneNode(true) as T;
}

/** A table cell for one value: its text, "unknown" when there is none, the unverified mark, its note. */
export function catalogCell(cell: CatalogCell | undefined, column: CatalogColumn, row: string): HTMLTableCellElement {
  const td = clone<HTMLTableCellElement>('tpl-catalog-cell', 'td');
  td.classList.toggle('num', column.numeric);
  td.querySelector('[data-text]')!.textContent = cell?.text ?? 'unknown';
  td.classList.toggle('unknown', !cell?.known);
  if (cell?.verified !== false) td.querySelector('.unverified')?.remove();
  const button = td.querySelector<HTMLButtonElement>('button.note')!;
  const note = td.querySelector<HTMLElement>('.note-text')!;
  if (cell?.note) {
    note.id = noteId(row, column.id);
    note.textContent = cell.note;
    button.setAttribute('popovertarget', note.id);
    button.title = cell.note;
  } else {
    button.remove();
    note.remove();
  }
  return td;
}

export class CatalogRows {
  private readonly rows = new Map<string, HTMLTableRowElement>();

  constructor(tbody: HTMLTableSectionElement, private readonly base: string) {
    for (const tr of tbody.rows) this.rows.set(tr.dataset.id!, tr);
  }

  /** The row of a model, with cells for the default columns and exactly the given added ones. */
  row(id: string, doc: CatalogDocument, added: CatalogColumn[]): HTMLTableRowElement {
    let tr = this.rows.get(id);
    const entry = doc.rows[id];
    if (!tr) {
      tr = clone<HTMLTableRowElement>('tpl-catalog-row', 'tr');
      tr.dataset.id = id;
      const a = tr.querySelector('th a') as HTMLAnchorElement;
      a.href = `${this.base}models/${id}/`;
      a.textContent = entry?.name ?? id;
      for (const c of doc.columns.filter((col) => !col.optional)) tr.append(catalogCell(entry?.cells[c.id], c, id));
      this.rows.set(id, tr);
    }
    const want = added.map((c) => c.id).join(',');
    if ((tr.dataset.added ?? '') !== want) {
      tr.querySelectorAll('td[data-added]').forEach((td) => td.remove());
      for (const c of added) {
        const td = catalogCell(entry?.cells[c.id], c, id);
        td.dataset.added = c.id;
        tr.append(td);
      }
      tr.dataset.added = want;
    }
    return tr;
  }
}
