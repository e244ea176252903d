// Atom feed of the change log: one entry per model per commit, newest first.
import type { Catalog } from '../catalog/catalog.ts';
import type { ChangeEntry, ChangeHistory } from '../changes/history.ts';
import { changeAnchor, fieldLabel, PAGE_SIZE } from '../views/changes-page.ts';
import { truncate } from '../changes/compact.ts';
import { atomXml } from './atom.ts';

/** "old → new", "added new", "removed old": one change in words. */
export function changeText(e: Pick<ChangeEntry, 'field' | 'kind' | 'old' | 'new'>, catalog?: Catalog): string {
  const label = fieldLabel(e.field, catalog);
  if (e.field === 'model') return e.kind === 'added' ? `new model ${e.new}` : `model removed (${e.old})`;
  if (e.kind === 'added') return `${label}: added ${e.new}`;
  if (e.kind === 'removed') return `${label}: removed ${e.old}`;
  return `${label}: ${e.old} → ${e.new}`;
}

interface Group {
  first: ChangeEntry;
  index: number;
  entries: ChangeEntry[];
}

export function changesFeed(history: ChangeHistory, catalog: Catalog, siteUrl: string, today: string, limit = 50): string {
  const groups: Group[] = [];
  const entries = history.available ? history.entries : [];
  entries.forEach((e, index) => {
    const last = groups.at(-1);
    if (last && last.first.hash === e.hash && last.first.model === e.model) last.entries.push(e);
    else if (groups.length < limit) groups.push({ first: e, index, entries: [e] });
  });
  return atomXml({
    title: 'Model Atlas: changes to the data',
    self: new URL('changes.xml', siteUrl).href,
    page: new URL('changes/', siteUrl).href,
    updated: groups[0] ? new Date(groups[0].first.date).toISOString() : `${today}T00:00:00Z`,
    entries: groups.map(({ first, index, entries: changes }) => {
      const page = Math.floor(index / PAGE_SIZE) + 1;
      const url = new URL(`${page === 1 ? 'changes/' : `changes/${page}/`}#${changeAnchor(first)}`, siteUrl).href;
      const name = catalog.model.get(first.model)?.data.name ?? first.model;
      return {
        title: truncate(`${name}: ${changes.map((c) => changeText(c, catalog)).join('; ')}`, 140),
        url,
        id: `urn:model-atlas:change:${first.hash}:${first.model}`,
        updated: new Date(first.date).toISOString(),
        summary: `${changes.map((c) => changeText(c, catalog)).join('\n')}\n(commit ${first.shortHash}: ${first.subject})`,
      };
    }),
  });
}
