#!/usr/bin/env node
// Compare two built sites (Astro dist/ folders) by the figures their pages show.
//
// Usage: node scripts/compare-dist.mjs <distA> <distB> [--drop CLASS]... [--keep-markers] [--json FILE]
//
//   Lists files only in A or only in B (HTML pages, JSON and XML outputs; _astro/ and pagefind/
//   assets are skipped), then, for every HTML/XML file in both, the multiset of figures in its
//   visible text: numbers with their currency sign or unit suffix ($0.15, 128,000, 82.0%, 405B,
//   128K) and dates, which are normalised to ISO form so "13 May 2024", "May 13, 2024" and
//   "2024-05-13" are the same figure. Pages whose figures differ are printed with the figures
//   lost (-) and gained (+), with counts. For JSON files in both, the multiset of numeric leaves
//   and date strings is compared the same way.
//
//   Visible text: <script>, <style>, <template> and comments are removed, then all tags; entities
//   are decoded and whitespace collapsed. Numbers glued to a word or an identifier (GPT-4o,
//   gpt-4o-2024-05-13, h2) are not figures. Source markers such as [3] are dropped unless
//   --keep-markers is given (renumbering them is not a change of fact).
//   --drop CLASS removes every element carrying that class before counting (repeatable), e.g.
//   --drop summary-box to see a page without a box that only repeats figures.
//   --json FILE writes the per-file differences as JSON for further analysis.
//   As a module it exports visibleText(), figures() and opts for ad-hoc checks.
//
// Exit status: 0 when every common file shows the same figures, 1 otherwise, 2 on bad usage.
// Node standard library only.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

export const opts = { drop: [], keepMarkers: false, json: null };

const SKIP = /^(_astro|pagefind)\//;
function walk(root, dir = root, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(root, p, out);
    else out.push(relative(root, p).split('\\').join('/'));
  }
  return out;
}
const kind = (f) => ({ '.html': 'page', '.xml': 'xml', '.json': 'json' })[extname(f)] ?? 'other';

// Remove every element whose class list holds `cls`, with whatever it nests.
function dropClass(html, cls) {
  const open = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\bclass="(?:[^"]*\\s)?${cls}(?:\\s[^"]*)?"[^>]*>`, 'g');
  let m;
  while ((m = open.exec(html))) {
    const tag = m[1].toLowerCase();
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = m.index + m[0].length;
    let depth = 1, t;
    while (depth > 0 && (t = re.exec(html))) depth += t[1] ? -1 : t[0].endsWith('/>') ? 0 : 1;
    const end = t ? re.lastIndex : html.length;
    html = html.slice(0, m.index) + ' ' + html.slice(end);
    open.lastIndex = m.index;
  }
  return html;
}

const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', thinsp: ' ', ndash: '–', mdash: '—', minus: '−', times: '×' };
export function visibleText(html) {
  for (const c of opts.drop) html = dropClass(html, c);
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (e, n) =>
      n[0] === '#' ? String.fromCodePoint(n[1] === 'x' || n[1] === 'X' ? parseInt(n.slice(2), 16) : +n.slice(1)) : ENT[n] ?? e)
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const mm = (name) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
const dd = (d) => String(d).padStart(2, '0');
const NOT_AFTER = '(?<![\\p{L}\\p{N}_\\-./:#@])';
const NOT_BEFORE = '(?![\\p{L}\\p{N}_]|[.,]\\d)';
const FIGURE = new RegExp(
  [
    `${NOT_AFTER}(\\d{4})-(\\d{2})-(\\d{2})${NOT_BEFORE}`, // 2024-05-13
    `${NOT_AFTER}(\\d{1,2}) ${MON},? (\\d{4})${NOT_BEFORE}`, // 13 May 2024
    `\\b${MON} (\\d{1,2}), (\\d{4})${NOT_BEFORE}`, // May 13, 2024
    `\\b${MON},? (\\d{4})${NOT_BEFORE}`, // May 2024
    `${NOT_AFTER}([$€£]\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(%|\\s?[KMBT]\\b|pp\\b|×)?${NOT_BEFORE}`, // $2.50, 128,000, 82.0%, 128K
  ].join('|'),
  'gu',
);
export function figures(text) {
  if (!opts.keepMarkers) text = text.replace(/\[\d+\]/g, ' ');
  const out = [];
  for (const m of text.matchAll(FIGURE)) {
    if (m[1]) out.push(`${m[1]}-${m[2]}-${m[3]}`);
    else if (m[4]) out.push(`${m[6]}-${mm(m[5])}-${dd(m[4])}`);
    else if (m[7]) out.push(`${m[9]}-${mm(m[7])}-${dd(m[8])}`);
    else if (m[10]) out.push(`${m[11]}-${mm(m[10])}`);
    else out.push(`${(m[12] ?? '').trim()}${m[13]}${m[14] ?? ''}${(m[15] ?? '').trim()}`);
  }
  return out;
}

// Numeric leaves and date-like strings of a JSON document.
function jsonFigures(v, out = []) {
  if (typeof v === 'number') out.push(String(v));
  else if (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?/.test(v)) out.push(v.slice(0, 10));
  else if (v && typeof v === 'object') for (const x of Object.values(v)) jsonFigures(x, out);
  return out;
}

const count = (list) => list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
function diff(a, b) {
  const ca = count(a), cb = count(b), lost = [], gained = [];
  for (const [k, n] of ca) if (n > (cb.get(k) ?? 0)) lost.push([k, n - (cb.get(k) ?? 0)]);
  for (const [k, n] of cb) if (n > (ca.get(k) ?? 0)) gained.push([k, n - (ca.get(k) ?? 0)]);
  return { lost, gained };
}
const MAX = 40; // figures printed per line; --json has them all
const fmt = (list) =>
  list.slice(0, MAX).map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ') + (list.length > MAX ? `, … (+${list.length - MAX} more)` : '');

function main(args) {
  const dirs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--drop') opts.drop.push(args[++i]);
    else if (args[i] === '--keep-markers') opts.keepMarkers = true;
    else if (args[i] === '--json') opts.json = args[++i];
    else dirs.push(args[i]);
  }
  if (dirs.length !== 2) {
    console.error('usage: node scripts/compare-dist.mjs <distA> <distB> [--drop CLASS]... [--keep-markers] [--json FILE]');
    process.exit(2);
  }
  const [A, B] = dirs;
  const filesA = new Set(walk(A).filter((f) => !SKIP.test(f)));
  const filesB = new Set(walk(B).filter((f) => !SKIP.test(f)));
  const report = { onlyA: [], onlyB: [], same: 0, sameByKind: {}, unreadable: [], differ: [] };
  for (const f of filesA) if (!filesB.has(f) && kind(f) !== 'other') report.onlyA.push(f);
  for (const f of filesB) if (!filesA.has(f) && kind(f) !== 'other') report.onlyB.push(f);

  const common = [...filesA].filter((f) => filesB.has(f) && kind(f) !== 'other').sort();
  for (const f of common) {
    const read = (d) => readFileSync(join(d, f), 'utf8');
    let fa, fb;
    if (kind(f) === 'json') {
      try { [fa, fb] = [jsonFigures(JSON.parse(read(A))), jsonFigures(JSON.parse(read(B)))]; }
      catch { report.unreadable.push(f); continue; }
    } else [fa, fb] = [figures(visibleText(read(A))), figures(visibleText(read(B)))];
    const d = diff(fa, fb);
    if (!d.lost.length && !d.gained.length) report.sameByKind[kind(f)] = (report.same++, (report.sameByKind[kind(f)] ?? 0) + 1);
    else report.differ.push({ file: f, kind: kind(f), figuresA: fa.length, figuresB: fb.length, ...d });
  }

  const byKind = (set) => [...count([...set].map(kind))].map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`A: ${A} (${byKind(filesA)})\nB: ${B} (${byKind(filesB)})`);
  console.log(`\nOnly in A (${report.onlyA.length}):${report.onlyA.map((f) => `\n  ${f}`).join('')}`);
  console.log(`\nOnly in B (${report.onlyB.length}):${report.onlyB.map((f) => `\n  ${f}`).join('')}`);
  const same = Object.entries(report.sameByKind).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`\nIn both: ${byKind(common)}; same figures: ${report.same} (${same}); different: ${report.differ.length}`);
  if (report.unreadable.length) console.log(`Not parsed as JSON: ${report.unreadable.join(', ')}`);
  for (const d of report.differ) {
    console.log(`\n${d.file}  (${d.figuresA} → ${d.figuresB} figures)`);
    if (d.lost.length) console.log(`  - ${fmt(d.lost)}`);
    if (d.gained.length) console.log(`  + ${fmt(d.gained)}`);
  }
  if (opts.json) writeFileSync(opts.json, JSON.stringify(report, null, 2));
  process.exitCode = report.differ.length ? 1 : 0;
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
