// A new model page started from open data: every figure the upstream gives, each citing the
// upstream record, and an article that says plainly where the figures came from and what is left.
import { flow, scalar } from './emit.ts';
import type { Mapping } from './mapping.ts';
import { isSnapshotId, priceOfferings, type Finding, type ModelInputs, type PlanContext } from './plan-existing.ts';
import { IMPORTED_FEATURES, type UpstreamRecord } from './record.ts';

export interface NewModelContext extends PlanContext {
  mapping: Mapping;
  /** Our family ids with their maker. */
  families: Map<string, string>;
  makerName: string;
  platformName(id: string): string;
}

const UPSTREAM_NAME = { 'models-dev': 'models.dev', litellm: 'LiteLLM' } as const;

/** The model file's text, or why it cannot be made. */
export function planNewModel(inputs: ModelInputs, ctx: NewModelContext): { text: string; findings: Finding[] } | { reason: string } {
  const [maker] = inputs.id.split('/');
  const main = inputs.modelRecords[0];
  if (!main) return { reason: 'no upstream record describes the model itself (only hosts list it)' };
  const f = main.facts;
  if (!f.name) return { reason: `${main.file} gives no name` };
  if (!f.released || !/^\d{4}-\d{2}-\d{2}$/.test(f.released)) return { reason: `${main.file} gives no full release date (${f.released ?? 'none'}), and a status needs one` };
  if (f.status === 'deprecated') return { reason: `${main.file} marks it deprecated without a date; add it by hand` };
  const S = ctx.sourceOf(main);
  const findings: Finding[] = [];
  const filled = (field: string, theirs: string, record: UpstreamRecord = main) => findings.push({ model: inputs.id, field, outcome: 'created', theirs, record: record.file });
  const upstreams = [...new Set([main, ...inputs.offerings.map((o) => o.record)].map((r) => UPSTREAM_NAME[r.upstream]))].join(' and ');

  const lines: string[] = ['---', `name: ${scalar(f.name)}`, `provider: ${maker}`];
  const family = f.family ? ctx.mapping.families[f.family] ?? f.family : undefined;
  if (family && ctx.families.get(family) === maker) {
    lines.push(`family: ${family}`);
    filled('family', family);
  } else if (f.family) findings.push({ model: inputs.id, field: 'family', outcome: 'skipped', theirs: `"${f.family}" (no family of ${maker} matches: left out)`, record: main.file });
  lines.push(`summary: ${scalar(`${f.name} is a model by ${ctx.makerName}. This page was started from open data (${upstreams}); its figures still need primary sources.`)}`);
  lines.push(`tags: [${['open-data-import', ...(f.openWeights ? ['open-weights'] : [])].join(', ')}]`);
  const status = f.status === 'preview' ? 'preview' : 'ga';
  lines.push('status:', `  - ${flow({ status, date: f.released, source: S, note: `${UPSTREAM_NAME[main.upstream]} gives the release date${status === 'preview' ? ' and marks it alpha or beta' : ''}` })}`);
  lines.push('dates:', `  released: ${flow({ date: f.released, source: S })}`);
  filled('released', f.released);

  const specs: string[] = [];
  if (f.contextWindow) specs.push(`  contextWindow: ${flow({ value: f.contextWindow, source: S })}`);
  if (f.maxOutput && (!f.contextWindow || f.maxOutput <= f.contextWindow)) specs.push(`  maxOutput: ${flow({ value: f.maxOutput, source: S })}`);
  if (f.knowledgeCutoff) specs.push(`  knowledgeCutoff: ${flow({ value: f.knowledgeCutoff, source: S })}`);
  if (specs.length) lines.push('specs:', ...specs);
  for (const [field, value] of [['contextWindow', f.contextWindow], ['maxOutput', f.maxOutput], ['knowledgeCutoff', f.knowledgeCutoff]] as const) if (value) filled(field, String(value));
  if (f.license && f.openWeights !== undefined) {
    lines.push(`license: ${flow({ name: f.license, openWeights: f.openWeights, source: S })}`);
    filled('license', f.license);
  }
  if (f.modalities) {
    lines.push(`modalities: ${flow({ input: f.modalities.input, output: f.modalities.output, source: S })}`);
    filled('modalities', `${f.modalities.input.join('+')} → ${f.modalities.output.join('+')}`);
  }
  const features = IMPORTED_FEATURES.filter((k) => f.features[k] !== undefined);
  if (features.length) lines.push('features:', ...features.map((k) => `  ${k}: ${flow({ supported: f.features[k], source: S })}`));
  features.forEach((k) => filled(k, String(f.features[k])));

  const pricing: string[] = [];
  const availability: string[] = [];
  const priced = priceOfferings(inputs.offerings);
  for (const { record, platform } of inputs.offerings) {
    const source = ctx.sourceOf(record);
    const p = record.facts.price;
    if (p && priced.has(record)) {
      pricing.push(`  - ${flow({ platform, listed: ctx.listed, ...p, source })}`);
      filled(`price on ${platform}`, `${p.input} / ${p.output}${p.cachedInput ? ` / cached ${p.cachedInput}` : ''}`, record);
    }
    const entry: Record<string, unknown> = { platform, modelId: record.modelId, ...(isSnapshotId(record.modelId) ? { kind: 'snapshot' } : {}) };
    if (record.facts.contextWindow && f.contextWindow && record.facts.contextWindow !== f.contextWindow) entry.contextWindow = record.facts.contextWindow;
    availability.push(`  - ${flow({ ...entry, source })}`);
    filled(`availability on ${platform}`, record.modelId, record);
  }
  if (pricing.length) lines.push('pricing:', ...pricing);
  if (availability.length) lines.push('availability:', ...availability);

  const benchmarks: string[] = [];
  for (const b of f.benchmarks) {
    const target = ctx.mapping.benchmarks[b.name];
    if (!target) continue;
    const note = `listed by models.dev${b.cites ? `, which cites ${b.cites}` : ''}; who ran it and how is not stated`;
    benchmarks.push(`  - ${flow({ benchmark: target.benchmark, score: b.score, version: target.version, selfReported: 'unknown', note, source: S })}`);
    filled(`benchmark ${target.benchmark}`, String(b.score));
  }
  if (benchmarks.length) lines.push('benchmarks:', ...benchmarks);
  lines.push('---', '', article(inputs, ctx, f.name, S, upstreams));
  return { text: lines.join('\n'), findings };
}

function article(inputs: ModelInputs, ctx: NewModelContext, name: string, S: string, upstreams: string): string {
  const f = inputs.modelRecords[0].facts;
  const given = [
    f.released && `the release date (${f.released})`,
    f.contextWindow && `the context window (${f.contextWindow} tokens)`,
    f.maxOutput && `the output limit (${f.maxOutput} tokens)`,
    f.knowledgeCutoff && `the knowledge cutoff (${f.knowledgeCutoff})`,
    f.modalities && 'the input and output modalities',
    Object.keys(f.features).length && 'the supported features',
    f.benchmarks.some((b) => ctx.mapping.benchmarks[b.name]) && 'the benchmark scores',
  ].filter(Boolean);
  const paragraphs = [
    '## Overview',
    `${name} is a language model made by ${ctx.makerName}. This page was started from open data: the ${UPSTREAM_NAME[inputs.modelRecords[0].upstream]} catalog's record for the model <Cite id="${S}" />, not from ${ctx.makerName}'s own pages.`,
    '## What came from open data',
    `From that record come ${given.join(', ').replace(/, ([^,]*)$/, ' and $1')} <Cite id="${S}" />.`,
  ];
  const hosts = [...new Map(inputs.offerings.map((o) => [o.platform, o])).values()];
  if (hosts.length)
    paragraphs.push(
      `Prices and model ids come from the listings of ${hosts.map((o) => `${ctx.platformName(o.platform)} <Cite id="${ctx.sourceOf(o.record)}" />`).join(', ')}, as ${upstreams} recorded them on the date shown beside each price.`,
    );
  const licence = f.openWeights && !f.license ? ` The catalog marks the weights as open but names no licence, so none is given here <Cite id="${S}" />.` : '';
  paragraphs.push('## Still to check', `Every figure on this page comes from an aggregator (${upstreams}), which compiles what makers and hosts publish; each still needs a primary source, such as ${ctx.makerName}'s announcement, model card or price list, before it can be relied on.${licence}`);
  return paragraphs.join('\n\n') + '\n';
}
