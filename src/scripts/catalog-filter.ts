// Live filtering, sorting and extra columns of /models/, with the view kept in the address. The
// rules (reading the address, matching a row, sorting, unknown values) live in src/lib/filters and
// are the same the tests check; cells for added columns are cloned from the table's <template>.
import { dateNumber } from '../lib/facts/define';
import { compareValues, matchRow, type RowValues } from '../lib/filters/match';
import { activeCount, readState, writeState, type FilterState } from '../lib/filters/state';
import type { CatalogCell, CatalogColumn } from '../lib/views/catalog-table';

interface ExtraDoc {
  columns: CatalogColumn[];
  rows: Record<string, { cells: Record<string, CatalogCell>; sort: Record<string, number | string> }>;
}

const isoOf = (n: number) => String(n).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

export function enableCatalogFilters(): void {
  const panel = document.querySelector<HTMLDetailsElement>('#filters-panel');
  const form = document.querySelector<HTMLFormElement>('#catalog-filters');
  const chooser = document.querySelector<HTMLElement>('#column-chooser');
  const table = document.querySelector<HTMLTableElement>('#catalog-table');
  if (!panel || !form || !chooser || !table) return;
  const base = document.documentElement.dataset.base ?? '/';
  const tbody = table.tBodies[0];
  const headRow = table.tHead!.rows[0];
  const data = JSON.parse(document.getElementById('catalog-data')?.textContent ?? '{}') as Record<string, { v: RowValues; s: Record<string, number | string> }>;
  const rows = [...tbody.rows].map((tr) => ({ tr, id: tr.dataset.id!, values: data[tr.dataset.id!]?.v ?? {}, sort: data[tr.dataset.id!]?.s ?? {} }));
  const status = document.querySelector('[data-filter-status]');
  const countEl = table.querySelector('[data-count]');
  const activeEl = panel.querySelector('[data-active-count]');
  const names = new Set([...form.elements].map((e) => (e as HTMLInputElement).name).filter(Boolean));
  const flagNames = new Set([...form.querySelectorAll<HTMLSelectElement>('select')].filter((s) => [...s.options].some((o) => o.value === 'yes')).map((s) => s.name).concat([...form.querySelectorAll<HTMLInputElement>('input[type=checkbox][value=yes]')].map((i) => i.name)));
  const match = (id: string) => (form.querySelector<HTMLElement>(`fieldset[data-match] input[name="${CSS.escape(id)}"]`)?.closest<HTMLElement>('fieldset')?.dataset.match === 'all' ? 'all' : 'any');
  const known = { flag: (id: string) => flagNames.has(id), choice: (id: string) => names.has(id) && !flagNames.has(id) };
  let extra: Promise<ExtraDoc> | undefined;
  const loadExtra = () => (extra ??= fetch(`${base}api/catalog-columns.json`).then((r) => r.json() as Promise<ExtraDoc>));

  const toForm = (s: FilterState) => {

    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
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
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
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
    if (bench && (form.elements.namedItem('scoreMin') as HTMLInputElement).value !== '' && Number.isFinite(min)) s.bounds[`score.${bench}`] = { min };
    return s;
  };

  const ensureColumns = async (s: FilterState) => {
    const needScores = Object.keys(s.bounds).some((id) => id.startsWith('score.') && !(id in (rows[0]?.values ?? {})) && rows.every((r) => !(id in r.values)));
    if (!s.cols.length && !needScores && !headRow.querySelector('[data-extra]')) return;
    const doc = await loadExtra();
    for (const r of rows) for (const [id, v] of Object.entries(doc.rows[r.id]?.sort ?? {})) if (id.startsWith('score.') && typeof v === 'number') r.values[id] = v;
    for (const th of headRow.querySelectorAll<HTMLTableCellElement>("[data-extra]")) if (!s.cols.includes(th.dataset.col!)) {
      const i = th.cellIndex;
      th.remove();
      for (const r of rows) r.tr.cells[i]?.remove();
    }
    for (const col of doc.columns.filter((c) => s.cols.includes(c.id) && !headRow.querySelector(`[data-col="${CSS.escape(c.id)}"]`))) {
      const th = (document.getElementById('tpl-catalog-head') as HTMLTemplateElement).content.querySelector('th')!.cloneNode(true) as HTMLTableCellElement;
      th.dataset.col = col.id;
      th.dataset.extra = '';
      th.dataset.firstSort = col.firstSort;
      th.title = col.label;
      th.querySelector('[data-label]')!.textContent = col.short;
      headRow.append(th);
      wireSort(th);
      for (const r of rows) {
        const td = (document.getElementById('tpl-catalog-cell') as HTMLTemplateElement).content.querySelector('td')!.cloneNode(true) as HTMLTableCellElement;
        const cell = doc.rows[r.id]?.cells[col.id];
        td.querySelector('[data-text]')!.textContent = cell?.text ?? 'unknown';
        td.classList.toggle('unknown', !cell);
        if (cell?.verified !== false) td.querySelector('.unverified')?.remove();
        if (cell?.note) td.querySelector('details span')!.textContent = cell.note;
        else td.querySelector('details')?.remove();
        r.tr.append(td);
        const sortValue = doc.rows[r.id]?.sort[col.id];
        if (sortValue !== undefined) r.sort[col.id] = sortValue;
      }
    }
  };

  const apply = async (s: FilterState) => {
    await ensureColumns(s);
    let shown = 0;
    let heldUnknown = 0;
    for (const r of rows) {
      const verdict = matchRow(r.values, s, match);
      const visible = verdict === 'pass' || (verdict === 'unknown' && s.includeUnknown);
      if (verdict === 'unknown' && !s.includeUnknown) heldUnknown++;
      if (r.tr.hidden === visible) r.tr.hidden = !visible;
      if (visible) shown++;
    }
    const sortKey = s.sort && headRow.querySelector(`[data-col="${CSS.escape(s.sort)}"]`) ? s.sort : 'released';
    const dir = s.sort ? (s.dir ?? 'desc') : 'desc';
    const before = rows.map((r) => r.tr);
    rows.sort((a, b) => compareValues(a.sort[sortKey], b.sort[sortKey], dir));
    // Moving 300+ rows costs a full layout: only when the order changed (not on a plain first load).
    if (rows.some((r, i) => r.tr !== before[i])) rows.forEach((r) => tbody.append(r.tr));
    for (const th of headRow.querySelectorAll<HTMLElement>('th')) {
      if (th.dataset.col === sortKey) th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    if (countEl) countEl.textContent = String(shown);
    const n = activeCount(s);
    if (activeEl) activeEl.textContent = String(n);
    if (status) status.textContent = `${shown} model${shown === 1 ? '' : 's'} shown${heldUnknown ? `; ${heldUnknown} more whose filtered facts are unknown are hidden (tick "Also show models whose filtered facts are unknown" to see them)` : ''}.`;
  };

  const commit = (s: FilterState) => {
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
  form.addEventListener('input', () => commit(fromForm()));
  form.addEventListener('change', () => commit(fromForm()));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => commit({ ...fromForm(), bounds: {}, choices: {}, flags: {}, includeUnknown: false }), 0));
  chooser.addEventListener('change', () => commit(fromForm()));
  if (matchMedia('(min-width: 60rem)').matches) panel.open = true;
  const initial = readState(new URLSearchParams(location.search), known);
  toForm(initial);
  void apply(initial);
}
