// Draws the chooser's shortlist into its table: one row per model with its index and coverage,
// each weighted score with its source, the month's cost and the price list it comes from. Text
// only goes in through textContent; links only to the site or to a source's http(s) URL.
import { formatDate, formatScore, formatUsd } from '../lib/format/format';
import { formatCost } from '../lib/pricing/cost';
import type { Shortlist, ShortlistRow } from '../lib/choose/shortlist';
import type { ChooseDocument } from '../lib/choose/types';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

function sourceLink(doc: ChooseDocument, id: string): HTMLElement {
  const s = doc.sources[id];
  if (!s || !/^https?:\/\//.test(s.url)) return el('span', `source: ${id}`, 'muted');
  const a = el('a', s.publisher);
  a.href = s.url;
  a.rel = 'noopener';
  a.dataset.source = id;
  return a;
}

const seriesLabel = (s: Shortlist['series'][number]) => {
  const setting = s.series ? [s.series.version, s.series.setting].filter(Boolean).join(', ') : '';
  return `${s.series?.benchmark.name ?? s.id}${setting ? ` (${setting})` : ''}${s.weight !== 1 ? ` ×${s.weight}` : ''}`;
};

export function drawHead(tr: HTMLTableRowElement, list: Shortlist): void {
  const heads = ['Model', 'Index (coverage)', ...list.series.map(seriesLabel), 'Cost per month', 'Price used'];
  tr.replaceChildren(...heads.map((h) => Object.assign(el('th', h), { scope: 'col' })));
}

export function drawRow(doc: ChooseDocument, list: Shortlist, row: ShortlistRow, rank: number, base: string): HTMLTableRowElement {
  const tr = el('tr');
  tr.dataset.model = row.model.id;
  const name = el('th');
  name.scope = 'row';
  const link = el('a', row.model.name);
  link.href = `${base}models/${row.model.id}/`;
  name.append(`${rank}. `, link, el('br'), el('span', doc.providers[row.model.maker] ?? row.model.maker, 'muted'));
  for (const id of row.unknown) name.append(el('br'), el('span', `unknown: ${doc.labels[id] ?? id.replace(/^score\./, '')}`, 'unknown-mark'));
  tr.append(name);

  const index = el('td');
  index.dataset.index = row.index.index === undefined ? '' : row.index.index.toFixed(1);
  if (!list.series.length) index.append(el('span', 'no benchmarks weighted', 'muted'));
  else if (row.index.index === undefined) index.append(el('span', `too few results (${row.index.have} of ${row.index.of})`, 'muted'));
  else index.append(el('strong', row.index.index.toFixed(1)), ' ', el('span', `(${row.index.have} of ${row.index.of})`, 'muted'));
  tr.append(index);

  for (const s of list.series) {
    const td = el('td');
    const r = s.series?.results.get(row.model.id);
    const unit = doc.benchmarks.find((b) => b.id === s.id)?.unit ?? '%';
    if (!r) td.append(el('span', 'no result at this setting', 'muted'));
    else td.append(formatScore(r.score, unit === 'points' ? 'points' : '%'), ' ', el('span', `(${s.series!.normalised.get(row.model.id)!.toFixed(0)} of 100)`, 'muted'), el('br'), sourceLink(doc, r.source));
    tr.append(td);
  }

  const cost = el('td');
  cost.dataset.cost = row.cost?.usd === undefined ? '' : row.cost.usd.toFixed(6);
  if (!row.price) cost.append(el('span', `no price on ${formatDate(list.date)}`, 'muted'));
  else if (row.cost?.usd === undefined) cost.append(el('span', 'no batch price', 'muted'));
  else {
    cost.append(el('strong', formatCost(row.cost.usd)));
    if (row.cost.noCachedPrice) cost.append(el('br'), el('span', 'no cached price: full input price used', 'muted'));
  }
  tr.append(cost);

  const price = el('td');
  if (row.price) {
    const p = row.price;
    const batch = p.batchInput !== undefined && p.batchOutput !== undefined ? `; batch ${formatUsd(p.batchInput)} / ${formatUsd(p.batchOutput)}` : '';
    const cached = p.cachedInput !== undefined ? `; cached ${formatUsd(p.cachedInput)}` : '';
    const since = p.effective ? `since ${formatDate(p.effective)}` : `listed ${formatDate(p.listed ?? '')}`;
    price.dataset.price = `${p.input}/${p.output}`;
    price.append(`${formatUsd(p.input)} in / ${formatUsd(p.output)} out${cached}${batch}`, el('br'), el('span', `${doc.providers[p.platform] ?? p.platform}, ${since}`, 'muted'), el('br'), sourceLink(doc, p.source));
  } else price.append(el('span', 'unknown', 'muted'));
  tr.append(price);
  return tr;
}
