// Live filtering, sorting and extra columns of /models/, with the view kept in the address. The
// rules (reading the address, matching a row, sorting, unknown values, paging) live in
// src/lib/filters and are the same the tests check. The page renders the newest 50 rows; the rest
// come from /api/catalog.json (src/scripts/catalog-rows.ts) once the reader filters, sorts, adds
// a column or asks for more.
import { dateNumber } from '../lib/facts/define';
import { activeCount, readState, writeState, type FilterState } from '../lib/filters/state';
import { CATALOG_PAGE_SIZE, catalogView, moreStatus } from '../lib/filters/view';
import type { CatalogDocument } from '../lib/outputs/catalog-document';
import type { CatalogColumn } from '../lib/views/catalog-table';
import { CatalogRows, clone } from './catalog-rows';

const isoOf = (n: number) => String(n).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

export function enableCatalogFilters(): void {
  const panel = document.querySelector<HTMLDetailsElement>('#filters-panel');
  const form = document.querySelector<HTMLFormElement>('#catalog-filters');
  const chooser = document.querySelector<HTMLElement>('#column-chooser');
  const table = document.querySelector<HTMLTableElement>('#catalog-table');
  const more = document.querySelector<HTMLElement>('[data-more]');
  if (!panel || !form || !chooser || !table || !more) return;
  const base = document.documentElement.dataset.base ?? '/';
  const tbody = table.tBodies[0];
  const headRow = table.tHead!.rows[0];
  const rows = new CatalogRows(tbody, base);
  const quickRow = table.querySelector<HTMLTableRowElement>('[data-quick]');
  /** Every control: the panel's and the table's filter row (each bound there has a twin in the panel). */
  const fields = () => [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'), ...(quickRow?.querySelectorAll('input') ?? [])];
  const status = document.querySelector('[data-filter-status]');
  const countEl = table.querySelector('[data-count]');
  const activeEl = panel.querySelector('[data-active-count]');
  const names = new Set([...form.elements].map((e) => (e as HTMLInputElement).name).filter(Boolean));
  const flagNames = new Set([...form.querySelectorAll<HTMLSelectElement>('select')].filter((s) => [...s.options].some((o) => o.value === 'yes')).map((s) => s.name).concat([...form.querySelectorAll<HTMLInputElement>('input[type=checkbox][value=yes]')].map((i) => i.name)));
  const match = (id: string) => (form.querySelector<HTMLElement>(`fieldset[data-match] input[name="${CSS.escape(id)}"]`)?.closest<HTMLElement>('fieldset')?.dataset.match === 'all' ? 'all' : 'any');
  const known = { flag: (id: string) => flagNames.has(id), choice: (id: string) => names.has(id) && !flagNames.has(id) };
  let docPromise: Promise<CatalogDocument> | undefined;
  const loadDoc = () => (docPromise ??= fetch(`${base}api/catalog.json`).then((r) => r.json() as Promise<CatalogDocument>));
  let limit = CATALOG_PAGE_SIZE;

  const toForm = (s: FilterState, only?: HTMLInputElement[]) => {
    for (const el of only ?? fields()) {
      const m = /^(min|max)\.(.+)$/.exec(el.name);
      if (m) {
        const v = s.bounds[m[2]]?.[m[1] as 'min' | 'max'];
        const scale = Number((el as HTMLInputElement).dataset.scale ?? 1);
        el.value = v === undefined ? '' : el.type === 'date' ? isoOf(v) : String(v / scale);
      } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
        el.checked = el.name === 'unknown' ? s.includeUnknown : s.flags[el.name] === true || (s.choices[el.name] ?? []).includes(el.value);
      } else if (el instanceof HTMLSelectElement && el.name !== 'scoreBenchmark') {
        el.value = el.name in s.flags ? (s.flags[el.name] ? 'yes' : 'no') : (s.choices[el.name]?.[0] ?? '');
      }
    }
    const score = Object.entries(s.bounds).find(([id]) => id.startsWith('score.') && !form.querySelector(`[name="min.${CSS.escape(id)}"]`));
    (form.elements.namedItem('scoreBenchmark') as HTMLSelectElement).value = score ? score[0].slice(6) : '';
    (form.elements.namedItem('scoreMin') as HTMLInputElement).value = score?.[1].min !== undefined ? String(score[1].min) : '';
    for (const box of chooser.querySelectorAll<HTMLInputElement>('input')) box.checked = s.cols.includes(box.value);
  };

  const fromForm = (): FilterState => {
    const current = readState(new URLSearchParams(location.search), known);
    const s: FilterState = { bounds: {}, choices: {}, flags: {}, includeUnknown: false, sort: current.sort, dir: current.dir, cols: [...chooser.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) };
    for (const el of fields()) {
      const m = /^(min|max)\.(.+)$/.exec(el.name);
      if (m && el.value !== '') {
        const n = el.type === 'date' ? dateNumber(el.value) : Number(el.value) * Number((el as HTMLInputElement).dataset.scale ?? 1);
        if (Number.isFinite(n) && n >= 0) s.bounds[m[2]] = { ...s.bounds[m[2]], [m[1]]: n };
      } else if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.checked) {
        if (el.name === 'unknown') s.includeUnknown = true;
        else if (el.value === 'yes') s.flags[el.name] = true;
        else s.choices[el.name] = [...(s.choices[el.name] ?? []), el.value];
      } else if (el instanceof HTMLSelectElement && el.value && !['scoreBenchmark'].includes(el.name)) {
        if (flagNames.has(el.name)) s.flags[el.name] = el.value === 'yes';
        else s.choices[el.name] = [el.value];
      }
    }
    const bench = (form.elements.namedItem('scoreBenchmark') as HTMLSelectElement).value;
    const min = Number((form.elements.namedItem('scoreMin') as HTMLInputElement).value);
    if (bench && (form.elements.namedItem('scoreMin') as HTMLInputElement).value !== '' && Number.isFinite(min)) s.bounds[`score.${bench}`] = { min, ...s.bounds[`score.${bench}`] };
    return s;
  };

  /** Header cells for exactly the added columns, in the order chosen. */
  const syncHeader = (added: CatalogColumn[]) => {
    for (const th of headRow.querySelectorAll<HTMLTableCellElement>('[data-extra]')) if (!added.some((c) => c.id === th.dataset.col)) th.remove();
    for (const col of added) {
      let th = headRow.querySelector<HTMLTableCellElement>(`[data-col="${CSS.escape(col.id)}"]`);
      if (!th) {
        th = clone<HTMLTableCellElement>('tpl-catalog-head', 'th');
        th.dataset.col = col.id;
        th.dataset.extra = '';
        th.dataset.firstSort = col.firstSort;
        th.title = col.label;
        th.querySelector('[data-label]')!.textContent = col.short;
        wireSort(th);
      }
      headRow.append(th);
    }
    if (!quickRow) return;
    for (const td of quickRow.querySelectorAll<HTMLTableCellElement>('[data-extra]')) if (!added.some((c) => c.id === td.dataset.col)) td.remove();
    for (const col of added) {
      let td = quickRow.querySelector<HTMLTableCellElement>(`[data-col="${CSS.escape(col.id)}"]`);
      if (!td) {
        td = clone<HTMLTableCellElement>('tpl-catalog-quick', 'td');
        td.dataset.col = col.id;
        td.dataset.extra = '';
        const input = td.querySelector('input')!;
        if (col.quick) {
          Object.assign(input, { name: col.quick.name, placeholder: col.quick.side === 'min' ? '≥' : '≤', step: String(col.quick.step), title: col.quick.label });
          input.setAttribute('aria-label', col.quick.label);
          input.dataset.scale = String(col.quick.scale);
          toForm(readState(new URLSearchParams(location.search), known), [input]);
        } else input.remove();
      }
      quickRow.append(td);
    }
  };

  const apply = async (s: FilterState) => {
    const doc = await loadDoc();
    const byId = new Map(doc.columns.map((c) => [c.id, c]));
    const added = s.cols.flatMap((id) => (byId.get(id)?.optional ? [byId.get(id)!] : []));
    syncHeader(added);
    const sortKey = s.sort && (byId.has(s.sort) || s.sort === 'name') ? s.sort : 'released';
    const dir = s.sort ? (s.dir ?? 'desc') : 'desc';
    const view = catalogView(doc.order, doc.rows, s, match, sortKey, dir, limit);
    const trs = view.ids.map((id) => rows.row(id, doc, added));
    // Replacing 50+ rows costs a layout: only when the rows or their order changed.
    if (trs.length !== tbody.rows.length || trs.some((tr, i) => tbody.rows[i] !== tr)) tbody.replaceChildren(...trs);
    for (const th of headRow.querySelectorAll<HTMLElement>('th')) {
      if (th.dataset.col === sortKey) th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    if (countEl) countEl.textContent = String(view.matching);
    if (activeEl) activeEl.textContent = String(activeCount(s));
    const n = view.matching;
    if (status) status.textContent = `${n} model${n === 1 ? '' : 's'} shown${view.heldUnknown ? `; ${view.heldUnknown} more whose filtered facts are unknown are hidden (tick "Also show models whose filtered facts are unknown" to see them)` : ''}.`;
    showMore(trs.length, n);
  };

  /** "Showing 50 of 212" with buttons for the next page and for all, while rows remain. */
  const showMore = (shown: number, total: number) => {
    more.querySelector('[data-more-status]')!.textContent = moreStatus(shown, total);
    const next = more.querySelector<HTMLButtonElement>('[data-more-next]')!;
    const all = more.querySelector<HTMLButtonElement>('[data-more-all]')!;
    next.hidden = all.hidden = shown >= total;
    next.textContent = `Show ${Math.min(CATALOG_PAGE_SIZE, total - shown)} more`;
    all.textContent = `Show all ${total}`;
  };

  const commit = (s: FilterState, keepLimit = false) => {
    if (!keepLimit) limit = CATALOG_PAGE_SIZE;
    const query = writeState(s).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void apply(s);
  };

  function wireSort(th: HTMLElement) {
    const button = th.querySelector<HTMLButtonElement>('button.sort');
    if (!button) return;
    button.hidden = false;
    th.querySelector<HTMLElement>('.label')!.hidden = true;
    button.addEventListener('click', () => {
      const s = fromForm();
      const col = th.dataset.col!;
      const current = readState(new URLSearchParams(location.search), known);
      s.sort = col;
      s.dir = current.sort === col ? (current.dir === 'asc' ? 'desc' : 'asc') : ((th.dataset.firstSort as 'asc' | 'desc') ?? 'asc');
      commit(s);
    });
  }

  headRow.querySelectorAll<HTMLElement>('th').forEach(wireSort);
  more.querySelector('[data-more-next]')!.addEventListener('click', () => {
    limit += CATALOG_PAGE_SIZE;
    commit(fromForm(), true);
  });
  more.querySelector('[data-more-all]')!.addEventListener('click', () => {
    limit = Infinity;
    commit(fromForm(), true);
  });
  // The rows beyond the first page arrive with the catalog document: ask for it as soon as the
  // reader reaches for a control, so the answer is ready when they finish typing.
  for (const el of [form, chooser, table.tHead!, more]) for (const type of ['pointerdown', 'focusin']) el.addEventListener(type, () => void loadDoc(), { once: true });
  panel.addEventListener('toggle', () => void loadDoc(), { once: true });
  /** A bound typed in one place shows in its twin (the panel's field, the filter row's, the score chooser's). */
  const syncTwins = (el: EventTarget | null) => {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    const bench = (form.elements.namedItem('scoreBenchmark') as HTMLSelectElement).value;
    const name = ['scoreMin', 'scoreBenchmark'].includes(el.name) ? `min.score.${bench}` : el.name;
    const value = el.name === 'scoreBenchmark' ? (form.elements.namedItem('scoreMin') as HTMLInputElement).value : el.value;
    if (/^(min|max)\./.test(name)) for (const twin of fields()) if (twin !== el && twin.name === name) twin.value = value;
    if (bench && el.name === `min.score.${bench}`) (form.elements.namedItem('scoreMin') as HTMLInputElement).value = value;
  };
  form.addEventListener('input', (e) => {
    syncTwins(e.target);
    commit(fromForm());
  });
  quickRow?.addEventListener('input', (e) => {
    syncTwins(e.target);
    commit(fromForm());
  });
  form.addEventListener('change', () => commit(fromForm()));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () =>
    setTimeout(() => {
      const cleared = { ...fromForm(), bounds: {}, choices: {}, flags: {}, includeUnknown: false };
      toForm(cleared);
      commit(cleared);
    }, 0),
  );
  chooser.addEventListener('change', () => commit(fromForm()));
  if (matchMedia('(min-width: 60rem)').matches) panel.open = true;
  const initial = readState(new URLSearchParams(location.search), known);
  toForm(initial);
  // The first page is already rendered newest first: only a view from the address needs work.
  if (activeCount(initial) || initial.sort || initial.cols.length || initial.includeUnknown) void apply(initial);
}
