// npm run report — per model: key facts filled, figures with and without a source.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { catalogSummary, KEY_FIELDS, modelReport, uncitedSources } from '../src/lib/content/report.ts';

const { catalog, problems } = loadContent(resolve(process.argv[2] ?? 'content'));
const reports = catalog.models.map((m) => modelReport(m, catalog)).sort((a, b) => a.id.localeCompare(b.id));
const width = Math.max(...reports.map((r) => r.id.length));
console.log(`${'model'.padEnd(width)}  filled  figures  unsourced  results  missing`);
for (const r of reports) {
  console.log(
    `${r.id.padEnd(width)}  ${`${r.filled.length}/${KEY_FIELDS.length}`.padStart(6)}  ${String(r.sourcedFigures).padStart(7)}  ${String(r.unsourcedFigures).padStart(9)}  ${String(r.benchmarkResults).padStart(7)}  ${r.missing.join(', ')}`,
  );
}
const s = catalogSummary(catalog, reports);
console.log(
  `\n${s.models} models from ${s.providersWithModels} providers, released ${s.earliestRelease} to ${s.latestRelease}; ` +
    `fewest benchmark results on one model: ${s.minBenchmarkResults}; unsourced figures: ${s.unsourcedFigures}; validation problems: ${problems.length}`,
);
const uncited = uncitedSources(catalog);
console.log(uncited.length ? `source files cited by nothing (${uncited.length}): ${uncited.join(', ')}` : 'every source file is cited');
if (s.unsourcedFigures > 0 || problems.length > 0) process.exitCode = 1;
