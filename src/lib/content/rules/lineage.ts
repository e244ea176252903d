// Predecessor and successor links must tell one consistent, acyclic history.
import type { ModelData } from '../../../schemas/index.ts';
import type { Parsed } from '../parse.ts';
import type { Problem } from '../problem.ts';
import { models, type RuleContext } from './context.ts';

const released = (d: ModelData) => d.dates?.released?.date ?? d.dates?.announced?.date;

interface Link {
  older: string;
  newer: string;
  file: string;
  field: 'predecessor' | 'successor';
}

/** Each older → newer link once, whichever file states it. */
function linksOf(all: Map<string, Parsed<ModelData>>): Link[] {
  const links = new Map<string, Link>();
  for (const [id, m] of all) {
    const p = m.data.predecessor;
    if (p && p !== id && all.has(p)) links.set(`${p}|${id}`, { older: p, newer: id, file: m.file, field: 'predecessor' });
  }
  for (const [id, m] of all) {
    const s = m.data.successor;
    if (s && s !== id && all.has(s) && !links.has(`${id}|${s}`)) links.set(`${id}|${s}`, { older: id, newer: s, file: m.file, field: 'successor' });
  }
  return [...links.values()];
}

/** Loops in the older → newer graph, each once, starting from its smallest id. */
function loops(links: Link[]): string[][] {
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.older, [...(next.get(l.older) ?? []), l.newer]);
  const found = new Map<string, string[]>();
  const visit = (start: string, at: string, path: string[]) => {
    for (const n of next.get(at) ?? []) {
      if (n === start) found.set([...path].sort().join('|'), path);
      else if (!path.includes(n) && n > start) visit(start, n, [...path, n]);
    }
  };
  for (const start of [...next.keys()].sort()) visit(start, start, [start]);
  return [...found.values()];
}

export function lineage(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const all = new Map<string, Parsed<ModelData>>(models(ctx));
  const links = linksOf(all);

  // Lines may merge and split (GPT-5 followed both GPT-4.1 and o3; one model can have several
  // successors), so links need not be one-to-one; what cannot be true is a loop, and two files
  // that each put the other later are the shortest loop of all.
  for (const loop of loops(links)) {
    const first = all.get(loop[0])!;
    problems.push(
      loop.length === 2
        ? { file: first.file, field: 'successor', message: `${loop[0]} and ${loop[1]} disagree on their order: each file puts the other one later`, fix: 'check which came first and correct predecessor/successor in one of the two files' }
        : { file: first.file, field: 'predecessor', message: `predecessor and successor links form a loop: ${[...loop, loop[0]].join(' → ')}`, fix: 'a model cannot (indirectly) come after itself: correct one of the links' },
    );
  }

  for (const link of links) {
    const a = released(all.get(link.older)!.data);
    const b = released(all.get(link.newer)!.data);
    if (a && b && b < a)
      problems.push({ file: link.file, field: link.field, message: `${link.newer} (released ${b}) comes before its predecessor ${link.older} (released ${a})`, fix: 'check both release dates and which model succeeds which' });
  }
  return problems;
}
