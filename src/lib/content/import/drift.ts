// How far the catalog has drifted from the open-data catalogs: per field, how many mapped models
// agree, differ or miss the figure on either side, and each difference with our source.
import type { Catalog, Model } from '../../catalog/catalog.ts';
import { observationsOf } from '../../catalog/catalog.ts';
import { compareDates, compareFlags, compareNumber, compareTokens, type Verdict } from './compare.ts';
import { groupRecords } from './group.ts';
import { priceOfferings } from './plan-existing.ts';
import type { Mapping } from './mapping.ts';
import type { Upstream, UpstreamRecord } from './record.ts';

export const DRIFT_FIELDS = ['context', 'max output', 'input price', 'output price', 'cached input price', 'knowledge cutoff', 'release date', 'tool calling'] as const;
export type DriftField = (typeof DRIFT_FIELDS)[number];

export interface Difference {
  upstream: Upstream;
  model: string;
  field: DriftField;
  /** The host, for prices. */
  platform?: string;
  verdict: Verdict;
  ours?: string;
  theirs?: string;
  record: string;
}

export type Counts = Record<Verdict, number>;
const zero = (): Counts => ({ agree: 0, rounding: 0, differ: 0, 'missing-ours': 0, 'missing-theirs': 0 });

export interface UpstreamInput {
  upstream: Upstream;
  commit: string;
  records: UpstreamRecord[];
  mapping: Mapping;
}

const shown = (values: { value: unknown; source: string }[]) => values.map((o) => `${o.value} (${o.source})`).join(', ') || undefined;

function latestPrice(model: Model, platform: string) {
  return [...model.data.pricing].filter((p) => p.platform === platform).sort((a, b) => (a.effective ?? a.listed ?? '').localeCompare(b.effective ?? b.listed ?? '')).at(-1);
}

/** Every comparison for the mapped models that exist in the catalog. */
export function compareCatalog(catalog: Catalog, input: UpstreamInput): Difference[] {
  const { groups } = groupRecords(input.records, input.mapping, new Set(catalog.providers.map((p) => p.id)));
  const out: Difference[] = [];
  for (const [id, group] of groups) {
    const model = catalog.models.find((m) => m.id === id);
    if (!model) continue;
    // A figure neither side gives is not counted at all.
    const push = (field: DriftField, verdict: Verdict, ours: string | undefined, theirs: unknown, record: string, platform?: string) =>
      (ours !== undefined || theirs !== undefined) &&
      out.push({ upstream: input.upstream, model: id, field, platform, verdict, ours, theirs: theirs === undefined ? undefined : String(theirs), record });
    const main = group.model[0];
    const f = main?.facts;
    const file = main?.file ?? '(no record of the model itself)';
    const specs = model.data.specs;
    const context = observationsOf(specs.contextWindow);
    const output = observationsOf(specs.maxOutput);
    const cutoff = observationsOf(specs.knowledgeCutoff);
    const released = model.data.dates.released;
    const tools = model.data.features['function-calling'];
    push('context', compareTokens(context.map((o) => o.value), f?.contextWindow), shown(context), f?.contextWindow, file);
    push('max output', compareTokens(output.map((o) => o.value), f?.maxOutput), shown(output), f?.maxOutput, file);
    push('knowledge cutoff', compareDates(cutoff.map((o) => o.value), f?.knowledgeCutoff), shown(cutoff), f?.knowledgeCutoff, file);
    push('release date', compareDates(released ? [released.date] : [], f?.released), released && `${released.date} (${released.source})`, f?.released, file);
    push('tool calling', compareFlags(tools?.supported, f?.features['function-calling']), tools && `${tools.supported} (${tools.source})`, f?.features['function-calling'], file);
    const priced = priceOfferings(group.offerings, model.data.availability);
    for (const { record, platform } of group.offerings) {
      if (!priced.has(record) || !record.facts.price) continue;
      const ours = latestPrice(model, platform);
      const p = record.facts.price;
      const show = (v: number | undefined) => (ours && v !== undefined ? `${v} (${ours.source})` : undefined);
      push('input price', compareNumber(ours?.input, p.input), show(ours?.input), p.input, record.file, platform);
      push('output price', compareNumber(ours?.output, p.output), show(ours?.output), p.output, record.file, platform);
      if (ours?.cachedInput !== undefined || p.cachedInput !== undefined) push('cached input price', compareNumber(ours?.cachedInput, p.cachedInput), show(ours?.cachedInput), p.cachedInput, record.file, platform);
    }
  }
  return out;
}

export interface DriftSummary {
  date: string;
  upstreams: { upstream: Upstream; commit: string; records: number; modelsCompared: number }[];
  fields: Record<string, Record<DriftField, Counts>>;
  differences: Difference[];
  differencesTotal: number;
}

export function summarizeDrift(date: string, inputs: UpstreamInput[], results: Difference[][], firstN = 40): DriftSummary {
  const fields: DriftSummary['fields'] = {};
  inputs.forEach((input, i) => {
    const counts = Object.fromEntries(DRIFT_FIELDS.map((f) => [f, zero()])) as Record<DriftField, Counts>;
    for (const d of results[i]) counts[d.field][d.verdict]++;
    fields[input.upstream] = counts;
  });
  const differences = results.flat().filter((d) => d.verdict === 'differ');
  return {
    date,
    upstreams: inputs.map((input, i) => ({ upstream: input.upstream, commit: input.commit, records: input.records.length, modelsCompared: new Set(results[i].map((d) => d.model)).size })),
    fields,
    differences: differences.slice(0, firstN),
    differencesTotal: differences.length,
  };
}

export function formatDrift(summary: DriftSummary, all: Difference[]): string[] {
  const out: string[] = [`Drift on ${summary.date}`];
  for (const u of summary.upstreams) {
    out.push(`\n${u.upstream} at ${u.commit}: ${u.records} records, ${u.modelsCompared} of our models compared`);
    out.push(`  ${'field'.padEnd(20)} agree  differ  rounding  missing-ours  missing-theirs`);
    for (const field of DRIFT_FIELDS) {
      const c = summary.fields[u.upstream][field];
      out.push(`  ${field.padEnd(20)} ${String(c.agree).padStart(5)}  ${String(c.differ).padStart(6)}  ${String(c.rounding).padStart(8)}  ${String(c['missing-ours']).padStart(12)}  ${String(c['missing-theirs']).padStart(14)}`);
    }
  }
  const diffs = all.filter((d) => d.verdict === 'differ' || d.verdict === 'rounding');
  out.push(`\nDifferences (${diffs.length}):`);
  for (const d of diffs) out.push(`  [${d.upstream}] ${d.model}: ${d.field}${d.platform ? ` on ${d.platform}` : ''}${d.verdict === 'rounding' ? ' (known rounding)' : ''}: ours ${d.ours}; theirs ${d.theirs} [${d.record}]`);
  return out;
}
