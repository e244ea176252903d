// Numbers a model page's sources: in the order the page first uses them (facts, then article),
// so [1] is the first source a reader meets. One number per source, however often it is cited.
import type { Catalog, Model, Source } from './catalog.ts';
import { parseArticle } from '../content/article/parse.ts';
import { sourceRefs } from '../content/rules/references.ts';

export interface Citation {
  number: number;
  source: Source;
  /** Fields of the frontmatter that rely on this source, e.g. "pricing[0]". */
  usedBy: string[];
}

export interface CitationIndex {
  list: Citation[];
  numberOf(sourceId: string): number | undefined;
}

export function citationIndex(model: Model, catalog: Catalog): CitationIndex {
  const order = new Map<string, string[]>();
  const use = (id: string, field: string) => {
    if (!order.has(id)) order.set(id, []);
    order.get(id)!.push(field);
  };
  for (const ref of sourceRefs(model.data)) use(ref.id, ref.field.replace(/\.source$|\.sources\[\d+\]$/, ''));
  for (const cite of parseArticle(model.body).citations) use(cite.id, 'article');

  const list: Citation[] = [];
  for (const [id, usedBy] of order) {
    const source = catalog.source.get(id);
    if (source) list.push({ number: list.length + 1, source, usedBy: [...new Set(usedBy)] });
  }
  const numbers = new Map(list.map((c) => [c.source.id, c.number]));
  return { list, numberOf: (id) => numbers.get(id) };
}
