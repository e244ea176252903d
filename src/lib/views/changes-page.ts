// Data for the change log: pages of entries grouped by month, commit and model, and each model's
// latest changes for its own page. Anchors are shared so a model page can link to its entries.
import type { Catalog } from '../catalog/catalog.ts';
import { publisherOf } from '../catalog/catalog.ts';
import type { ChangeEntry, ChangeHistory } from '../changes/history.ts';
import type { ChangeKind } from '../changes/diff.ts';
import { FACTS } from '../facts/registry.ts';
import { STATUS_LABEL } from '../format/labels.ts';
import type { Status } from '../../schemas/enums.ts';
import { formatDate } from '../format/format.ts';
import { modelPath, REPOSITORY_URL, withBase } from '../site.ts';
import { truncate } from '../changes/compact.ts';

/** Entries per page of /changes/: keeps each page well under 300 KB of HTML. */
export const PAGE_SIZE = 150;

export interface SourceLink {
  id: string;
  publisher: string;
  url?: string;
}

export interface ShownChange {
  field: string;
  kind: ChangeKind;
  old?: string;
  new?: string;
  sources: SourceLink[];
}

export interface ModelChanges {
  model: string;
  name: string;
  /** The model's page, when the model still exists. */
  href?: string;
  anchor: string;
  changes: ShownChange[];
}

export interface CommitChanges {
  hash: string;
  shortHash: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  subject: string;
  url: string;
  models: ModelChanges[];
}

export interface MonthChanges {
  month: string;
  label: string;
  commits: CommitChanges[];
}

export interface ChangesPage {
  /** 1 for /changes/, 2 for /changes/2/… */
  number: number;
  months: MonthChanges[];
}

export const changesPagePath = (n: number) => withBase(n === 1 ? '/changes/' : `/changes/${n}/`);
export const changeAnchor = (e: Pick<ChangeEntry, 'shortHash' | 'model'>) => `c-${e.shortHash}-${e.model.replace(/[^a-z0-9]+/g, '-')}`;

const PRICE_FIGURE: Record<string, string> = { input: 'input', output: 'output', cachedInput: 'cached input', batchInput: 'batch input', batchOutput: 'batch output' };
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A field path in words, with the registry's labels and the catalog's names where they exist. */
export function fieldLabel(field: string, catalog?: Catalog): string {
  const [path, suffix] = field.split(' (');
  const [group, ...rest] = path.split('.');
  const key = rest.join('.');
  const fact = group === 'specs' ? FACTS[key as keyof typeof FACTS] : group === 'features' ? FACTS[`feature.${key}` as keyof typeof FACTS] : undefined;
  let label = fact?.label;
  if (!label && group === 'pricing') {
    const [platform, ...more] = key.split('.');
    const figure = PRICE_FIGURE[more.at(-1) ?? ''];
    const where = platform.split(' from ');
    const name = catalog?.provider.get(where[0])?.data.name ?? where[0];
    label = `Price on ${name}${where[1] ? ` from ${where[1]}` : ''}${figure ? `, ${figure}` : ''}`;
  }
  if (!label && group === 'benchmarks') {
    const [id, ...detail] = key.split(' · ');
    label = `${catalog?.benchmark.get(id)?.data.name ?? id}${detail.length ? ` (${detail.join(', ')})` : ''}`;
  }
  if (!label && group === 'status' && key) label = `Status ${STATUS_LABEL[key.split(' #')[0] as Status]?.toLowerCase() ?? key}`;
  if (!label && group === 'dates' && key) label = `${sentence(words(key))} date`;
  label ??= sentence(words(path));
  return suffix ? `${label} (${suffix}` : label;
}

function shown(e: ChangeEntry, catalog: Catalog): ShownChange {
  const sources = e.sources.map((id) => ({ id, publisher: publisherOf(id, catalog), url: catalog.source.get(id)?.data.url }));
  // A change of source alone reads as publishers ("Anthropic → models.dev"), not ids.
  const named = (ids?: string) => (ids && e.field.endsWith('(source)') ? ids.split(', ').map((id) => publisherOf(id, catalog)).join(', ') : ids);
  return { field: fieldLabel(e.field, catalog), kind: e.kind, old: named(e.old), new: named(e.new), sources };
}

const commitUrl = (hash: string) => `${REPOSITORY_URL}/commit/${hash}`;

function groupPage(entries: ChangeEntry[], catalog: Catalog): MonthChanges[] {
  const months: MonthChanges[] = [];
  for (const e of entries) {
    const date = e.date.slice(0, 10);
    const month = date.slice(0, 7);
    let m = months.at(-1);
    if (m?.month !== month) months.push((m = { month, label: formatDate(month, 'long'), commits: [] }));
    let c = m.commits.at(-1);
    if (c?.hash !== e.hash) m.commits.push((c = { hash: e.hash, shortHash: e.shortHash, date, subject: truncate(e.subject, 120), url: commitUrl(e.hash), models: [] }));
    let g = c.models.at(-1);
    if (g?.model !== e.model) {
      const model = catalog.model.get(e.model);
      c.models.push((g = { model: e.model, name: model?.data.name ?? e.model, href: model ? modelPath(e.model) : undefined, anchor: changeAnchor(e), changes: [] }));
    }
    g.changes.push(shown(e, catalog));
  }
  return months;
}

/** The change log split into pages, newest first; one empty page when there is nothing. */
export function changesPages(history: ChangeHistory, catalog: Catalog, size = PAGE_SIZE): ChangesPage[] {
  const entries = history.available ? history.entries : [];
  const pages: ChangesPage[] = [];
  for (let i = 0; i < entries.length; i += size) pages.push({ number: pages.length + 1, months: groupPage(entries.slice(i, i + size), catalog) });
  return pages.length ? pages : [{ number: 1, months: [] }];
}

export interface ModelHistoryRow extends ShownChange {
  date: string;
  shortHash: string;
  url: string;
  /** The entry on /changes/ (page and anchor). */
  href: string;
}

/** A model's latest changes, newest first, each linked to its place in the change log. */
export function modelHistory(history: ChangeHistory, modelId: string, catalog: Catalog, limit = 8, size = PAGE_SIZE): { rows: ModelHistoryRow[]; total: number } {
  if (!history.available) return { rows: [], total: 0 };
  const indexed = history.entries.flatMap((e, i) => (e.model === modelId ? [{ e, i }] : []));
  const rows = indexed.slice(0, limit).map(({ e, i }) => ({
    ...shown(e, catalog),
    date: e.date.slice(0, 10),
    shortHash: e.shortHash,
    url: commitUrl(e.hash),
    href: `${changesPagePath(Math.floor(i / size) + 1)}#${changeAnchor(e)}`,
  }));
  return { rows, total: indexed.length };
}
