// What upstream adds to a model we already have. Hand-sourced figures are never changed: an
// agreeing value adds nothing (or, with corroborate, a second observation), a differing one is
// added beside ours, a missing one is filled. Single-valued fields that differ are reported only.
import { compareDates, compareFlags, comparePrice, compareTokens, isKRounding, type Verdict } from './compare.ts';
import type { Edit } from './yaml-edit.ts';
import { IMPORTED_FEATURES, type UpstreamRecord } from './record.ts';

export type Outcome = Verdict | 'filled' | 'added' | 'corroborated' | 'conflict' | 'skipped' | 'created';

export interface Finding {
  model: string;
  field: string;
  outcome: Outcome;
  ours?: string;
  theirs?: string;
  record: string;
}

export interface Offering {
  record: UpstreamRecord;
  /** Our provider id of the host. */
  platform: string;
}

export interface ModelInputs {
  id: string;
  /** Records that describe the model itself, most authoritative first. */
  modelRecords: UpstreamRecord[];
  offerings: Offering[];
}

export interface PlanContext {
  sourceOf(record: UpstreamRecord): string;
  today: string;
  listed: string;
  corroborate: boolean;
}

type Obs = { value: unknown; source: string; note?: string };
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = (figure: unknown): Obs[] => (figure === undefined ? [] : Array.isArray(figure) ? figure : [figure as Obs]);
const show = (o: Obs[]) => o.map((x) => `${x.value} (${x.source})`).join(', ');
/** Dated snapshot ids by the hosts' own naming: -20250514, -2024-08-06, @20251101. */
export const isSnapshotId = (id: string) => /(-\d{8}|-\d{4}-\d{2}-\d{2}|@\d{8})$/.test(id);
const priceDate = (p: Data) => String(p.effective ?? p.listed ?? '');

/** Bedrock-style regional inference profiles ("eu.anthropic.…"), which carry a regional surcharge. */
const REGIONAL = /^(us|eu|jp|au|apac|ca|us-gov)\./;

/**
 * One listing per host speaks for its price: the id we already list for that host, else an id
 * without a regional prefix, else a global one, else the first; an alias before a dated snapshot.
 * The others still add their ids.
 */
export function priceOfferings(offerings: Offering[], listed: { platform: string; modelId: string }[] = []): Set<UpstreamRecord> {
  const rank = (o: Offering) =>
    (listed.some((a) => a.platform === o.platform && a.modelId === o.record.modelId) ? 0 : o.record.modelId.startsWith('global.') ? 2 : REGIONAL.test(o.record.modelId) ? 3 : 1) +
    (isSnapshotId(o.record.modelId) ? 0.5 : 0);
  const chosen = new Map<string, Offering>();
  for (const o of offerings) {
    if (!o.record.facts.price) continue;
    const current = chosen.get(o.platform);
    if (!current || rank(o) < rank(current)) chosen.set(o.platform, o);
  }
  return new Set([...chosen.values()].map((o) => o.record));
}

export function planExisting(original: Data, inputs: ModelInputs, ctx: PlanContext): { edits: Edit[]; findings: Finding[]; data: Data } {
  const data: Data = structuredClone(original);
  const edits: Edit[] = [];
  const findings: Finding[] = [];
  const model = inputs.id;
  const edit = (e: Edit) => {
    edits.push(e);
    const [top, sub] = e.path;
    if (e.kind === 'append') (data[top] ??= []).push(e.value);
    else if (!sub) data[top] = e.value;
    else if (e.kind === 'set') (data[top] ??= {})[sub] = e.value;
    else {
      data[top] ??= {};
      const existing = list(data[top][sub]);
      data[top][sub] = existing.length ? [...existing, e.value] : e.value;
    }
  };

  for (const record of inputs.modelRecords) {
    const f = record.facts;
    const source = ctx.sourceOf(record);
    const note = (field: string, outcome: Outcome, ours?: string, theirs?: string) => findings.push({ model, field, outcome, ours, theirs, record: record.file });

    for (const [key, theirs] of [['contextWindow', f.contextWindow], ['maxOutput', f.maxOutput], ['knowledgeCutoff', f.knowledgeCutoff]] as const) {
      if (theirs === undefined) continue;
      const obs = list(data.specs?.[key]);
      if (obs.some((o) => o.source === source)) continue;
      const verdict = key === 'knowledgeCutoff' ? compareDates(obs.map((o) => String(o.value)), theirs as string) : compareTokens(obs.map((o) => o.value as number), theirs as number);
      const path: Edit['path'] = ['specs', key];
      if (verdict === 'missing-ours') {
        edit({ kind: 'observe', path, value: { value: theirs, source } });
        note(key, 'filled', undefined, String(theirs));
      } else if (verdict === 'differ') {
        const reverse = obs.some((o) => typeof theirs === 'number' && isKRounding(theirs, o.value as number));
        edit({ kind: 'observe', path, value: { value: theirs, source } });
        note(key, 'added', show(obs), `${theirs}${reverse ? ' (an exact count where ours is its K × 1,000 rounding)' : ''}`);
      } else if (verdict === 'rounding') note(key, 'rounding', show(obs), String(theirs));
      else if (verdict === 'agree' && ctx.corroborate) {
        edit({ kind: 'observe', path, value: { value: theirs, source } });
        note(key, 'corroborated', show(obs), String(theirs));
      } else note(key, verdict, show(obs), String(theirs));
    }

    if (f.released) {
      const ours = data.dates?.released;
      if (!ours && /^\d{4}-\d{2}-\d{2}$/.test(f.released)) {
        edit({ kind: 'set', path: ['dates', 'released'], value: { date: f.released, source } });
        note('released', 'filled', undefined, f.released);
      } else if (!ours) note('released', 'skipped', undefined, `${f.released} (not a full date)`);
      else {
        const v = compareDates([String(ours.date)], f.released);
        note('released', v === 'differ' ? 'conflict' : v, `${ours.date} (${ours.source})`, f.released);
      }
    }

    if (f.modalities) {
      const ours = data.modalities;
      const key = (m: { input: string[]; output: string[] }) => `${[...m.input].sort().join('+')} → ${[...m.output].sort().join('+')}`;
      if (!ours) {
        edit({ kind: 'set', path: ['modalities'], value: { input: f.modalities.input, output: f.modalities.output, source } });
        note('modalities', 'filled', undefined, key(f.modalities));
      } else note('modalities', key(ours) === key(f.modalities) ? 'agree' : 'conflict', `${key(ours)} (${ours.source})`, key(f.modalities));
    }

    for (const feature of IMPORTED_FEATURES) {
      const theirs = f.features[feature];
      if (theirs === undefined) continue;
      const ours = data.features?.[feature];
      const v = compareFlags(ours?.supported, theirs);
      if (v === 'missing-ours') {
        edit({ kind: 'set', path: ['features', feature], value: { supported: theirs, source } });
        note(feature, 'filled', undefined, String(theirs));
      } else note(feature, v === 'differ' ? 'conflict' : v, `${ours.supported} (${ours.source})`, String(theirs));
    }

    if (f.license && f.openWeights !== undefined && !data.license) {
      edit({ kind: 'set', path: ['license'], value: { name: f.license, openWeights: f.openWeights, source } });
      note('license', 'filled', undefined, f.license);
    }
    if (f.status === 'deprecated' && !['deprecated', 'retired'].includes(data.status?.at(-1)?.status)) note('status', 'conflict', data.status?.at(-1)?.status, 'deprecated (upstream gives no date: not recorded)');
  }

  const pricing = priceOfferings(inputs.offerings, original.availability ?? []);
  for (const { record, platform } of inputs.offerings) {
    const source = ctx.sourceOf(record);
    const note = (field: string, outcome: Outcome, ours?: string, theirs?: string) => findings.push({ model, field: `${field} on ${platform}`, outcome, ours, theirs, record: record.file });
    const price = pricing.has(record) ? record.facts.price : undefined;
    if (record.facts.priceSkipped) note('price', 'skipped', undefined, record.facts.priceSkipped);
    const prices = ((data.pricing ?? []) as Data[]).filter((p) => p.platform === platform);
    if (price && !prices.some((p) => p.source === source)) {
      const latest = [...prices].sort((a, b) => priceDate(a).localeCompare(priceDate(b))).at(-1);
      const v = comparePrice(latest as never, price);
      const theirs = `${price.input} / ${price.output}${price.cachedInput !== undefined ? ` / cached ${price.cachedInput}` : ''}`;
      const ours = latest ? `${latest.input} / ${latest.output}${latest.cachedInput !== undefined ? ` / cached ${latest.cachedInput}` : ''} (${latest.source})` : undefined;
      if (v === 'agree') note('price', 'agree', ours, theirs);
      else {
        edit({ kind: 'append', path: ['pricing'], value: { platform, listed: ctx.listed, ...price, note: price.note, source } });
        note('price', v === 'missing-ours' ? 'filled' : v === 'fills' ? 'filled' : 'added', ours, v === 'fills' ? `${theirs} (adds cached input)` : theirs);
      }
    }
    const availability = (data.availability ?? []) as Data[];
    if (!availability.some((a) => a.platform === platform && a.modelId === record.modelId)) {
      const entry: Data = { platform, modelId: record.modelId };
      if (isSnapshotId(record.modelId)) entry.kind = 'snapshot';
      const ctxObs = list(data.specs?.contextWindow).map((o) => o.value as number);
      const outObs = list(data.specs?.maxOutput).map((o) => o.value as number);
      const c = record.facts.contextWindow;
      const o = record.facts.maxOutput;
      if (c !== undefined && ctxObs.length && compareTokens(ctxObs, c) === 'differ') entry.contextWindow = c;
      if (o !== undefined && outObs.length && compareTokens(outObs, o) === 'differ' && o <= Math.max(c ?? 0, ...ctxObs)) entry.maxOutput = o;
      entry.source = source;
      edit({ kind: 'append', path: ['availability'], value: entry });
      note('availability', 'filled', undefined, record.modelId);
    }
  }
  return { edits, findings, data };
}
