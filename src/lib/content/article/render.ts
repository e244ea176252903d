// Renders a checked article to HTML and to plain Markdown. Both come from the syntax tree, never
// from the source text: every text node is escaped, citations become numbered links, and a tree
// that still holds a forbidden node stops the build (the validator reports it first).
import type { Element, ElementContent } from 'hast';
import type { Heading, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import GithubSlugger from 'github-slugger';
import { unified } from 'unified';
import remarkSmartypants from 'remark-smartypants';
import { CITE, parseArticle, type ParsedArticle } from './parse.ts';

export type NumberOf = (sourceId: string) => number | undefined;

const typography = unified().use(remarkSmartypants);

function citeId(node: unknown): string | undefined {
  const attrs = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? [];
  const value = attrs.find((a) => a.name === 'id')?.value;
  return typeof value === 'string' ? value : undefined;
}

function assertSafe(article: ParsedArticle, where: string): void {
  if (article.problems.length === 0) return;
  const list = article.problems.map((p) => `  line ${p.line}: ${p.message} (fix: ${p.fix})`).join('\n');
  throw new Error(`Unsafe article ${where}:\n${list}`);
}

/** HTML of an article: headings one level below the page section, ids prefixed "article-". */
export function renderArticleHtml(body: string, numberOf: NumberOf, where = ''): string {
  const article = parseArticle(body);
  assertSafe(article, where);
  const tree = structuredClone(article.tree);
  typography.runSync(tree);
  const slugger = new GithubSlugger();
  const cite = (_state: State, node: unknown): Element | undefined => {
    const n = citeId(node) === undefined ? undefined : numberOf(citeId(node)!);
    if (n === undefined) return undefined;
    return {
      type: 'element',
      tagName: 'sup',
      properties: { className: ['cite'] },
      children: [{ type: 'element', tagName: 'a', properties: { href: `#source-${n}`, ariaLabel: `Source ${n}` }, children: [{ type: 'text', value: `[${n}]` }] }],
    };
  };
  const hast = toHast(tree as Root, {
    handlers: {
      mdxJsxTextElement: cite,
      mdxJsxFlowElement: cite,
      heading(state: State, node: Heading): Element {
        const children = state.all(node) as ElementContent[];
        const text = toHtml(children).replace(/<[^>]+>/g, '');
        return { type: 'element', tagName: `h${Math.min(6, node.depth + 1)}`, properties: { id: `article-${slugger.slug(text)}` }, children };
      },
    },
  });
  return toHtml(hast, { characterReferences: { useNamedReferences: true } });
}

/** The article as Markdown without any HTML: citations written as [n], numbered like the page. */
export function renderArticleMarkdown(body: string, numberOf: NumberOf, where = ''): string {
  const article = parseArticle(body);
  assertSafe(article, where);
  const tree = structuredClone(article.tree);
  const replace = (node: { children?: unknown[] }) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const c = child as { type: string; name?: string };
      if ((c.type === 'mdxJsxTextElement' || c.type === 'mdxJsxFlowElement') && c.name === CITE) {
        const n = citeId(c) === undefined ? undefined : numberOf(citeId(c)!);
        return { type: 'text', value: n === undefined ? '' : `[${n}]` };
      }
      replace(c as { children?: unknown[] });
      return c;
    });
  };
  replace(tree);
  return toMarkdown(tree as Root, { extensions: [gfmToMarkdown()] }).trim();
}
