// npm run import -- models-dev <checkout or api.json> | litellm <json>
//   [--provider <folder>] [--model <upstream id>] [--dry-run] [--corroborate] [--add-mappings]
//   [--commit <sha>] [--repo <owner/name>] [--file <path in repo>] [--date YYYY-MM-DD] [--listed YYYY-MM-DD]
import { runImport } from '../src/lib/content/import/run.ts';

const args = process.argv.slice(2);
const flags = new Set(['dry-run', 'corroborate', 'add-mappings']);
const options = new Map<string, string | true>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
  if (!match) positional.push(args[i]);
  else if (flags.has(match[1])) options.set(match[1], true);
  else options.set(match[1], match[2] ?? args[++i] ?? '');
}
const known = new Set([...flags, 'provider', 'model', 'commit', 'repo', 'file', 'date', 'listed']);
const unknown = [...options.keys()].filter((k) => !known.has(k));
const [upstream, path] = positional;
if ((upstream !== 'models-dev' && upstream !== 'litellm') || !path || positional.length > 2 || unknown.length) {
  if (unknown.length) console.error(`Unknown option: --${unknown.join(', --')}`);
  console.error('Usage: npm run import -- models-dev <checkout or api.json> | litellm <json> [--provider <folder>] [--model <id>] [--dry-run] [--corroborate] [--add-mappings] [--commit <sha>] [--repo <owner/name>] [--file <path>] [--date YYYY-MM-DD] [--listed YYYY-MM-DD: the date the upstream data was current, e.g. its commit date]');
  process.exit(2);
}
const opt = (k: string) => (typeof options.get(k) === 'string' ? (options.get(k) as string) : undefined);
const result = runImport({
  upstream,
  path,
  root: process.cwd(),
  today: opt('date') ?? new Date().toISOString().slice(0, 10),
  listed: opt('listed'),
  provider: opt('provider'),
  model: opt('model'),
  commit: opt('commit'),
  repo: opt('repo'),
  file: opt('file'),
  dryRun: options.has('dry-run'),
  corroborate: options.has('corroborate'),
  addMappings: options.has('add-mappings'),
});
for (const line of result.output) console.log(line);
process.exitCode = result.exitCode;
