// npm run import: read upstream, plan, check the plan with the validator, then write (or, with
// --dry-run, only print). Bad input stops everything before a single file is written.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContent } from '../reader.ts';
import { readLitellm, LITELLM_REPO } from './litellm.ts';
import { MAPPING_FILES, readMapping } from './mapping.ts';
import { readModelsDev } from './models-dev.ts';
import { buildPlan } from './plan.ts';
import { formatPlan } from './format.ts';
import { addProposals, proposeMappings } from './proposals.ts';
import { formatInputError, InputErrors, type Upstream, type UpstreamRecord } from './record.ts';
import { verifiedWrites } from './verify.ts';

export interface ImportArgs {
  upstream: Upstream;
  path: string;
  root: string;
  today: string;
  /** The date the upstream data was current (its commit date), for prices' `listed`. */
  listed?: string;
  provider?: string;
  model?: string;
  commit?: string;
  repo?: string;
  /** LiteLLM: the file's path inside its repository. */
  file?: string;
  dryRun?: boolean;
  corroborate?: boolean;
  addMappings?: boolean;
}

export interface ImportResult {
  output: string[];
  written: string[];
  exitCode: number;
}

export function publisherFor(args: Pick<ImportArgs, 'repo'>) {
  return (r: UpstreamRecord) =>
    r.upstream === 'models-dev'
      ? 'models.dev (open-source model catalog)'
      : !args.repo || args.repo === LITELLM_REPO
        ? 'LiteLLM model price map (BerriAI/litellm)'
        : `LiteLLM model price map (copy in ${args.repo})`;
}

export function runImport(args: ImportArgs): ImportResult {
  try {
    const read = args.upstream === 'models-dev' ? readModelsDev(args.path, args) : readLitellm(args.path, args);
    const { records, commit, warnings } = read;
    const mapping = readMapping(MAPPING_FILES[args.upstream], args.root);
    const { entries } = readContent(join(args.root, 'content'), args.root);
    const plan = buildPlan(records, mapping, entries, { root: args.root, today: args.today, listed: args.listed, commit, corroborate: args.corroborate, strict: Boolean(args.provider || args.model), publisherOf: publisherFor(args) });
    const where = `${args.upstream} ${args.path} at ${commit}${args.provider ? `, provider ${args.provider}` : ''}${args.model ? `, model ${args.model}` : ''}`;

    if (args.addMappings) {
      const makers = new Set(entries.filter((e) => e.collection === 'providers' && (e.data as { roles?: string[] })?.roles?.includes('maker')).map((e) => e.id));
      const { proposals, without } = proposeMappings(plan.unmapped, mapping, (p) => makers.has(p));
      const file = join(args.root, MAPPING_FILES[args.upstream]);
      const output = [`Mapping proposals for ${where}: ${proposals.length} (write to ${MAPPING_FILES[args.upstream]}${args.dryRun ? ': dry run, nothing written' : ''})`];
      for (const p of proposals) output.push(`  + ${p.section}.${p.key}: ${p.id}`);
      output.push(`  no proposal (maker folder not mapped to one of our makers): ${without.length}`);
      for (const r of without.slice(0, 40)) output.push(`    ? ${r.file}`);
      if (!args.dryRun && proposals.length) {
        writeFileSync(file, addProposals(existsSync(file) ? readFileSync(file, 'utf8') : '', proposals, args.today));
        return { output, written: [MAPPING_FILES[args.upstream]], exitCode: 0 };
      }
      return { output, written: [], exitCode: 0 };
    }

    const { writes, problems } = verifiedWrites(plan, entries, args.today, publisherFor(args));
    const changed = writes.filter((w) => {
      const full = join(args.root, w.path);
      return !existsSync(full) || readFileSync(full, 'utf8') !== w.text;
    });
    const title = `${args.dryRun ? 'Plan (dry run: nothing is written)' : 'Import'}: ${where}`;
    const output = formatPlan(title, plan, changed, problems, records.length);
    output.push(`  upstream warnings (fields models.dev's own schema ignores; nothing used from them): ${warnings.length}`);
    for (const w of warnings.slice(0, 20)) output.push(`    ! ${formatInputError(w)}`);
    if (plan.broken) output.push(`  broken upstream records that no mapping uses (not imported): ${plan.broken}`);
    if (args.dryRun) return { output, written: [], exitCode: problems.length ? 1 : 0 };
    for (const w of changed) {
      const full = join(args.root, w.path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, w.text);
    }
    output.push(changed.length ? `✓ wrote ${changed.length} files` : '✓ nothing to change');
    return { output, written: changed.map((w) => w.path), exitCode: problems.length ? 1 : 0 };
  } catch (error) {
    if (error instanceof InputErrors) return { output: ['✗ the input has problems; nothing was written:', ...error.errors.map((e) => `  ${formatInputError(e)}`)], written: [], exitCode: 1 };
    throw error;
  }
}
