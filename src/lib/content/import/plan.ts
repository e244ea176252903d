// The whole import as a plan: which of our models each record is, what to add to each model that
// exists, which files to create, what disagrees. Nothing is written here; the plan is checked
// against the validator before the caller may write it.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { modelSchema } from '../../../schemas/model.ts';
import { splitFrontmatter, type RawEntry } from '../reader.ts';
import { readFileSync } from 'node:fs';
import { groupRecords } from './group.ts';
import type { Mapping } from './mapping.ts';
import { planExisting, type Finding, type ModelInputs } from './plan-existing.ts';
import { planNewModel } from './plan-new.ts';
import { SourceRegistry } from './sources.ts';
import { applyEdit, type KeyOrder } from './yaml-edit.ts';
import type { UpstreamRecord } from './record.ts';

export interface PlanOptions {
  root: string;
  today: string;
  /** The date the upstream data was current (its commit date): what a price's `listed` says. */
  listed?: string;
  commit: string;
  corroborate?: boolean;
  /** Every broken record read stops the import (the caller asked for its folder). */
  strict?: boolean;
  /** Publisher line of the source files. */
  publisherOf(record: UpstreamRecord): string;
}

export interface FileWrite {
  path: string;
  text: string;
  /** The model (or source) the file belongs to; a model's writes are dropped together. */
  model?: string;
  created: boolean;
  cites: string[];
}

export interface ImportPlan {
  writes: FileWrite[];
  findings: Finding[];
  unmapped: UpstreamRecord[];
  ignored: number;
  broken: number;
  /** Models that could not be made or edited, with the reason. */
  refused: { model: string; reason: string }[];
  sources: SourceRegistry;
}

const ORDER: KeyOrder = {
  '': Object.keys(modelSchema.shape),
  specs: ['parametersTotal', 'parametersActive', 'architecture', 'contextWindow', 'maxOutput', 'knowledgeCutoff', 'trainingTokens', 'trainingData', 'languages', 'tokenizer'],
  dates: ['announced', 'released', 'updated', 'deprecated', 'retired'],
};

/** JSON with sorted keys: the same data whatever order its keys were written in. */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}` : JSON.stringify(v);

const citesOf = (text: string) => [...new Set([...text.matchAll(/source: ([a-z0-9][a-z0-9.-]*)|<Cite id="([^"]+)"/g)].map((m) => m[1] ?? m[2]))];

export function buildPlan(records: UpstreamRecord[], mapping: Mapping, entries: RawEntry[], options: PlanOptions): ImportPlan {
  const byCollection = (c: string) => entries.filter((e) => e.collection === c);
  const providers = new Map(byCollection('providers').map((e) => [e.id, e.data as { name: string; roles: string[] }]));
  const families = new Map(byCollection('families').map((e) => [e.id, (e.data as { provider: string }).provider]));
  const models = new Map(byCollection('models').map((e) => [e.id, e]));
  const sources = new SourceRegistry(
    byCollection('sources').map((e) => ({ id: e.id, url: String((e.data as { url?: string })?.url ?? '') })),
    options.today,
    options.commit,
  );
  const { groups, unmapped, ignored, broken, findings } = groupRecords(records, mapping, new Set(providers.keys()), options.strict);
  const writes: FileWrite[] = [];
  const refused: ImportPlan['refused'] = [];
  const ctx = { sourceOf: (r: UpstreamRecord) => sources.idFor(r), today: options.today, listed: options.listed ?? options.today, corroborate: Boolean(options.corroborate) };
  for (const [id, group] of groups) {
    const maker = id.split('/')[0];
    const inputs: ModelInputs = { id, modelRecords: group.model, offerings: group.offerings };
    const existing = models.get(id);
    if (!existing) {
      const makerEntry = providers.get(maker);
      if (!makerEntry?.roles?.includes('maker')) {
        refused.push({ model: id, reason: `content/providers/${maker}.yaml is missing or not a maker: create it first (npm run new:provider -- ${maker})` });
        continue;
      }
      const made = planNewModel(inputs, { ...ctx, mapping, families, makerName: makerEntry.name, platformName: (p) => providers.get(p)?.name ?? p });
      if ('reason' in made) refused.push({ model: id, reason: made.reason });
      else {
        findings.push(...made.findings);
        writes.push({ path: `content/models/${id}.mdx`, text: made.text, model: id, created: true, cites: citesOf(made.text) });
      }
      continue;
    }
    const path = join(options.root, existing.file);
    const text = readFileSync(path, 'utf8');
    const parts = splitFrontmatter(text);
    if (!parts || existing.readError) {
      refused.push({ model: id, reason: `${existing.file} cannot be read as a model file` });
      continue;
    }
    const { edits, findings: found, data } = planExisting(parseYaml(parts.yaml) ?? {}, inputs, ctx);
    findings.push(...found);
    if (!edits.length) continue;
    try {
      let yaml = `${parts.yaml}\n`;
      for (const e of edits) yaml = applyEdit(yaml, e, ORDER);
      if (canonical(parseYaml(yaml)) !== canonical(data)) throw new Error('the edited YAML does not read back as planned');
      const start = text.indexOf(parts.yaml);
      const next = text.slice(0, start) + yaml.replace(/\n$/, '') + text.slice(start + parts.yaml.length);
      writes.push({ path: existing.file, text: next, model: id, created: false, cites: citesOf(edits.map((e) => JSON.stringify(e.value)).join(' ').replace(/"source":"([^"]+)"/g, 'source: $1')) });
    } catch (error) {
      refused.push({ model: id, reason: `${existing.file}: ${(error as Error).message}` });
    }
  }
  return { writes, findings, unmapped, ignored, broken, refused, sources };
}

/** The source files the kept model writes cite. */
export function sourceWrites(plan: ImportPlan, publisherOf: (r: UpstreamRecord) => string): FileWrite[] {
  const cited = new Set(plan.writes.filter((w) => w.model).flatMap((w) => w.cites));
  return plan.sources.files(cited, publisherOf).map((s) => ({ path: s.path, text: s.text, created: true, cites: [] }));
}
