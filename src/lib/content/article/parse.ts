// Articles are data, not code: Markdown plus the citation component, nothing else. The body is
// parsed once into a syntax tree; anything that could run code, inject markup or load a
// resource from elsewhere is reported with its line and a fix, and the tree is never compiled.
import type { Node, Parent } from 'unist';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

export interface ArticleProblem {
  /** Line in the article body, 1-based. */
  line: number;
  message: string;
  fix: string;
}

export interface ParsedArticle {
  tree: Root;
  problems: ArticleProblem[];
  /** Cited source ids in order of appearance, with their body line. */
  citations: { id: string; line: number }[];
}

/** The one component an article may use. */
export const CITE = 'Cite';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** A link target is allowed when it is http(s), a path on this site, or an anchor on the page. */
export function isSafeLinkUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url) || /^\/(?!\/)/.test(url) || /^#[\w-]*$/.test(url);
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

function checkCite(node: Node & { attributes?: JsxAttribute[]; children?: Node[] }, problems: ArticleProblem[], citations: ParsedArticle['citations']) {
  const line = lineOf(node);
  const attrs = node.attributes ?? [];
  const id = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const others = attrs.filter((a) => a !== id);
  if (others.length > 0)
    problems.push({ line, message: `<Cite> takes only an id (found ${others.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '{…}')).join(', ')})`, fix: 'write <Cite id="source-id" />' });
  if (node.children && node.children.length > 0) problems.push({ line, message: '<Cite> cannot wrap text', fix: 'write <Cite id="source-id" /> after the claim' });
  if (!id) problems.push({ line, message: '<Cite> without an id', fix: 'write <Cite id="source-id" />' });
  else if (typeof id.value !== 'string') problems.push({ line, message: '<Cite id> must be plain text, not an expression', fix: 'write <Cite id="source-id" />' });
  else citations.push({ id: id.value, line });
}

function walk(node: Node, problems: ArticleProblem[], citations: ParsedArticle['citations']): void {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push({ line, message: 'import and export are not allowed in an article', fix: 'remove the line; an article is Markdown with <Cite id="…" /> citations only' });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ line, message: 'a {…} expression is not allowed in an article', fix: 'remove it, or write \\{ to show a literal brace' });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = (node as { name?: string | null }).name;
      if (name === CITE) checkCite(node, problems, citations);
      else
        problems.push({
          line,
          message: name ? `<${name}> is not allowed: articles take no HTML and no component but <Cite />` : 'a fragment <> is not allowed in an article',
          fix: 'write Markdown instead (## heading, **bold**, [text](https://…)); write \\< to show a literal "<"',
        });
      return;
    }
    case 'html':
      problems.push({ line, message: 'raw HTML is not allowed in an article', fix: 'write Markdown instead' });
      return;
    case 'link':
    case 'definition': {
      const url = (node as unknown as { url: string }).url;
      if (!isSafeLinkUrl(url)) problems.push({ line, message: `link "${url.slice(0, 60)}" is not an http(s) or site address`, fix: 'link to an https:// page or a path on this site' });
      break;
    }
    case 'image':
      problems.push({ line, message: 'images are not allowed in an article', fix: 'remove the image; the site makes no requests to other hosts' });
      return;
  }
  for (const child of (node as Parent).children ?? []) walk(child, problems, citations);
}

export function parseArticle(body: string): ParsedArticle {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      tree: { type: 'root', children: [] },
      problems: [{ line, message: `the article cannot be read: ${reason}`, fix: 'write \\< or \\{ for a literal "<" or "{"; articles are Markdown with <Cite id="…" /> only' }],
      citations: [],
    };
  }
  const problems: ArticleProblem[] = [];
  const citations: ParsedArticle['citations'] = [];
  walk(tree, problems, citations);
  return { tree, problems, citations };
}
