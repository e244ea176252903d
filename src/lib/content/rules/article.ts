// The article body: only Markdown and <Cite id="…" />, and every citation names a source.
import { parseArticle } from '../article/parse.ts';
import type { Problem } from '../problem.ts';
import { known, models, suggest, type RuleContext } from './context.ts';

export function articles(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [, m] of models(ctx)) {
    const article = parseArticle(m.body);
    const line = (n: number) => `line ${m.bodyLine + n - 1}`;
    for (const p of article.problems) problems.push({ file: m.file, field: line(p.line), message: p.message, fix: p.fix });
    for (const cite of article.citations)
      if (!known(ctx, 'sources', cite.id)) problems.push({ file: m.file, field: line(cite.line), message: `citation "${cite.id}" does not resolve to a source`, fix: suggest(ctx, 'sources', cite.id) });
  }
  return problems;
}
