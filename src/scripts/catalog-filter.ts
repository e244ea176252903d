// Live filtering and sorting of the /models/ table, with the state kept in the URL so a view can
// be shared and survives a reload. The table is complete without this script.

import { numberParam } from '../lib/filters/url-values';

type Row = HTMLTableRowElement;

const MULTI = ['provider', 'modality', 'feature'] as const;
const SINGLE = ['open', 'license', 'status', 'minContext', 'maxPrice'] as const;

function readState(params: URLSearchParams) {
  return {
    provider: params.getAll('provider'),
    modality: params.getAll('modality'),
    feature: params.getAll('feature'),
    open: params.get('open') ?? '',
    license: params.get('license') ?? '',
    status: params.get('status') ?? '',
    minContext: numberParam(params.get('minContext')) ?? 0,
    maxPrice: numberParam(params.get('maxPrice')),
    sort: params.get('sort') ?? 'released',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
  };
}
type State = ReturnType<typeof readState>;

function matches(row: Row, s: State): boolean {
  const d = row.dataset;
  if (s.provider.length && !s.provider.includes(d.provider ?? '')) return false;
  const modalities = (d.modalities ?? '').split(' ');
  if (!s.modality.every((m) => modalities.includes(m))) return false;
  const features = (d.features ?? '').split(' ');
  if (!s.feature.every((f) => features.includes(f))) return false;
  if (s.open && d.open !== s.open) return false;
  if (s.license && d.license !== s.license) return false;
  if (s.status && d.status !== s.status) return false;
  if (s.minContext && !(Number(d.context) >= s.minContext)) return false;
  if (s.maxPrice !== undefined && !(d.input !== '' && Number(d.input) <= s.maxPrice)) return false;
  return true;
}

function sortRows(tbody: HTMLTableSectionElement, key: string, type: string, dir: 'asc' | 'desc'): void {
  const attr = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const rows = [...tbody.rows];
  rows.sort((a, b) => {
    const x = a.dataset[attr] ?? '';
    const y = b.dataset[attr] ?? '';
    // Unknown values always sink to the bottom, whatever the direction.
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    const cmp = type === 'number' ? Number(x) - Number(y) : x.localeCompare(y);
    return dir === 'asc' ? cmp : -cmp;
  });
  tbody.append(...rows);
}

export function enableCatalogFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#catalog-filters');
  const table = document.querySelector<HTMLTableElement>('#catalog-table');
  if (!form || !table) return;
  const tbody = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  const count = table.querySelector('[data-count]');
  const status = form.querySelector('[data-filter-status]');

  const apply = (state: State) => {
    let shown = 0;
    for (const row of tbody.rows) {
      const visible = matches(row, state);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const header = headers.find((h) => h.dataset.sortKey === state.sort) ?? headers.find((h) => h.dataset.sortKey === 'released')!;
    sortRows(tbody, header.dataset.sortKey!, header.dataset.sortType!, state.dir as 'asc' | 'desc');
    headers.forEach((h) => (h === header ? h.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending') : h.removeAttribute('aria-sort')));
    if (count) count.textContent = String(shown);
    if (status) status.textContent = `${shown} model${shown === 1 ? '' : 's'} shown`;
  };

  const toForm = (state: State) => {
    for (const name of MULTI) form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((i) => (i.checked = state[name].includes(i.value)));
    for (const name of SINGLE) {
      const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      const value = state[name];
      if (el) el.value = value === undefined || value === 0 ? '' : String(value);
    }
  };

  const fromForm = (): URLSearchParams => {
    const params = new URLSearchParams();
    const data = new FormData(form);
    for (const name of MULTI) data.getAll(name).forEach((v) => params.append(name, String(v)));
    for (const name of SINGLE) {
      const v = String(data.get(name) ?? '');
      if (v) params.set(name, v);
    }
    const current = readState(new URLSearchParams(location.search));
    if (current.sort !== 'released' || current.dir !== 'desc') {
      params.set('sort', current.sort);
      params.set('dir', current.dir);
    }
    return params;
  };

  const commit = (params: URLSearchParams) => {
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    apply(readState(params));
  };

  headers.forEach((h) => {
    const button = h.querySelector<HTMLButtonElement>('button.sort');
    const label = h.querySelector<HTMLElement>('.label');
    if (!button) return;
    button.hidden = false;
    if (label) label.hidden = true;
    button.addEventListener('click', () => {
      const params = fromForm();
      const current = readState(new URLSearchParams(location.search));
      const key = h.dataset.sortKey!;
      const dir = current.sort === key ? (current.dir === 'asc' ? 'desc' : 'asc') : h.dataset.sortType === 'number' ? 'desc' : 'asc';
      params.set('sort', key);
      params.set('dir', dir);
      commit(params);
    });
  });
  form.addEventListener('input', () => commit(fromForm()));
  form.addEventListener('change', () => commit(fromForm()));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => commit(new URLSearchParams()), 0));

  const initial = readState(new URLSearchParams(location.search));
  toForm(initial);
  apply(initial);
}
