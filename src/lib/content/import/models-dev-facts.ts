// From a checked models.dev record to our facts: inheritance through base_model (as models.dev's
// own generator does it), field names and units, and a short quote of the fields used.
import type { Facts, UpstreamPrice } from './record.ts';

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields a provider's offering never inherits from the canonical model (models.dev generate.ts). */
const NOT_INHERITED = ['benchmarks', 'license', 'links', 'weights'];

function mergeDeep(base: Table, over: Table): Table {
  const out: Table = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isTable(value) && isTable(out[key]) ? mergeDeep(out[key] as Table, value) : value;
  return out;
}

function omit(target: Table, path: string): void {
  const parts = path.split('.');
  const parents: Table[] = [];
  let current = target;
  for (const part of parts.slice(0, -1)) {
    if (!isTable(current[part])) return;
    parents.push(current);
    current = current[part] as Table;
  }
  delete current[parts.at(-1)!];
  for (let i = parents.length - 1; i >= 0; i--) {
    const key = parts[i];
    if (isTable(parents[i][key]) && Object.keys(parents[i][key] as Table).length === 0) delete parents[i][key];
    else break;
  }
}

/** An offering with its canonical model's fields filled in: arrays and values replaced, tables merged. */
export function inheritBase(offering: Table, base: Table): Table {
  const inherited = Object.fromEntries(Object.entries(base).filter(([key]) => !NOT_INHERITED.includes(key)));
  const { base_model: _base, base_model_omit: omitted, ...own } = offering;
  const merged = mergeDeep(structuredClone(inherited), own);
  for (const path of (omitted as string[] | undefined) ?? []) omit(merged, path);
  return merged;
}

function priceOf(cost: unknown): { price?: UpstreamPrice; skipped?: string } {
  if (!isTable(cost) || typeof cost.input !== 'number' || typeof cost.output !== 'number') return {};
  if (cost.input <= 0 || cost.output <= 0) return { skipped: `cost.input = ${cost.input}, cost.output = ${cost.output}: a free or zero price is not recorded` };
  const price: UpstreamPrice = { input: cost.input, output: cost.output };
  if (typeof cost.cache_read === 'number' && cost.cache_read > 0) price.cachedInput = cost.cache_read;
  const tiers = Array.isArray(cost.tiers) ? cost.tiers : [];
  const sizes = tiers.map((t) => (isTable(t) && isTable(t.tier) ? t.tier.size : undefined)).filter((s): s is number => typeof s === 'number');
  if (sizes.length) price.note = `models.dev base price; a higher price applies above ${Math.min(...sizes)} context tokens`;
  else if (isTable(cost.context_over_200k)) price.note = 'models.dev base price; a higher price applies above 200000 context tokens';
  return { price };
}

/** Our facts from a (merged) models.dev record. */
export function modelsDevFacts(data: Table): Facts {
  const limit = isTable(data.limit) ? data.limit : {};
  const modalities = isTable(data.modalities) ? data.modalities : undefined;
  const input = Array.isArray(modalities?.input) ? (modalities.input as string[]) : undefined;
  const output = Array.isArray(modalities?.output) ? (modalities.output as string[]) : undefined;
  const { price, skipped } = priceOf(data.cost);
  const facts: Facts = {
    name: data.name as string | undefined,
    family: data.family as string | undefined,
    released: data.release_date as string | undefined,
    knowledgeCutoff: data.knowledge as string | undefined,
    contextWindow: typeof limit.context === 'number' && limit.context > 0 ? limit.context : undefined,
    maxOutput: typeof limit.output === 'number' && limit.output > 0 ? limit.output : undefined,
    modalities: input?.length && output?.length ? { input, output } : undefined,
    features: {},
    license: data.license as string | undefined,
    openWeights: data.open_weights as boolean | undefined,
    status: data.status === 'deprecated' ? 'deprecated' : data.status === 'alpha' || data.status === 'beta' ? 'preview' : undefined,
    price,
    priceSkipped: skipped,
    benchmarks: (Array.isArray(data.benchmarks) ? (data.benchmarks as Table[]) : [])
      .filter((b) => typeof b.score === 'number')
      .map((b) => ({ name: b.name as string, score: b.score as number, cites: typeof b.source === 'string' ? b.source : undefined })),
  };
  if (typeof data.tool_call === 'boolean') facts.features['function-calling'] = data.tool_call;
  if (typeof data.structured_output === 'boolean') facts.features['structured-output'] = data.structured_output;
  if (typeof data.reasoning === 'boolean') facts.features.reasoning = data.reasoning;
  if (input?.includes('image')) facts.features.vision = true;
  return facts;
}

const QUOTED = ['base_model', 'name', 'release_date', 'knowledge', 'limit.context', 'limit.output', 'tool_call', 'structured_output', 'reasoning', 'modalities.input', 'modalities.output', 'open_weights', 'license', 'status', 'cost.input', 'cost.output', 'cost.cache_read'];

/** The fields the importer reads, as the file writes them: "limit.context = 400000 · cost.input = 1.25". */
export function modelsDevQuote(data: Table): string {
  const parts: string[] = [];
  for (const path of QUOTED) {
    const [head, tail] = path.split('.');
    const value = tail ? (isTable(data[head]) ? (data[head] as Table)[tail] : undefined) : data[head];
    if (value !== undefined) parts.push(`${path} = ${JSON.stringify(value).replace(/,/g, ', ')}`);
  }
  return parts.join(' · ');
}
