// The /compare/ builder: pick 2 to 6 models, see them side by side. The choice lives in the
// address (?models=a,b,c); each chosen model's record is fetched from the site's own JSON API,
// rows come from the same compare code as the pre-rendered pair pages, and every table, row and
// cell is cloned from markup the Astro components rendered into <template> elements.
import { MAX_MODELS, MIN_MODELS, parseModelList, resultRows } from '../lib/compare/core';
import { factRows } from '../lib/compare/rows';
import { originShort } from '../lib/benchmarks/result-origin';
import type { ApiFact, ApiFacts } from '../lib/facts/api-facts';
import type { ResultCell } from '../lib/compare/core';
import type { IndexEntry } from '../lib/outputs/models-index';
import { enableModelPicker } from './model-picker';
import { chartHeight, resultsChartSpec } from '../lib/outputs/chart-spec';
import { observeCharts } from './chart-loader';

interface ModelRecord {
  id: string;
  name: string;
  url: string;
  facts: ApiFacts;
  results: ResultCell[];
  rivals: { id: string; name: string }[];
}

const MODEL_ID = /^[a-z0-9-]+\/[a-z0-9][a-z0-9.-]*$/;

/** Grouped bars per benchmark for the chosen models, drawn when it scrolls into view; the table after it holds the same figures. */
function resultChart(names: string[], rows: ReturnType<typeof resultRows>, scales: Record<string, { min: number; max: number }>): HTMLElement {
  const spec = resultsChartSpec(`${names.join(', ')}: benchmarks at the same version and setting (share of each scale, 0–100)`, names, rows, (id) => scales[id]);
  const figure = clone<HTMLElement>('tpl-result-chart', 'figure');
  figure.dataset.chart = JSON.stringify(spec);
  figure.querySelector('figcaption')!.textContent = spec.title;
  figure.querySelector('canvas')!.setAttribute('aria-label', `${spec.title}. The same figures are in the table that follows.`);
  const box = figure.querySelector('.canvas-box')!;
  box.className = box.className.replace(/\bh-\d+\b/, `h-${chartHeight(spec)}`);
  return figure;
}

function clone<T extends Element>(id: string, selector: string): T {
  const template = document.getElementById(id) as HTMLTemplateElement;
  return template.content.querySelector(selector)!.cloneNode(true) as T;
}

function fillFactCell(td: HTMLElement, cell: ApiFact, best: boolean): void {
  td.querySelector('[data-text]')!.textContent = cell.text;
  td.querySelector<HTMLElement>('[data-best]')!.hidden = !best;
  td.classList.toggle('best', best);
  td.classList.toggle('missing', cell.state !== 'known');
  td.dataset.state = cell.state;
  const marks = td.querySelector('[data-marks]')!;
  const sources = cell.state === 'known' ? [...new Map(cell.observations.map((o) => [o.source, o])).values()] : cell.state === 'undisclosed' ? [{ ...cell, verified: true }] : [];
  for (const s of sources) {
    const mark = clone<HTMLElement>('tpl-source', 'span');
    const link = mark.querySelector<HTMLAnchorElement>('a.src')!;
    link.href = s.url;
    link.textContent = s.publisher;
    if (s.verified) mark.querySelector('.unverified')?.remove();
    marks.append(mark);
  }
}

export function enableCompareBuilder(): void {
  const app = document.getElementById('compare-app');
  const output = document.getElementById('compare-output');
  const message = document.getElementById('compare-message');
  const chosenList = document.getElementById('chosen');
  const rivalsBox = document.getElementById('rivals');
  const copy = document.getElementById('copy-link') as HTMLButtonElement | null;
  const input = document.getElementById('model-search') as HTMLInputElement | null;
  const listbox = document.getElementById('model-options') as HTMLUListElement | null;
  if (!app || !output || !message || !chosenList || !rivalsBox || !input || !listbox) return;
  const base = app.dataset.base ?? '/';
  const scales = JSON.parse(app.dataset.scales ?? '{}') as Record<string, { min: number; max: number }>;
  const records = new Map<string, Promise<ModelRecord | undefined>>();
  let indexPromise: Promise<IndexEntry[]> | undefined;
  const index = () => (indexPromise ??= fetch(`${base}api/models-index.json`).then((r) => (r.ok ? r.json() : [])));
  const load = (id: string) => {
    if (!records.has(id)) records.set(id, fetch(`${base}api/models/${id}.json`).then((r) => (r.ok ? (r.json() as Promise<ModelRecord>) : undefined)).catch(() => undefined));
    return records.get(id)!;
  };
  const current = () => parseModelList(new URLSearchParams(location.search).get('models'), (id) => MODEL_ID.test(id));
  const navigate = (ids: string[]) => {
    const url = new URL(location.href);
    if (ids.length) url.searchParams.set('models', ids.join(','));
    else url.searchParams.delete('models');
    history.pushState(null, '', url.toString().replace(/%2C/g, ',').replace(/%2F/g, '/'));
    void render();
  };

  const render = async () => {
    try {
      await fill();
    } finally {
      // The page held room for this first comparison (src/pages/compare/index.astro); it is drawn.
      delete document.documentElement.dataset.comparePending;
    }
  };

  const fill = async () => {
    const { ids, unknown: malformed } = current();
    const loaded = await Promise.all(ids.map(load));
    const models = loaded.filter((m): m is ModelRecord => Boolean(m));
    const unknown = [...malformed, ...ids.filter((_, i) => !loaded[i])];
    message.replaceChildren();
    if (unknown.length) {
      const p = document.createElement('p');
      p.className = 'warning';
      p.textContent = `Unknown model id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Ids look like "openai/gpt-4o-mini"; search for models by name instead.`;
      message.append(p);
    }
    chosenList.replaceChildren(
      ...models.map((m) => {
        const li = clone<HTMLLIElement>('tpl-chip', 'li');
        li.querySelector('[data-name]')!.textContent = m.name;
        const remove = li.querySelector('button')!;
        remove.setAttribute('aria-label', `Remove ${m.name}`);
        remove.addEventListener('click', () => navigate(models.filter((x) => x !== m).map((x) => x.id)));
        return li;
      }),
    );
    input.disabled = models.length >= MAX_MODELS;
    input.placeholder = models.length >= MAX_MODELS ? `Up to ${MAX_MODELS} models; remove one to add another` : 'Type a name, maker or API id';
    const rivals = [...new Map(models.flatMap((m) => m.rivals).filter((r) => !ids.includes(r.id)).map((r) => [r.id, r])).values()].slice(0, 6);
    rivalsBox.hidden = rivals.length === 0 || models.length >= MAX_MODELS;
    rivalsBox.querySelector('[data-list]')!.replaceChildren(
      ...rivals.map((r) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'rival';
        b.textContent = `+ ${r.name}`;
        b.addEventListener('click', () => navigate([...ids, r.id]));
        return b;
      }),
    );
    output.querySelectorAll<HTMLElement & { chart?: { destroy(): void } }>('[data-chart]').forEach((f) => f.chart?.destroy());
    output.replaceChildren();
    if (models.length < MIN_MODELS) {
      const p = document.createElement('p');
      p.textContent = `Choose at least ${MIN_MODELS} models (up to ${MAX_MODELS}).`;
      message.append(p);
      return;
    }
    const factTable = clone<HTMLElement>('tpl-fact-table', '.table-scroll');
    const headRow = factTable.querySelector('thead tr')!;
    for (const m of models) {
      const th = clone<HTMLTableCellElement>('tpl-model-head', 'th');
      const a = th.querySelector('a')!;
      a.href = `${base}models/${m.id}/`;
      a.textContent = m.name;
      headRow.append(th);
    }
    const tbody = factTable.querySelector('tbody')!;
    for (const row of factRows(models.map((m) => m.facts))) {
      const tr = clone<HTMLTableRowElement>('tpl-row', 'tr');
      tr.querySelector('th')!.textContent = row.label;
      tr.dataset.fact = row.id;
      row.cells.forEach((c, i) => {
        const td = clone<HTMLElement>('tpl-fact-cell', 'td');
        fillFactCell(td, c, row.best === i);
        tr.append(td);
      });
      tbody.append(tr);
    }
    output.append(clone('tpl-facts-heading', 'h2'), factTable);
    const rows = resultRows(models.map((m) => m.results));
    output.append(clone('tpl-results-heading', 'h2'));
    if (rows.length === 0) {
      output.append(clone('tpl-no-results', 'p'));
      return;
    }
    const resultTable = clone<HTMLElement>('tpl-result-table', '.table-scroll');
    const resultHead = resultTable.querySelector('thead tr')!;
    for (const m of models) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.className = 'num';
      th.textContent = m.name;
      resultHead.append(th);
    }
    for (const row of rows) {
      const tr = clone<HTMLTableRowElement>('tpl-result-row', 'tr');
      const a = tr.querySelector('th a') as HTMLAnchorElement;
      a.href = `${base}benchmarks/${row.benchmarkId}/`;
      a.textContent = row.label;
      row.cells.forEach((c, i) => {
        if (!c) return tr.append(clone('tpl-result-empty', 'td'));
        const td = clone<HTMLTableCellElement>('tpl-result-cell', 'td');
        td.querySelector('[data-text]')!.textContent = c.text;
        td.querySelector<HTMLElement>('[data-best]')!.hidden = row.best !== i;
        td.classList.toggle('best', row.best === i);
        const by = td.querySelector<HTMLAnchorElement>('[data-origin]')!;
        by.href = c.url;
        by.querySelector('[data-origin-text]')!.textContent = originShort(c, c.publisher);
        td.querySelector('[data-source]')!.textContent = ` (source: ${c.publisher})`;
        tr.append(td);
      });
      resultTable.querySelector('tbody')!.append(tr);
    }
    output.append(resultChart(models.map((m) => m.name), rows, scales), resultTable);
    observeCharts();
  };

  enableModelPicker(input, listbox, { index, chosen: () => current().ids, onPick: (e) => navigate([...current().ids, e.id]) });
  copy?.addEventListener('click', async () => {
    const status = document.getElementById('compare-status');
    try {
      await navigator.clipboard.writeText(location.href);
      if (status) status.textContent = 'Link copied.';
    } catch {
      if (status) status.textContent = `Copy this link: ${location.href}`;
    }
  });
  window.addEventListener('popstate', () => void render());
  void render();
}
