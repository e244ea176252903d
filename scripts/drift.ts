// npm run drift -- <models.dev checkout or api.json> [<litellm json>] [--commit <sha>]
//   [--litellm-commit <sha>] [--litellm-repo <owner/name>] [--out data/drift-summary.json]
// Compares the catalog with the open-data catalogs and writes a small summary for the site.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { compareCatalog, formatDrift, summarizeDrift, type UpstreamInput } from '../src/lib/content/import/drift.ts';
import { readLitellm } from '../src/lib/content/import/litellm.ts';
import { MAPPING_FILES, readMapping } from '../src/lib/content/import/mapping.ts';
import { readModelsDev } from '../src/lib/content/import/models-dev.ts';
import { formatInputError, InputErrors } from '../src/lib/content/import/record.ts';

const started = performance.now();
const options = new Map<string, string>();
const positional: string[] = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
  if (m) options.set(m[1], m[2] ?? argv[++i] ?? '');
  else positional.push(argv[i]);
}
if (!positional.length || positional.length > 2) {
  console.error('Usage: npm run drift -- <models.dev checkout or api.json> [<litellm json>] [--commit <sha>] [--litellm-commit <sha>] [--litellm-repo <owner/name>] [--out <file>]');
  process.exit(2);
}
const root = process.cwd();
try {
  const inputs: UpstreamInput[] = [];
  const md = readModelsDev(positional[0], { commit: options.get('commit') });
  inputs.push({ upstream: 'models-dev', commit: md.commit, records: md.records, mapping: readMapping(MAPPING_FILES['models-dev'], root) });
  if (positional[1]) {
    const ll = readLitellm(positional[1], { commit: options.get('litellm-commit'), repo: options.get('litellm-repo') });
    inputs.push({ upstream: 'litellm', commit: ll.commit, records: ll.records, mapping: readMapping(MAPPING_FILES.litellm, root) });
  }
  const { catalog } = loadContent(join(root, 'content'), root);
  const results = inputs.map((input) => compareCatalog(catalog, input));
  const summary = summarizeDrift(options.get('date') ?? new Date().toISOString().slice(0, 10), inputs, results);
  for (const line of formatDrift(summary, results.flat())) console.log(line);
  const out = options.get('out') ?? 'data/drift-summary.json';
  writeFileSync(resolve(root, out), JSON.stringify(summary, null, 2) + '\n');
  console.log(`\n✓ wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof InputErrors)) throw error;
  console.error('✗ the input has problems:');
  for (const e of error.errors) console.error(`  ${formatInputError(e)}`);
  process.exitCode = 1;
}
