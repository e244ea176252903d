// Data for the change log: pages of entries grouped by month, commit and model, and each model's
// latest changes for its own page. Anchors are shared so a model page can link to its entries.
import type { Catalog } from '../catalog/catalog.ts';
import { publisherOf } from '../catalog/catalog.ts';
import type { ChangeEntry, ChangeHistory } from '../changes/history.ts';
import type { ChangeKind } from '../changes/diff.ts';
import { FACTS } from '../facts/registry.ts';
import { formatDate } from '../format/format.ts';
import { modelPath, REPOSITORY_URL, withBase } from '../site.ts';
import { truncate } from '../changes/compact.ts';

/** Entries per page of /changes/: keeps each page well under 300 KB of HTML. */
export const PAGE_SIZE = 250;

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

/** Field paths read with the registry's labels where the registry defines the fact. */
export function fieldLabel(field: string): string {
  const [path, suffix = ''] = field.split(' (');
  const [group, key] = path.split('.', 2);
  const fact = group === 'specs' ? FACTS[key as keyof typeof FACTS] : group === 'features' ? FACTS[`feature.${key}` as keyof typeof FACTS] : undefined;
  const label = fact ? `${fact.label}` : path;
  return suffix ? `${label} (${suffix}` : label;
}

function shown(e: ChangeEntry, catalog: Catalog): ShownChange {
  const sources = e.sources.map((id) => ({ id, publisher: publisherOf(id, catalog), url: catalog.source.get(id)?.data.url }));
  return { field: fieldLabel(e.field), kind: e.kind, old: e.old, new: e.new, sources };
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
