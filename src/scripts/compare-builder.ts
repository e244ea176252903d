// The /compare/ builder: pick 2 to 6 models, see them side by side. The choice lives in the URL
// (?models=a,b,c) so it can be shared and survives a reload. Data comes from the JSON the page
// embeds; nothing is fetched.
import type { BuilderPayload } from '../lib/compare/rows';
import { originShort } from '../lib/benchmarks/result-origin';

const MIN = 2;
const MAX = 6;

type ModelData = BuilderPayload['models'][number];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function best(values: (number | null | undefined)[], direction: 'higher' | 'lower' | null): number | undefined {
  const known = values.map((v, i) => [v, i] as const).filter((x): x is readonly [number, number] => typeof x[0] === 'number');
  if (!direction || known.length < 2) return undefined;
  const target = direction === 'higher' ? Math.max(...known.map(([v]) => v)) : Math.min(...known.map(([v]) => v));
  const winners = known.filter(([v]) => v === target);
  return winners.length === 1 ? winners[0][1] : undefined;
}

function table(caption: string, head: string[], rows: { label: string; cells: string[]; notes?: string[]; links?: string[]; best?: number; href?: string }[]): HTMLElement {
  const wrap = el('div', undefined, 'table-scroll');
  const t = el('table');
  t.append(el('caption', caption));
  const thead = el('thead');
  const hr = el('tr');
  head.forEach((h) => {
    const th = el('th', h);
    th.scope = 'col';
    hr.append(th);
  });
  thead.append(hr);
  const tbody = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    const th = el('th');
    th.scope = 'row';
    if (r.href) {
      const a = el('a', r.label);
      a.href = r.href;
      th.append(a);
    } else th.textContent = r.label;
    tr.append(th);
    r.cells.forEach((c, i) => {
      const td = el('td', c);
      if (r.best === i) {
        td.className = 'best';
        td.append(el('span', ' (best)', 'visually-hidden'));
      }
      if (r.notes?.[i]) {
        const note = r.links?.[i] ? el('a', r.notes[i], 'by') : el('span', r.notes[i], 'by');
        if (note instanceof HTMLAnchorElement) note.href = r.links![i];
        td.append(note);
      }
      tr.append(td);
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  wrap.append(t);
  return wrap;
}

export function enableCompareBuilder(): void {
  const dataNode = document.getElementById('compare-data');
  const form = document.querySelector<HTMLFormElement>('#compare-form');
  const output = document.getElementById('compare-output');
  const message = document.getElementById('compare-message');
  if (!dataNode || !form || !output || !message) return;
  const data = JSON.parse(dataNode.textContent ?? '{}') as BuilderPayload;
  const byId = new Map(data.models.map((m) => [m.id, m]));
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name="model"]')];
  const base = form.dataset.base ?? '/';

  const render = (ids: string[], unknown: string[]) => {
    output.replaceChildren();
    message.replaceChildren();
    if (unknown.length) {
      message.append(el('p', `Unknown model id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Ids look like "openai/gpt-4o-mini"; pick models from the lists instead.`, 'warning'));
    }
    const models = ids.map((id) => byId.get(id)).filter((m): m is ModelData => Boolean(m));
    if (models.length < MIN) {
      message.append(el('p', `Choose at least ${MIN} models (up to ${MAX}).`));
      return;
    }
    const head = ['Fact', ...models.map((m) => m.name)];
    const factRows = data.facts.map((f, i) => ({
      label: f.label,
      cells: models.map((m) => m.facts[i].text),
      notes: models.map((m) => m.facts[i].sources.map((s) => s.publisher).join(', ')),
      links: models.map((m) => m.facts[i].sources[0]?.url ?? ''),
      best: best(models.map((m) => m.facts[i].value), f.direction as 'higher' | 'lower' | null),
    }));
    output.append(el('h2', 'Specs, prices and features'), table('Selected models side by side', head, factRows));
    const keys = new Map<string, { label: string; benchmarkId: string; higherIsBetter: boolean }>();
    models.forEach((m) => m.results.forEach((r) => keys.set(r.key, r)));
    const benchRows = [...keys.entries()]
      .map(([key, info]) => {
        const cells = models.map((m) => m.results.find((r) => r.key === key));
        return {
          label: info.label,
          href: `${base}benchmarks/${info.benchmarkId}/`,
          cells: cells.map((c) => (c ? c.text : '—')),
          notes: cells.map((c) => (c ? originShort(c, c.publisher) : '')),
          links: cells.map((c) => c?.url ?? ''),
          best: best(cells.map((c) => c?.score), info.higherIsBetter ? 'higher' : 'lower'),
          count: cells.filter(Boolean).length,
        };
      })
      .filter((r) => r.count >= 2)
      .sort((a, b) => a.label.localeCompare(b.label));
    output.append(el('h2', 'Benchmarks at the same version and setting'));
    if (benchRows.length) output.append(table('Benchmarks at least two of the models share', ['Benchmark', ...models.map((m) => m.name)], benchRows));
    else output.append(el('p', 'These models share no benchmark at the same version and setting.'));
    const share = el('p');
    share.append('Link to this comparison: ');
    const link = el('a', location.href);
    link.href = location.href;
    share.append(link);
    output.append(share);
  };

  const fromUrl = () => {
    const raw = new URLSearchParams(location.search).get('models') ?? '';
    const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
    const known = [...new Set(ids.filter((id) => byId.has(id)))].slice(0, MAX);
    const unknown = ids.filter((id) => !byId.has(id));
    selects.forEach((s, i) => (s.value = known[i] ?? ''));
    render(known, unknown);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...new Set(selects.map((s) => s.value).filter(Boolean))];
    const url = new URL(location.href);
    if (ids.length) url.searchParams.set('models', ids.join(','));
    else url.searchParams.delete('models');
    history.pushState(null, '', url.toString().replace(/%2C/g, ',').replace(/%2F/g, '/'));
    fromUrl();
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
