// Reads LiteLLM's model_prices_and_context_window.json: one record per chat model key. Costs are
// USD per token there and become USD per 1M tokens by moving the decimal point, never by a float
// multiplication (9.54e-7 × 1e6 is 0.9540000000000001).
import { readFileSync } from 'node:fs';
import { InputErrors, type Facts, type InputError, type UpstreamPrice, type UpstreamRecord } from './record.ts';
import type { ReadOptions, UpstreamRead } from './models-dev.ts';

export const LITELLM_REPO = 'BerriAI/litellm';
export const LITELLM_FILE = 'model_prices_and_context_window.json';

/** Fields LiteLLM documents besides the families matched by pattern below. */
const KNOWN = new Set([
  'litellm_provider', 'mode', 'max_tokens', 'max_input_tokens', 'max_output_tokens', 'source', 'deprecation_date', 'supported_endpoints',
  'supported_modalities', 'supported_input_modalities', 'supported_output_modalities', 'search_context_cost_per_query', 'prompt_cache_min_tokens',
  'provider_specific_entry', 'web_search_billing_unit', 'rpm', 'tpm', 'output_vector_size', 'multi_vendor', 'tool_use_system_prompt_tokens',
  'gemini_native_audio', 'gemini_audio_only_live', 'uses_embed_content', '_comment', 'metadata',
]);
const KNOWN_PATTERNS = [/^supports_[a-z0-9_]+$/, /_cost_per_/, /_token_cost/, /^regional_processing_uplift_multiplier_[a-z]+$/];
const TOKEN_FIELDS = ['max_tokens', 'max_input_tokens', 'max_output_tokens'];
const MODALITIES = new Set(['text', 'image', 'audio', 'video', 'pdf']);

type Table = Record<string, unknown>;

/** USD per token → USD per 1M tokens, exactly: the decimal point of the number as written moves six places. */
export function perMillion(perToken: number): number {
  const [mantissa, exp = '0'] = perToken.toExponential().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole.replace('-', '') + fraction;
  const point = whole.replace('-', '').length + Number(exp) + 6;
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number((perToken < 0 ? '-' : '') + text);
}

function check(file: string, key: string, record: unknown): InputError[] {
  const errors: InputError[] = [];
  const add = (field: string, message: string) => errors.push({ file, field: `${key}.${field}`, message });
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return [{ file, field: key, message: 'expected an object of fields' }];
  for (const [field, value] of Object.entries(record as Table)) {
    if (!KNOWN.has(field) && !KNOWN_PATTERNS.some((p) => p.test(field))) add(field, `unknown field "${field}"`);
    else if (TOKEN_FIELDS.includes(field) && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) add(field, `${JSON.stringify(value)} is not a whole number of tokens`);
    else if (/^supports_/.test(field) && typeof value !== 'boolean') add(field, `expected true or false, got ${JSON.stringify(value)}`);
    else if (/_cost_per_|_token_cost/.test(field) && typeof value === 'number' && value < 0) add(field, `negative price ${value} (a price is 0 or more)`);
    else if (/_cost_per_|_token_cost/.test(field) && typeof value !== 'number' && field !== 'search_context_cost_per_query') add(field, `expected a price in USD per token, got ${JSON.stringify(value)}`);
  }
  const r = record as Table;
  if (typeof r.litellm_provider !== 'string') add('litellm_provider', 'required text is missing');
  if (typeof r.mode !== 'string') add('mode', 'required text is missing');
  return errors;
}

function modalities(r: Table): Facts['modalities'] {
  const input = (r.supported_modalities ?? r.supported_input_modalities) as string[] | undefined;
  const output = r.supported_output_modalities as string[] | undefined;
  if (!Array.isArray(input) || !Array.isArray(output) || !input.length || !output.length) return undefined;
  if (![...input, ...output].every((m) => MODALITIES.has(m))) return undefined;
  return { input, output };
}

function price(r: Table): { price?: UpstreamPrice; skipped?: string } {
  const input = r.input_cost_per_token;
  const output = r.output_cost_per_token;
  if (typeof input !== 'number' || typeof output !== 'number') return {};
  if (input <= 0 || output <= 0) return { skipped: `input_cost_per_token = ${input}, output_cost_per_token = ${output}: a free or zero price is not recorded` };
  const p: UpstreamPrice = { input: perMillion(input), output: perMillion(output) };
  const optional: [keyof UpstreamPrice, string][] = [['cachedInput', 'cache_read_input_token_cost'], ['batchInput', 'input_cost_per_token_batches'], ['batchOutput', 'output_cost_per_token_batches']];
  for (const [ours, theirs] of optional) if (typeof r[theirs] === 'number' && (r[theirs] as number) > 0) (p as unknown as Record<string, number>)[ours] = perMillion(r[theirs] as number);
  const tier = Object.keys(r).map((k) => /^input_cost_per_token_above_(\d+)k_tokens$/.exec(k)?.[1]).find(Boolean);
  if (tier) p.note = `LiteLLM base price; a higher price applies above ${tier}k input tokens`;
  return { price: p };
}

const QUOTED = ['litellm_provider', 'mode', 'max_input_tokens', 'max_output_tokens', 'input_cost_per_token', 'output_cost_per_token', 'cache_read_input_token_cost', 'input_cost_per_token_batches', 'output_cost_per_token_batches', 'supports_function_calling', 'supports_response_schema', 'supports_reasoning', 'supports_vision'];

/** Chat-model records of a LiteLLM price map. Throws InputErrors on bad input. */
export function readLitellm(path: string, options: ReadOptions & { file?: string } = {}): UpstreamRead & { skipped: number } {
  const warnings: InputError[] = [];
  const file = options.file ?? LITELLM_FILE;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputErrors([{ file: path, field: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputErrors([{ file, field: '', message: `malformed JSON: ${(error as Error).message}` }]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputErrors([{ file, field: '', message: 'expected an object of model keys' }]);
  const commit = options.commit;
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) throw new InputErrors([{ file: path, field: '', message: 'the upstream commit is unknown: pass --commit <40-hex sha> of the file you read' }]);
  const url = `https://github.com/${options.repo ?? LITELLM_REPO}/blob/${commit}/${file}`;
  const records: UpstreamRecord[] = [];
  let skipped = 0;
  for (const [key, raw] of Object.entries(data as Table)) {
    if (key === 'sample_spec') continue;
    const problems = check(file, key, raw);
    const r = (raw ?? {}) as Table;
    const folder = typeof r.litellm_provider === 'string' ? r.litellm_provider : '';
    if (options.provider && options.provider !== folder) continue;
    if (options.model && options.model !== key) continue;
    if (problems.length) {
      records.push({ upstream: 'litellm', role: 'offering', folder, stem: key, modelId: key, file: `${file}#${key}`, url, facts: { features: {}, benchmarks: [] }, quote: '', problems });
      continue;
    }
    if (r.mode !== 'chat' && r.mode !== 'responses') {
      skipped++;
      continue;
    }
    const { price: p, skipped: why } = price(r);
    const facts: Facts = { features: {}, benchmarks: [], maxOutput: (r.max_output_tokens as number) || undefined, modalities: modalities(r), price: p, priceSkipped: why };
    const flags: [keyof Facts['features'], string][] = [['function-calling', 'supports_function_calling'], ['structured-output', 'supports_response_schema'], ['reasoning', 'supports_reasoning'], ['vision', 'supports_vision']];
    for (const [ours, theirs] of flags) if (typeof r[theirs] === 'boolean') facts.features[ours] = r[theirs] as boolean;
    const quote = QUOTED.filter((k) => r[k] !== undefined).map((k) => `"${k}": ${JSON.stringify(r[k])}`).join(', ');
    const modelId = key.startsWith(`${folder}/`) ? key.slice(folder.length + 1) : key;
    records.push({ upstream: 'litellm', role: 'offering', folder, stem: key, modelId, file: `${file}#${key}`, url, facts, quote });
  }
  return { records, commit, skipped, warnings };
}
