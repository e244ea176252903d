// npm run bench [-- --sizes 100,1000,5000] [--keep] [--no-write]
// Builds synthetic catalogs of several sizes in a temporary folder and measures the build (wall
// time, peak memory, pages, dist/ size, time per phase and per route) and the weight of each page
// template; checks the performance budgets and writes docs/performance.md. Exits non-zero when a
// budget is broken. Nothing is written inside the repository except docs/performance.md.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticCatalog, type SyntheticCatalog } from './bench/synthetic-catalog.ts';
import { PageWeigher, folderSize, htmlFilesIn, type PageWeight } from './bench/page-weight.ts';
import { NOTES_MARKER } from './perf-doc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const BUDGET = {
  jsBeforeInteraction: 15 * KB,
  modelPageHtml: 60 * KB,
  build1000Seconds: 60,
  linearFactor: 2,
};
const COPY = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Caches Astro and Vite keep under node_modules/: each run gets its own, never the repo's.
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
const sizes = (option('--sizes') ?? '100,1000,5000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const keep = process.argv.includes('--keep');
const writeDoc = !process.argv.includes('--no-write');

interface Template {
  label: string;
  path: string;
}

interface RunResult {
  size: number;
  /** 1-minute load average just before the build: other work on the machine slows it down */
  loadBefore: number;
  catalog: SyntheticCatalog;
  ok: boolean;
  seconds: number;
  peakRssMb: number | null;
  peakRssHow: string;
  pagesBuilt: number | null;
  htmlPages: number;
  distBytes: number;
  distFiles: number;
  phases: [string, number][];
  routes: [string, number, number, number][];
  templates: (Template & PageWeight & { missing?: boolean })[];
  worstJsNoChart: { page: string; js: number } | null;
  jsOverBudget: string[];
  chartJsUpFront: string[];
  modelPages: number;
  worstModelHtml: { page: string; html: number } | null;
  modelHtmlOverBudget: string[];
  warnings: number;
  logTail: string;
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const mb = (bytes: number) => (bytes / KB / KB).toFixed(1);

/** A project copy whose node_modules links every installed package but keeps caches private. */
function prepareProject(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `model-atlas-bench-${size}-`));
  for (const item of COPY) if (existsSync(join(root, item))) cpSync(join(root, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

const STRIP_ANSI = /\x1b\[[0-9;]*m/g;
const PHASES: [string, RegExp][] = [
  ['validate content', /content-validation\]/],
  ['sync content + types', /\[types\] Generated|\[content\] Synced content/],
  ['bundle (Vite)', /generating static routes/],
  ['render pages', /✓ Completed in .+\.\s*$/],
  ['sitemap', /@astrojs\/sitemap/],
  ['social images (workers)', /social images in/],
  ['search index (Pagefind)', /search index:/],
];

/** Groups a built route into its template: /models/a/b/index.html → /models/…/ */
function routeGroup(path: string): string {
  const isPage = path.endsWith('/') || path.endsWith('index.html');
  const segments = path.replace(/index\.html$/, '').split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  if (segments.length === 1) return `/${segments[0]}${isPage ? '/' : ''}`;
  return `/${segments[0]}/…${isPage ? '/' : path.slice(path.lastIndexOf('.'))}`;
}

function runBuild(dir: string, log: string, size: number): Promise<{ seconds: number; peakRssMb: number | null; peakRssHow: string; phases: [string, number][]; routes: [string, number, number, number][]; pagesBuilt: number | null; ok: boolean; warnings: number; tail: string[] }> {
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'astro', 'package.json'), 'utf8'));
  const astro = join(dir, 'node_modules', 'astro', typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.astro);
  const useTime = existsSync('/usr/bin/time');
  const rssFile = join(dir, '.peak-rss');
  const probe = join(dir, '.rss-probe.mjs');
  writeFileSync(probe, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const [cmd, args] = useTime
    ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build']]
    : [process.execPath, ['--import', probe, astro, 'build']];
  const out = createWriteStream(log);
  const start = performance.now();
  const seen = new Map<string, number>();
  // Per route group: [routes, ms Astro reports for rendering them, ms of wall time before them that
  // no route accounts for: getStaticPaths and data loading of that page file].
  const routes = new Map<string, [number, number, number]>();
  let lastRouteAt = 0;
  const tail: string[] = [];
  let pagesBuilt: number | null = null;
  let warnings = 0;
  let peakKb: number | null = null;
  let generating = false;
  let lastReport = start;
  let rendered = 0;

  const onLine = (raw: string) => {
    const line = raw.replace(STRIP_ANSI, '');
    const t = (performance.now() - start) / 1000;
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (/\[WARN\]/.test(line)) warnings++;
    for (const [name, pattern] of PHASES) {
      if (seen.has(name) || !pattern.test(line)) continue;
      if (name === 'render pages' && !generating) continue;
      seen.set(name, t);
    }
    if (/generating static routes/.test(line)) {
      generating = true;
      lastRouteAt = t;
    }
    const route = /[├└]─\s+(\/\S*)\s+\(\+([\d.]+)(ms|s)\)/.exec(line);
    if (route) {
      rendered++;
      const group = routeGroup(route[1]);
      const ms = Number(route[2]) * (route[3] === 's' ? 1000 : 1);
      const gap = Math.max(0, (t - lastRouteAt) * 1000 - ms);
      lastRouteAt = t;
      const [count, total, before] = routes.get(group) ?? [0, 0, 0];
      routes.set(group, [count + 1, total + ms, before + (gap > 200 ? gap : 0)]);
    }
    const built = /(\d+) page\(s\) built in/.exec(line);
    if (built) pagesBuilt = Number(built[1]);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(line);
    if (rss) peakKb = Number(rss[1]);
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      console.log(`    … ${size} models: ${t.toFixed(0)} s, ${[...seen.keys()].at(-1) ?? 'starting'} done${rendered ? `, ${rendered} routes rendered` : ''}`);
    }
  };

  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        out.write(chunk);
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        lines.forEach(onLine);
      });
      stream.on('end', () => buffer && onLine(buffer));
    }
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      out.end();
      if (peakKb === null && existsSync(rssFile)) peakKb = Number(readFileSync(rssFile, 'utf8'));
      const phases: [string, number][] = [];
      let previous = 0;
      for (const [name] of PHASES) {
        const at = seen.get(name);
        if (at === undefined) continue;
        phases.push([name, at - previous]);
        previous = at;
      }
      phases.push(['finish', seconds - previous]);
      resolve({
        seconds,
        peakRssMb: peakKb === null ? null : peakKb / KB,
        peakRssHow: useTime ? '/usr/bin/time -v (largest process)' : 'resource usage of the build process',
        phases,
        routes: [...routes].map(([g, [count, ms, before]]) => [g, count, ms, before] as [string, number, number, number]).sort((a, b) => b[2] + b[3] - a[2] - a[3]),
        pagesBuilt,
        ok: code === 0,
        warnings,
        tail,
      });
    });
  });
}

function templatesFor(catalog: SyntheticCatalog, dist: string): Template[] {
  const pairs = existsSync(join(dist, 'compare')) ? readdirSync(join(dist, 'compare')).filter((d) => !d.includes('.')).sort() : [];
  const pair = pairs.find((p) => p.includes(catalog.sampleModel.replace('/', '-'))) ?? pairs[0];
  return [
    { label: 'home', path: '/' },
    { label: 'catalog', path: '/models/' },
    { label: 'model page', path: `/models/${catalog.sampleModel}/` },
    { label: 'compare pair', path: `/compare/${pair}/` },
    { label: 'compare builder', path: '/compare/' },
    { label: 'benchmark page', path: '/benchmarks/mmlu/' },
    { label: 'family page', path: `/families/${catalog.sampleFamily}/` },
    { label: 'timeline', path: '/timeline/' },
  ];
}

async function measure(size: number): Promise<RunResult> {
  console.log(`\n▶ ${size} models: preparing a project copy …`);
  const dir = prepareProject(size);
  const catalog = writeSyntheticCatalog(join(dir, 'content'), size, join(root, 'content', 'benchmarks'));
  console.log(`  ${catalog.models} models, ${catalog.families} families, ${catalog.providers} providers, ${catalog.sources} sources, ${catalog.benchmarks} benchmarks in ${dir}`);
  console.log('  astro build …');
  const loadBefore = loadavg()[0];
  const build = await runBuild(dir, join(dir, 'build.log'), size);
  const dist = join(dir, 'dist');
  const result: RunResult = {
    size,
    loadBefore,
    catalog,
    ok: build.ok,
    seconds: build.seconds,
    peakRssMb: build.peakRssMb,
    peakRssHow: build.peakRssHow,
    pagesBuilt: build.pagesBuilt,
    htmlPages: 0,
    distBytes: 0,
    distFiles: 0,
    phases: build.phases,
    routes: build.routes,
    templates: [],
    worstJsNoChart: null,
    jsOverBudget: [],
    chartJsUpFront: [],
    modelPages: 0,
    worstModelHtml: null,
    modelHtmlOverBudget: [],
    warnings: build.warnings,
    logTail: build.tail.join('\n'),
  };
  if (!build.ok || !existsSync(dist)) {
    console.log(`  ✗ the build failed after ${build.seconds.toFixed(1)} s; last lines:\n${build.tail.slice(-15).join('\n')}`);
    if (!keep) rmSync(dir, { recursive: true, force: true });
    return result;
  }
  console.log(`  built in ${build.seconds.toFixed(1)} s; measuring pages …`);
  const distSize = folderSize(dist);
  result.distBytes = distSize.bytes;
  result.distFiles = distSize.files;
  const weigher = new PageWeigher(dist);
  const pages = htmlFilesIn(dist);
  result.htmlPages = pages.length;
  const modelPage = /^models\/[^/]+\/[^/]+\/index\.html$/;
  for (const file of pages) {
    const rel = relative(dist, file).split('\\').join('/');
    const isModel = modelPage.test(rel);
    const w = weigher.weigh(file, isModel);
    const page = '/' + rel.replace(/index\.html$/, '');
    if (w.chartJsUpFront) result.chartJsUpFront.push(page);
    if (!w.hasChart) {
      if (!result.worstJsNoChart || w.js > result.worstJsNoChart.js) result.worstJsNoChart = { page, js: w.js };
      if (w.js > BUDGET.jsBeforeInteraction) result.jsOverBudget.push(`${page} (${kb(w.js)} KB)`);
    }
    if (isModel) {
      result.modelPages++;
      if (!result.worstModelHtml || w.html > result.worstModelHtml.html) result.worstModelHtml = { page, html: w.html };
      if (w.html >= BUDGET.modelPageHtml) result.modelHtmlOverBudget.push(`${page} (${kb(w.html)} KB)`);
    }
  }
  for (const t of templatesFor(catalog, dist)) {
    const file = join(dist, t.path, 'index.html');
    if (!existsSync(file)) {
      result.templates.push({ ...t, html: 0, css: 0, js: 0, scripts: [], hasChart: false, chartJsUpFront: false, missing: true });
      continue;
    }
    result.templates.push({ ...t, ...weigher.weigh(file) });
  }
  if (keep) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return result;
}

function table(head: string[], rows: (string | number)[][]): string {
  const lines = [head, head.map(() => '---'), ...rows.map((r) => r.map(String))];
  return lines.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function printTable(head: string[], rows: (string | number)[][]) {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  for (const [n, r] of all.entries()) {
    console.log('  ' + r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
    if (n === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGb: (totalmem() / 1024 ** 3).toFixed(1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};

console.log(`Benchmark: ${sizes.join(', ')} models on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), Node ${machine.node}`);
const results: RunResult[] = [];
for (const size of sizes) results.push(await measure(size));

// Budgets ------------------------------------------------------------------------------------
interface Check {
  name: string;
  ok: boolean | null;
  detail: string;
}
const checks: Check[] = [];
for (const r of results) {
  if (!r.ok) {
    checks.push({ name: `${r.size} models: build succeeds`, ok: false, detail: `build failed after ${r.seconds.toFixed(1)} s` });
    continue;
  }
  checks.push({
    name: `${r.size} models: JS before interaction ≤ ${BUDGET.jsBeforeInteraction / KB} KB gzip on pages without a chart`,
    ok: r.jsOverBudget.length === 0,
    detail: r.worstJsNoChart ? `largest ${kb(r.worstJsNoChart.js)} KB on ${r.worstJsNoChart.page}${r.jsOverBudget.length ? `; ${r.jsOverBudget.length} pages over: ${r.jsOverBudget.slice(0, 5).join(', ')}` : ''}` : 'no page without a chart',
  });
  checks.push({
    name: `${r.size} models: Chart.js never loaded before interaction`,
    ok: r.chartJsUpFront.length === 0,
    detail: r.chartJsUpFront.length ? `loaded up front on ${r.chartJsUpFront.length} pages, e.g. ${r.chartJsUpFront.slice(0, 3).join(', ')}` : `checked on all ${r.htmlPages} pages`,
  });
  checks.push({
    name: `${r.size} models: model page HTML < ${BUDGET.modelPageHtml / KB} KB gzip`,
    ok: r.modelHtmlOverBudget.length === 0,
    detail: r.worstModelHtml ? `largest ${kb(r.worstModelHtml.html)} KB (${r.worstModelHtml.page}) of ${r.modelPages} model pages${r.modelHtmlOverBudget.length ? `; ${r.modelHtmlOverBudget.length} over` : ''}` : 'no model pages',
  });
}
const r1000 = results.find((r) => r.size === 1000);
checks.push({
  name: `1,000-model catalog builds in < ${BUDGET.build1000Seconds} s`,
  ok: r1000 ? r1000.ok && r1000.seconds < BUDGET.build1000Seconds : null,
  detail: r1000 ? `${r1000.seconds.toFixed(1)} s` : 'not measured (add 1000 to --sizes)',
});
const r5000 = results.find((r) => r.size === 5000);
if (r1000?.ok && r5000?.ok) {
  const per1000 = r1000.seconds / 1000;
  const per5000 = r5000.seconds / 5000;
  checks.push({
    name: `build time grows roughly linearly (per model at 5,000 within ${BUDGET.linearFactor}× of per model at 1,000)`,
    ok: per5000 <= BUDGET.linearFactor * per1000,
    detail: `${(per1000 * 1000).toFixed(1)} ms/model at 1,000, ${(per5000 * 1000).toFixed(1)} ms/model at 5,000 (${(per5000 / per1000).toFixed(2)}×)`,
  });
} else {
  checks.push({ name: 'build time grows roughly linearly (5,000 vs 1,000)', ok: null, detail: 'not measured (needs both 1000 and 5000 in --sizes)' });
}

// Console report ------------------------------------------------------------------------------
const buildHead = ['models', 'families', 'sources', 'pages (Astro)', 'HTML pages', 'build s', 'ms/model', 'peak RSS MB', 'dist MB', 'dist files', 'load before'];
const buildRows = results.map((r) => [
  r.size,
  r.catalog.families,
  r.catalog.sources,
  r.pagesBuilt ?? '–',
  r.htmlPages || '–',
  r.ok ? r.seconds.toFixed(1) : `failed (${r.seconds.toFixed(0)} s)`,
  ((r.seconds / r.size) * 1000).toFixed(1),
  r.peakRssMb === null ? '–' : r.peakRssMb.toFixed(0),
  r.ok ? mb(r.distBytes) : '–',
  r.ok ? r.distFiles : '–',
  r.loadBefore.toFixed(2),
]);
const templateHead = ['template', 'page', 'HTML KB', 'CSS KB', 'JS KB', 'chart', 'Chart.js up front'];
const templateRows = (r: RunResult) =>
  r.templates.map((t) => [t.label, t.missing ? `${t.path} (missing)` : t.path, kb(t.html), kb(t.css), kb(t.js), t.hasChart ? 'yes' : 'no', t.chartJsUpFront ? 'YES' : 'no']);

console.log('\nBuild');
printTable(buildHead, buildRows);
for (const r of results.filter((x) => x.ok)) {
  console.log(`\nPage weight, ${r.size} models (gzip)`);
  printTable(templateHead, templateRows(r));
}
const phaseNames = [...new Set(results.flatMap((r) => r.phases.map(([n]) => n)))];
const phaseRows = phaseNames.map((n) => [n, ...results.map((r) => r.phases.find(([p]) => p === n)?.[1].toFixed(1) ?? '–')]);
console.log('\nWhere the build time goes (seconds)');
printTable(['phase', ...results.map((r) => `${r.size} models`)], phaseRows);
const largest = [...results].reverse().find((r) => r.ok);
const routeHead = ['route', 'routes', 'render s', 'ms per route', 'unattributed s before'];
const routeRows = (largest?.routes ?? []).slice(0, 15).map(([g, count, ms, before]) => [g, count, (ms / 1000).toFixed(1), (ms / count).toFixed(1), (before / 1000).toFixed(1)]);
if (largest) {
  console.log(`\nRendering time by route, ${largest.size} models`);
  printTable(routeHead, routeRows);
}
console.log('\nBudgets');
for (const c of checks) {
  const mark = c.ok === null ? '–' : c.ok ? '✓' : '✗ BUDGET BROKEN:';
  console.log(`  ${mark} ${c.name} — ${c.detail}`);
}

// docs/performance.md ------------------------------------------------------------------------
if (writeDoc) {
  const date = new Date().toISOString().slice(0, 10);
  const doc = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` (scripts/bench.ts) on ${date} with synthetic catalogs of ${sizes.map((s) => s.toLocaleString('en')).join(', ')} models.`,
    'Each run copies the project into a temporary folder, writes a generated `content/` (models shaped like',
    '`content/models/openai/gpt-4o-mini.mdx`: 6–10 results on the real benchmarks, three prices, competitors,',
    'predecessor chains of 3–7 generations per family, about four sources per model, a six-section article',
    'with `<Cite>` tags) and runs `astro build`. Lighthouse scores (`npm run lighthouse`) are in the [Lighthouse](#lighthouse) section below.',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB memory, ${machine.platform}, Node ${machine.node}.`,
    '',
    '## Build',
    '',
    table(buildHead, buildRows),
    '',
    `Build time is wall clock for \`astro build\` (content validation, bundling, rendering, sitemap, social images, Pagefind index). Peak memory: ${results[0]?.peakRssHow ?? '–'}. "pages (Astro)" is the count Astro reports; "HTML pages" counts the .html files in dist/. "load before" is the 1-minute load average when the build started: the machine is shared, and other work slows a build down.`,
    '',
    '## Where the build time goes',
    '',
    table(['phase', ...results.map((r) => `${r.size} models, s`)], phaseRows),
    '',
    ...(largest
      ? [
          `Rendering time by route, ${largest.size} models: "render s" sums the per-route times Astro logs; "unattributed s before" is wall time between routes that no route accounts for (gaps over 0.2 s: getStaticPaths and data loading of the page file whose routes follow).`,
          '',
          table(routeHead, routeRows.map(([g, ...rest]) => [`\`${g}\``, ...rest])),
          '',
        ]
      : []),
    '## Page weight per template (gzip)',
    '',
    'JS counts what loads before any interaction: classic and module scripts, inline or external, plus their',
    'static imports; inline scripts are counted in both HTML and JS. Chart.js arrives only through a dynamic',
    'import once a chart scrolls into view, so it is not in the JS column.',
    '',
    ...results
      .filter((r) => r.ok)
      .flatMap((r) => [`### ${r.size.toLocaleString('en')} models`, '', table(templateHead, templateRows(r)), '']),
    '## Budgets',
    '',
    table(['budget', 'result', 'detail'], checks.map((c) => [c.name, c.ok === null ? 'not measured' : c.ok ? 'pass' : '**BROKEN**', c.detail])),
    '',
  ].join('\n');
  // Hand-written notes below the marker (profiling findings, decisions) survive a re-run.
  const docFile = join(root, 'docs', 'performance.md');
  const previous = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '';
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(docFile, `${doc}\n${notes}`);
  console.log('\nWrote docs/performance.md');
}

const broken = checks.filter((c) => c.ok === false);
if (broken.length > 0) {
  console.error(`\n✗ ${broken.length} performance budget(s) broken:`);
  for (const c of broken) console.error(`  ✗ ${c.name} — ${c.detail}`);
  process.exitCode = 1;
} else {
  console.log('\n✓ all measured budgets hold');
}
