#!/usr/bin/env node
// Runs Lighthouse on the main page templates of the built site (dist/, served by
// scripts/serve-dist.mjs) in the Chromium that scripts/browser.mjs finds, prints the four
// category scores and writes them to docs/lighthouse.md. Fails when accessibility, best
// practices or SEO is below 100; performance is reported, never failed (it depends on the
// machine). Works offline: Chromium resolves no host but 127.0.0.1.
// Usage: node scripts/lighthouse.mjs [--desktop] [--pages /,/models/]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findBrowser } from './browser.mjs';
import { LIGHTHOUSE_END, LIGHTHOUSE_START, NOTES_MARKER } from './perf-doc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const REQUIRED = ['accessibility', 'best-practices', 'seo'];
const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const pagesArg = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : undefined;

function fail(message) {
  console.error(`✗ lighthouse: ${message}`);
  process.exit(1);
}

function comparePair() {
  const dir = join(dist, 'compare');
  if (!existsSync(dir)) return null;
  const pairs = readdirSync(dir).filter((d) => d.includes('-vs-')).sort();
  return pairs.find((p) => p.includes('gpt-4o-mini')) ?? pairs[0] ?? null;
}


if (!existsSync(join(dist, 'index.html'))) fail('dist/index.html does not exist (fix: run "npm run build" first)');
const browser = findBrowser();
if (!browser.path) fail(browser.help);

const pair = comparePair();
const pages = pagesArg
  ? pagesArg.split(',').map((p) => ({ label: p, path: p }))
  : [
      { label: 'home', path: '/' },
      { label: 'catalog', path: '/models/' },
      { label: 'catalog page', path: '/models/page/2/' },
      { label: 'model page', path: '/models/openai/gpt-4o-mini/' },
      { label: 'compare pair', path: pair ? `/compare/${pair}/` : '/compare/(none built)/' },
      { label: 'benchmark page', path: '/benchmarks/mmlu/' },
      { label: 'family page', path: '/families/gpt-mini/' },
      { label: 'timeline', path: '/timeline/' },
      { label: 'ready-made comparisons', path: '/compare/pairs/' },
      { label: 'compare builder', path: '/compare/?models=openai/gpt-4o-mini,anthropic/claude-haiku-4.5' },
      { label: 'chooser', path: '/choose/' },
      { label: 'charts', path: '/charts/' },
      { label: 'benchmarks index', path: '/benchmarks/' },
      { label: 'provider page', path: '/providers/openai/' },
      { label: 'lifecycle', path: '/lifecycle/' },
      { label: 'change log', path: '/changes/' },
      { label: 'data page', path: '/data/' },
      { label: 'API index', path: '/api/' },
      { label: 'search', path: '/search/' },
    ];

const { origin, stop } = await startStaticServer();
const profile = mkdtempSync(join(tmpdir(), 'model-atlas-lighthouse-'));
let chrome;
const cleanup = () => {
  stop();
  try {
    chrome?.kill();
  } catch {
    // already gone
  }
  rmSync(profile, { recursive: true, force: true });
};
process.on('exit', cleanup);

const results = [];
let chromeVersion = null;
try {
  chrome = await chromeLauncher.launch({
    chromePath: browser.path,
    userDataDir: profile,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Offline by construction: every host name but the local server fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const version = await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then((r) => r.json()).catch(() => ({}));
  console.log(`Lighthouse on ${pages.length} pages at ${origin} (${desktop ? 'desktop' : 'mobile'} preset, ${version.Browser ?? browser.path}) …`);
  for (const page of pages) {
    const url = origin + page.path;
    if (!existsSync(join(dist, page.path.split('?')[0], 'index.html'))) {
      console.log(`  ${page.label}: ${page.path} is not in dist/`);
      results.push({ ...page, missing: true, scores: {}, failing: {} });
      continue;
    }
    const runner = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      desktop ? desktopConfig : undefined,
    );
    const lhr = runner?.lhr;
    if (!lhr || lhr.runtimeError) {
      results.push({ ...page, error: lhr?.runtimeError?.message ?? 'no result', scores: {}, failing: {} });
      console.log(`  ${page.label}: Lighthouse failed: ${lhr?.runtimeError?.message ?? 'no result'}`);
      continue;
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    // The audits that cost points, per category, so a score below 100 says what to fix.
    const failing = {};
    for (const c of CATEGORIES) {
      failing[c] = lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 || c !== 'performance')
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < (c === 'performance' ? 0.9 : 1) && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
        .map((a) => {
          const items = a.details?.items ?? [];
          const nodes = items.map((i) => i.node?.snippet ?? i.source?.url ?? i.url ?? '').filter(Boolean).slice(0, 3);
          return `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${nodes.length ? ` — ${nodes.join(' | ')}` : ''}`;
        });
    }
    const metrics = {
      fcp: lhr.audits['first-contentful-paint']?.displayValue,
      lcp: lhr.audits['largest-contentful-paint']?.displayValue,
      tbt: lhr.audits['total-blocking-time']?.displayValue,
      cls: lhr.audits['cumulative-layout-shift']?.displayValue,
    };
    results.push({ ...page, scores, failing, metrics });
    console.log(`  ${page.label.padEnd(15)} ${CATEGORIES.map((c) => `${c} ${scores[c] ?? '–'}`).join(', ')}`);
  }
  chromeVersion = version.Browser ?? browser.path;
} catch (error) {
  cleanup();
  fail(error.stack ?? String(error));
}
cleanup();

// Report ----------------------------------------------------------------------------------------
const problems = [];
for (const r of results) {
  if (r.missing) problems.push(`${r.path}: not in dist/`);
  else if (r.error) problems.push(`${r.path}: Lighthouse failed (${r.error})`);
  else for (const c of REQUIRED) if (r.scores[c] !== 100) problems.push(`${r.path}: ${c} ${r.scores[c]}`);
}
for (const r of results.filter((x) => !x.missing && !x.error)) {
  for (const c of CATEGORIES) {
    if (r.failing[c]?.length && (REQUIRED.includes(c) || r.scores[c] < 90)) {
      console.log(`\n  ${r.path} — ${c} ${r.scores[c]}:`);
      for (const f of r.failing[c]) console.log(`    • ${f}`);
    }
  }
}

const lhVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
const cell = (v) => (v === null || v === undefined ? '–' : String(v));
const md = [
  '# Lighthouse',
  '',
  `Latest output of \`npm run lighthouse\` (scripts/lighthouse.mjs), ${new Date().toISOString().slice(0, 10)}: Lighthouse ${lhVersion},`,
  `${chromeVersion ?? 'Chromium'}, ${desktop ? 'desktop' : 'mobile (default)'} preset with simulated throttling, against \`dist/\``,
  'served by `scripts/serve-dist.mjs`, offline. Accessibility, best practices and SEO must be 100;',
  'performance is reported only (it depends on the machine). See also [performance.md](performance.md).',
  '',
  '| template | page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) =>
    r.missing || r.error
      ? `| ${r.label} | \`${r.path}\` | ${r.missing ? 'not in dist/' : `failed: ${r.error}`} | | | | | | | |`
      : `| ${r.label} | \`${r.path}\` | ${CATEGORIES.map((c) => cell(r.scores[c])).join(' | ')} | ${['fcp', 'lcp', 'tbt', 'cls'].map((m) => cell(r.metrics[m])).join(' | ')} |`,
  ),
  '',
  ...(problems.length ? ['## Below 100', '', ...problems.map((p) => `- ${p}`), ''] : []),
  ...results
    .filter((r) => !r.missing && !r.error && CATEGORIES.some((c) => r.failing[c]?.length))
    .flatMap((r) => [
      `### ${r.label} (\`${r.path}\`): audits that cost points`,
      '',
      ...CATEGORIES.flatMap((c) => (r.failing[c]?.length ? r.failing[c].map((f) => `- ${c}: ${f.replace(/\|/g, '\\|')}`) : [])),
      '',
    ]),
].join('\n');
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'lighthouse.md'), md);
console.log('\nWrote docs/lighthouse.md');

// The same scores go into docs/performance.md, in a marked block below the line that
// `npm run bench` keeps when it rewrites that file, so both commands' latest output lives there.
const block = [
  LIGHTHOUSE_START,
  '',
  '## Lighthouse',
  '',
  ...md.split('\n').slice(2).map((line) => line.replace(/^### /, '#### ').replace(/^## /, '### ').replace('See also [performance.md](performance.md).', 'Full output: [lighthouse.md](lighthouse.md).')),
  LIGHTHOUSE_END,
].join('\n');
const perfFile = join(root, 'docs', 'performance.md');
const perf = existsSync(perfFile) ? readFileSync(perfFile, 'utf8') : `# Performance\n\n${NOTES_MARKER}\n`;
let updated;
if (perf.includes(LIGHTHOUSE_START) && perf.includes(LIGHTHOUSE_END)) updated = perf.slice(0, perf.indexOf(LIGHTHOUSE_START)) + block + perf.slice(perf.indexOf(LIGHTHOUSE_END) + LIGHTHOUSE_END.length);
else if (perf.includes(NOTES_MARKER)) updated = perf.replace(NOTES_MARKER, `${NOTES_MARKER}\n\n${block}`);
else updated = `${perf.trimEnd()}\n\n${NOTES_MARKER}\n\n${block}\n`;
writeFileSync(perfFile, updated);
console.log('Wrote the Lighthouse section of docs/performance.md');

if (problems.length) {
  console.error(`\n✗ lighthouse: below 100 or not measured:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('✓ lighthouse: accessibility, best practices and SEO are 100 on every page');
