// npm run report [-- <content-dir>] [--unverified]
// Per model: key facts filled, figures with and without a source, figures only aggregators or
// third-party pages back (the work queue; --unverified lists their fields); then per maker:
// models, share of verified figures, share of recent models with 3+ results; then source files
// nothing cites.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { catalogSummary, KEY_FIELDS, modelReport, uncitedSources } from '../src/lib/content/report.ts';
import { coverageTotals, makerCoverage } from '../src/lib/catalog/coverage.ts';

const args = process.argv.slice(2);
const listUnverified = args.includes('--unverified');
const dir = args.find((a) => !a.startsWith('--')) ?? 'content';
const today = new Date().toISOString().slice(0, 10);
const { catalog, problems } = loadContent(resolve(dir));
const reports = catalog.models.map((m) => modelReport(m, catalog, today)).sort((a, b) => a.id.localeCompare(b.id));
const width = Math.max(...reports.map((r) => r.id.length));
console.log(`${'model'.padEnd(width)}  filled  figures  unsourced  unverified  results  missing`);
for (const r of reports) {
  console.log(
    `${r.id.padEnd(width)}  ${`${r.filled.length}/${KEY_FIELDS.length}`.padStart(6)}  ${String(r.sourcedFigures).padStart(7)}  ${String(r.unsourcedFigures).padStart(9)}  ${String(r.unverified.length).padStart(10)}  ${String(r.benchmarkResults).padStart(7)}  ${r.missing.join(', ')}`,
  );
  if (listUnverified && r.unverified.length) console.log(`${' '.repeat(width)}  waiting for a primary source: ${r.unverified.join(', ')}`);
}
const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : '-');
const makers = makerCoverage(catalog, today);
const nameWidth = Math.max(...makers.map((m) => m.name.length), 5);
console.log(`\n${'maker'.padEnd(nameWidth)}  models  verified  recent with 3+ results`);
for (const m of makers) console.log(`${m.name.padEnd(nameWidth)}  ${String(m.models).padStart(6)}  ${pct(m.verified, m.figures).padStart(8)}  ${m.recent ? `${m.recentWithResults}/${m.recent} (${pct(m.recentWithResults, m.recent)})` : '-'}`);
const t = coverageTotals(makers);
console.log(`${'all'.padEnd(nameWidth)}  ${String(t.models).padStart(6)}  ${pct(t.verified, t.figures).padStart(8)}  ${t.recentWithResults}/${t.recent} (${pct(t.recentWithResults, t.recent)})`);
const s = catalogSummary(catalog, reports);
console.log(
  `\n${s.models} models from ${s.providersWithModels} makers, released ${s.earliestRelease} to ${s.latestRelease}; ` +
    `unsourced figures: ${s.unsourcedFigures}; validation problems: ${problems.length}`,
);
const uncited = uncitedSources(catalog);
console.log(uncited.length ? `source files cited by nothing (${uncited.length}): ${uncited.join(', ')}` : 'every source file is cited');
if (s.unsourcedFigures > 0 || problems.length > 0) process.exitCode = 1;
