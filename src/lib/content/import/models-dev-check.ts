// The fields of a models.dev TOML file (its README's schema) and their types. A record with an
// unknown field, a negative price or a token count that is not a whole number is refused, so a
// typo upstream never becomes a figure here.
import type { InputError } from './record.ts';

const META_FIELDS = [
  'name', 'family', 'attachment', 'reasoning', 'tool_call', 'structured_output', 'temperature', 'knowledge',
  'release_date', 'last_updated', 'modalities', 'open_weights', 'limit', 'license', 'links', 'weights', 'benchmarks',
];
/** Fields only a provider's offering may carry. */
const OFFERING_FIELDS = ['reasoning_options', 'interleaved', 'status', 'experimental', 'provider', 'cost', 'base_model', 'base_model_omit'];
const PROVIDER_FIELDS = ['name', 'env', 'npm', 'api', 'doc'];
const LIMIT_FIELDS = ['context', 'input', 'output'];
const COST_FIELDS = ['input', 'output', 'reasoning', 'cache_read', 'cache_write', 'input_audio', 'output_audio', 'context_over_200k', 'tiers'];
const MODALITIES = ['text', 'audio', 'image', 'video', 'pdf'];
const BOOLEANS = ['attachment', 'reasoning', 'tool_call', 'structured_output', 'temperature', 'open_weights'];
const DATES = ['knowledge', 'release_date', 'last_updated'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export type TomlKind = 'model' | 'offering' | 'provider';

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Every problem in one parsed TOML file (or one api.json entry), each naming the field. */
export function checkModelsDevFields(file: string, data: unknown, kind: TomlKind): InputError[] {
  const errors: InputError[] = [];
  const add = (field: string, message: string) => errors.push({ file, field, message });
  if (!isTable(data)) return [{ file, field: '', message: 'expected a table of fields' }];
  const allowed = kind === 'provider' ? PROVIDER_FIELDS : kind === 'model' ? META_FIELDS : [...META_FIELDS, ...OFFERING_FIELDS];
  for (const key of Object.keys(data)) if (!allowed.includes(key)) add(key, `unknown field "${key}"`);
  if (kind === 'provider') return errors;

  if (data.name !== undefined && typeof data.name !== 'string') add('name', 'expected text');
  for (const key of BOOLEANS) if (data[key] !== undefined && typeof data[key] !== 'boolean') add(key, `expected true or false, got ${JSON.stringify(data[key])}`);
  for (const key of DATES)
    if (data[key] !== undefined && (typeof data[key] !== 'string' || !DATE.test(data[key] as string))) add(key, `expected a date written YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(data[key])}`);
  if (data.status !== undefined && !['alpha', 'beta', 'deprecated'].includes(data.status as string)) add('status', `expected alpha, beta or deprecated, got ${JSON.stringify(data.status)}`);
  if (data.base_model !== undefined && (typeof data.base_model !== 'string' || !/^[^/\s]+\/\S+$/.test(data.base_model))) add('base_model', 'expected "<maker>/<model-id>"');

  if (data.limit !== undefined) {
    if (!isTable(data.limit)) add('limit', 'expected a table');
    else
      for (const [key, value] of Object.entries(data.limit)) {
        if (!LIMIT_FIELDS.includes(key)) add(`limit.${key}`, `unknown field "${key}"`);
        else if (typeof value !== 'number' || !Number.isInteger(value)) add(`limit.${key}`, `${JSON.stringify(value)} is not a whole number of tokens`);
        else if (value < 0) add(`limit.${key}`, `${value} is negative`);
      }
  }
  if (data.cost !== undefined) checkCost(data.cost, 'cost', add);
  if (data.modalities !== undefined) {
    if (!isTable(data.modalities)) add('modalities', 'expected a table with input and output');
    else
      for (const [key, value] of Object.entries(data.modalities)) {
        if (key !== 'input' && key !== 'output') add(`modalities.${key}`, `unknown field "${key}"`);
        else if (!Array.isArray(value) || value.some((m) => !MODALITIES.includes(m as string)))
          add(`modalities.${key}`, `expected a list of ${MODALITIES.join(', ')}, got ${JSON.stringify(value)}`);
      }
  }
  if (data.benchmarks !== undefined && (!Array.isArray(data.benchmarks) || data.benchmarks.some((b) => !isTable(b) || typeof b.name !== 'string')))
    add('benchmarks', 'expected a list of tables, each with a name');
  return errors;
}

function checkCost(cost: unknown, path: string, add: (field: string, message: string) => void): void {
  if (!isTable(cost)) return add(path, 'expected a table of prices');
  for (const [key, value] of Object.entries(cost)) {
    const field = `${path}.${key}`;
    if (!COST_FIELDS.includes(key) && !(path.includes('tiers') && key === 'tier')) add(field, `unknown field "${key}"`);
    else if (key === 'tier') continue;
    else if (key === 'context_over_200k') checkCost(value, field, add);
    else if (key === 'tiers') {
      if (!Array.isArray(value)) add(field, 'expected a list of tiers');
      else value.forEach((tier, i) => checkCost(tier, `${field}[${i}]`, add));
    } else if (typeof value !== 'number' || Number.isNaN(value)) add(field, `expected a price in USD per 1M tokens, got ${JSON.stringify(value)}`);
    else if (value < 0) add(field, `negative price ${value} (a price is 0 or more)`);
  }
}
