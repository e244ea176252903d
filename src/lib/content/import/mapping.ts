// Which upstream record is which of our models: explicit, reviewed data in data/upstream/*.yaml,
// never a guess at run time. An id mapped to null was reviewed and deliberately left unmapped.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { modelId as modelIdSchema, slug } from '../../../schemas/common.ts';
import { InputErrors, type InputError, type Upstream, type UpstreamRecord } from './record.ts';

export interface BenchmarkMapping {
  benchmark: string;
  version?: string;
}

export interface Mapping {
  file: string;
  /** Upstream folder (models.dev maker or host folder, LiteLLM litellm_provider) → our provider id. */
  providers: Record<string, string>;
  /** Upstream model id → our model id, or null when reviewed and left out on purpose. */
  models: Record<string, string | null>;
  /** models.dev: providers/<folder>/models/<id> ("<folder>/<id>") that neither inherit nor share a path with a mapped model. */
  offerings: Record<string, string | null>;
  /** models.dev family → our family id. */
  families: Record<string, string>;
  /** models.dev benchmark name → our benchmark (and its version). */
  benchmarks: Record<string, BenchmarkMapping>;
}

export const MAPPING_FILES: Record<Upstream, string> = {
  'models-dev': 'data/upstream/models-dev.yaml',
  litellm: 'data/upstream/litellm.yaml',
};

const SECTIONS = ['providers', 'models', 'offerings', 'families', 'benchmarks'] as const;

/** Reads and checks a mapping file; every malformed entry is an error naming its key. */
export function parseMapping(file: string, text: string): Mapping {
  const errors: InputError[] = [];
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true }) ?? {};
  } catch (error) {
    throw new InputErrors([{ file, field: '', message: `YAML syntax error: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const raw = data as Record<string, unknown>;
  const mapping: Mapping = { file, providers: {}, models: {}, offerings: {}, families: {}, benchmarks: {} };
  for (const key of Object.keys(raw)) if (!(SECTIONS as readonly string[]).includes(key)) errors.push({ file, field: key, message: `unknown section "${key}" (known: ${SECTIONS.join(', ')})` });
  const section = (name: (typeof SECTIONS)[number]) => {
    const value = raw[name] ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      errors.push({ file, field: name, message: 'expected a map' });
      return {};
    }
    return value as Record<string, unknown>;
  };
  for (const [k, v] of Object.entries(section('providers'))) {
    if (typeof v === 'string' && slug.safeParse(v).success) mapping.providers[k] = v;
    else errors.push({ file, field: `providers.${k}`, message: `expected one of our provider ids, got ${JSON.stringify(v)}` });
  }
  for (const name of ['models', 'offerings'] as const)
    for (const [k, v] of Object.entries(section(name))) {
      if (v === null || (typeof v === 'string' && modelIdSchema.safeParse(v).success)) mapping[name][k] = v;
      else errors.push({ file, field: `${name}.${k}`, message: `expected "<provider>/<model>" or null, got ${JSON.stringify(v)}` });
    }
  for (const [k, v] of Object.entries(section('families'))) {
    if (typeof v === 'string' && slug.safeParse(v).success) mapping.families[k] = v;
    else errors.push({ file, field: `families.${k}`, message: `expected one of our family ids, got ${JSON.stringify(v)}` });
  }
  for (const [k, v] of Object.entries(section('benchmarks'))) {
    const b = v as BenchmarkMapping;
    if (b && typeof b === 'object' && typeof b.benchmark === 'string' && (b.version === undefined || typeof b.version === 'string')) mapping.benchmarks[k] = { benchmark: b.benchmark, ...(b.version ? { version: String(b.version) } : {}) };
    else errors.push({ file, field: `benchmarks.${k}`, message: 'expected { benchmark: <our id>, version?: <text> }' });
  }
  if (errors.length) throw new InputErrors(errors);
  return mapping;
}

export function readMapping(file: string, root = process.cwd()): Mapping {
  let text: string;
  try {
    text = readFileSync(`${root}/${file}`, 'utf8');
  } catch {
    text = '';
  }
  return parseMapping(file, text);
}

export interface Resolution {
  /** Our model id; null when the mapping leaves the record out on purpose; undefined when unmapped. */
  id: string | null | undefined;
  via: string;
}

/** Our model for one upstream record, and which mapping entry says so. */
export function resolveRecord(mapping: Mapping, record: UpstreamRecord): Resolution {
  const key = `${record.folder}/${record.stem}`;
  if (record.upstream === 'litellm') return { id: mapping.models[record.stem], via: `models.${record.stem}` };
  if (record.role === 'model') return { id: mapping.models[key], via: `models.${key}` };
  if (key in mapping.offerings) return { id: mapping.offerings[key], via: `offerings.${key}` };
  if (record.baseModel) return { id: mapping.models[record.baseModel], via: `models.${record.baseModel} (base_model)` };
  return { id: mapping.models[key], via: `models.${key} (same path)` };
}

/** A proposed id for an unmapped record: <our provider>/<kebab id>. */
export function kebabId(stem: string): string {
  return stem.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}
