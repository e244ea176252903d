// Reads a models.dev checkout (models/<maker>/<id>.toml and providers/<host>/models/<id>.toml) or
// its api.json into records. Every file is checked first; any problem stops the import.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { checkModelsDevFields, type TomlKind } from './models-dev-check.ts';
import { inheritBase, modelsDevFacts, modelsDevQuote } from './models-dev-facts.ts';
import { InputErrors, type InputError, type UpstreamRecord } from './record.ts';

export const MODELS_DEV_REPO = 'anomalyco/models.dev';
export const MODELS_DEV_API_URL = 'https://models.dev/api.json';

export interface ReadOptions {
  /** Only this provider folder (providers/<x>/) and maker folder (models/<x>/). */
  provider?: string;
  /** Only this upstream model id ("gpt-5", "openai/gpt-5"). */
  model?: string;
  /** The upstream commit, when the checkout has no .git to ask. */
  commit?: string;
  /** owner/name of the repository the files are published in. */
  repo?: string;
}

export interface UpstreamRead {
  records: UpstreamRecord[];
  /** Problems that do not stop an import: fields upstream's own schema ignores (extra price kinds). */
  warnings: InputError[];
  /** The commit the records were read at (or "api.json"). */
  commit: string;
}

type Table = Record<string, unknown>;

function tomlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tomlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.toml')) out.push(full);
  }
  return out;
}

/** Unknown price kinds are ignored by models.dev's own (non-strict) cost schema: a warning here. */
const isWarning = (e: InputError) => /^cost\./.test(e.field) && e.message.startsWith('unknown field');

function readToml(root: string, full: string, kind: TomlKind, warnings: InputError[]): { data?: Table; problems: InputError[] } {
  const file = relative(root, full).split(sep).join('/');
  let data: Table;
  try {
    data = parseToml(readFileSync(full, 'utf8')) as Table;
  } catch (error) {
    const where = error instanceof TomlError ? `line ${error.line}, column ${error.column}` : '';
    return { problems: [{ file, field: where, message: `malformed TOML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const found = checkModelsDevFields(file, data, kind);
  warnings.push(...found.filter(isWarning));
  const problems = found.filter((e) => !isWarning(e));
  return { data: problems.length ? undefined : data, problems };
}

function headCommit(root: string): string | undefined {
  if (!existsSync(join(root, '.git'))) return undefined;
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const wanted = (model: string | undefined, folder: string, stem: string, base?: string) =>
  !model || model === stem || model === `${folder}/${stem}` || model === base;

/** Records of a models.dev checkout, or of an api.json file. Throws InputErrors on bad input. */
export function readModelsDev(path: string, options: ReadOptions = {}): UpstreamRead {
  if (!existsSync(path)) throw new InputErrors([{ file: path, field: '', message: 'no such file or folder' }]);
  if (statSync(path).isFile()) return readApiJson(path, options);
  const root = path;
  if (!existsSync(join(root, 'models')) && !existsSync(join(root, 'providers')))
    throw new InputErrors([{ file: path, field: '', message: 'not a models.dev checkout: it has no models/ or providers/ folder' }]);
  const commit = options.commit ?? headCommit(root);
  if (!commit || !/^[0-9a-f]{40}$/.test(commit))
    throw new InputErrors([{ file: path, field: '', message: 'the upstream commit is unknown: pass --commit <40-hex sha> (a git archive has no .git)' }]);
  const blob = (file: string) => `https://github.com/${options.repo ?? MODELS_DEV_REPO}/blob/${commit}/${file}`;
  const warnings: InputError[] = [];
  const records: UpstreamRecord[] = [];
  const broken = (role: UpstreamRecord['role'], folder: string, stem: string, file: string, problems: InputError[]): UpstreamRecord =>
    ({ upstream: 'models-dev', role, folder, stem, modelId: stem, file, url: blob(file), facts: { features: {}, benchmarks: [] }, quote: '', problems });

  const canonical = new Map<string, Table>();
  const canonicalProblems = new Map<string, InputError[]>();
  for (const full of tomlFiles(join(root, 'models'))) {
    const id = relative(join(root, 'models'), full).split(sep).join('/').replace(/\.toml$/, '');
    const [folder, ...rest] = id.split('/');
    const { data, problems } = readToml(root, full, 'model', warnings);
    const stem = rest.join('/');
    const file = `models/${id}.toml`;
    if (data) canonical.set(id, data);
    else canonicalProblems.set(id, problems);
    if (options.provider && options.provider !== folder) continue;
    if (!wanted(options.model, folder, stem)) continue;
    if (!data) {
      records.push(broken('model', folder, stem, file, problems));
      continue;
    }
    records.push({ upstream: 'models-dev', role: 'model', folder, stem, modelId: stem, file, url: blob(file), facts: modelsDevFacts(data), quote: modelsDevQuote(data) });
  }

  const providersDir = join(root, 'providers');
  const folders = existsSync(providersDir) ? readdirSync(providersDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  if (options.provider && !folders.includes(options.provider) && !existsSync(join(root, 'models', options.provider)))
    throw new InputErrors([{ file: path, field: '--provider', message: `no folder providers/${options.provider}/ or models/${options.provider}/ in this checkout` }]);
  for (const folder of folders) {
    if (options.provider && options.provider !== folder) continue;
    const providerToml = join(providersDir, folder, 'provider.toml');
    const providerProblems = existsSync(providerToml) ? readToml(root, providerToml, 'provider', warnings).problems : [];
    const modelsDir = join(providersDir, folder, 'models');
    for (const full of tomlFiles(modelsDir)) {
      const stem = relative(modelsDir, full).split(sep).join('/').replace(/\.toml$/, '');
      const file = `providers/${folder}/models/${stem}.toml`;
      const { data: own, problems } = readToml(root, full, 'offering', warnings);
      const baseModel = own?.base_model as string | undefined;
      if (!wanted(options.model, folder, stem, baseModel)) continue;
      if (!own || providerProblems.length) {
        records.push({ ...broken('offering', folder, stem, file, [...providerProblems, ...problems]), baseModel });
        continue;
      }
      let data = own;
      if (baseModel) {
        const base = canonical.get(baseModel);
        if (!base) {
          const why = canonicalProblems.has(baseModel) ? `"${baseModel}" (models/${baseModel}.toml) has problems of its own` : `"${baseModel}" has no file models/${baseModel}.toml`;
          records.push({ ...broken('offering', folder, stem, file, [{ file, field: 'base_model', message: why }, ...(canonicalProblems.get(baseModel) ?? [])]), baseModel });
          continue;
        }
        data = inheritBase(own, base);
      }
      records.push({ upstream: 'models-dev', role: 'offering', folder, stem, modelId: stem, file, url: blob(file), baseModel, facts: modelsDevFacts(data), quote: modelsDevQuote(own) });
    }
  }
  return { records, commit, warnings };
}

/** models.dev's generated api.json: { <provider>: { ..., models: { <id>: model } } }, inheritance already applied. */
export function readApiJson(path: string, options: ReadOptions = {}): UpstreamRead {
  const file = path.split(/[\\/]/).pop()!;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputErrors([{ file, field: '', message: `malformed JSON: ${(error as Error).message}` }]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputErrors([{ file, field: '', message: 'expected an object of providers' }]);
  const errors: InputError[] = [];
  const warnings: InputError[] = [];
  const records: UpstreamRecord[] = [];
  for (const [folder, provider] of Object.entries(data as Table).sort(([a], [b]) => a.localeCompare(b))) {
    if (options.provider && options.provider !== folder) continue;
    const models = (provider as Table)?.models;
    if (typeof models !== 'object' || models === null) {
      errors.push({ file, field: folder, message: 'expected a provider with a "models" object' });
      continue;
    }
    for (const [stem, raw] of Object.entries(models as Table).sort(([a], [b]) => a.localeCompare(b))) {
      if (!wanted(options.model, folder, stem)) continue;
      const { id: _id, ...model } = raw as Table;
      const where = `${folder}.models.${stem}`;
      const found = checkModelsDevFields(file, model, 'offering').map((e) => ({ ...e, field: `${where}.${e.field}` }));
      warnings.push(...found.filter((e) => e.field.startsWith(`${where}.cost.`) && e.message.startsWith('unknown field')));
      const problems = found.filter((e) => !warnings.includes(e));
      const record: UpstreamRecord = { upstream: 'models-dev', role: 'offering', folder, stem, modelId: stem, file: `${file}#${folder}/${stem}`, url: MODELS_DEV_API_URL, facts: { features: {}, benchmarks: [] }, quote: '' };
      records.push(problems.length ? { ...record, problems } : { ...record, facts: modelsDevFacts(model), quote: modelsDevQuote(model) });
    }
  }
  if (errors.length) throw new InputErrors(errors);
  return { records, commit: 'api.json', warnings };
}
