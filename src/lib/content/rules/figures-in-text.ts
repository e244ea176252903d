// Text that states a figure (a number or a date) must name its source: summaries, strengths,
// limitations, best uses, safety notes and FAQ answers.
import type { Problem } from '../problem.ts';
import { collector, models, type RuleContext } from './context.ts';

/** Model and family names that contain digits ("Claude 3 Haiku"), prepared once per run. */
export interface NameIndex {
  names: Set<string>;
  longest: number;
}

export function nameIndex(names: string[]): NameIndex {
  const withDigits = names.filter((n) => /\d/.test(n));
  return { names: new Set(withDigits), longest: Math.max(1, ...withDigits.map((n) => n.split(/\s+/).length)) };
}

/**
 * Whether a sentence states a figure: a digit left after removing model and family names
 * ("Claude 3 Haiku") and name-like tokens that mix letters and digits ("GPT-4o", "o3-mini", "V3").
 * Names are matched word by word (at most `longest` words), so the cost is linear in the text.
 */
export function holdsFigure(text: string, names: string[] | NameIndex): boolean {
  const index = Array.isArray(names) ? nameIndex(names) : names;
  const words = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let len = Math.min(index.longest, words.length - i); len >= 1 && !matched; len--) {
      const candidate = words.slice(i, i + len).join(' ');
      if (index.names.has(candidate) || index.names.has(candidate.replace(/[,.;:!?)'’]+$/, '').replace(/^[('"]+/, ''))) matched = len;
    }
    if (matched) i += matched;
    else kept.push(words[i++]);
  }
  const rest = kept
    .join(' ')
    .replace(/\b[A-Za-z]+[-.]?\d[\w.-]*|\b\d+(?:\.\d+)?[a-z][\w.-]*/g, (token) => (/^\d+(\.\d+)?(k|m|b|t|x|s|ms)$/i.test(token) ? token : ' '));
  return /\d/.test(rest);
}

export function figuresInText(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [, m] of models(ctx)) {
    const add = collector(m.file, problems);
    const d = m.data;
    if (d.summary && holdsFigure(d.summary, ctx.names) && (d.summarySources ?? []).length === 0)
      add('summarySources', 'the summary states a figure (a number or date) but names no source', 'add summarySources: [<source-id>, …] naming the sources of those figures');
    for (const list of ['strengths', 'limitations', 'bestFor', 'safety'] as const) {
      (d[list] ?? []).forEach((item, i) => {
        if (typeof item === 'string' && holdsFigure(item, ctx.names))
          add(`${list}[${i}]`, `"${item.slice(0, 50)}" holds a figure but no source`, 'write it as { text: "…", source: <source-id> }');
      });
    }
    (d.faq ?? []).forEach((f, i) => {
      if (holdsFigure(f.answer, ctx.names) && f.sources.length === 0)
        add(`faq[${i}].sources`, 'the answer holds a figure but names no source', 'add sources: [<source-id>] for the figures in the answer');
    });
  }
  return problems;
}
