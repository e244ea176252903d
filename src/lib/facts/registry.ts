// Every fact of a model, defined once: label, accessor, unit, formats, better direction, and
// whether it is filtered, sorted, shown as a column, in the spec table, in comparisons, counted
// as a key fact, and how it changes between versions. Pages, tables, filters (build time and in
// the browser), lineage diffs, the report, social images and the API all read from here.
import { currentStatus, headlinePrice, releaseDate } from '../catalog/catalog.ts';
import { blendedPrice } from '../pricing/cost.ts';
import { FEATURE_LABEL, MODALITY_LABEL, STATUS_LABEL } from '../format/labels.ts';
import { FEATURES, STATUSES, type Feature, type Modality, type Status } from '../../schemas/enums.ts';
import { dateNumber, defineFact, type FactDef } from './define.ts';
import { changeOf, day, labelOf, labelled, list, month, parameters, priceChange, setChange, text, tokens, trainingTokens, usd } from './kinds.ts';
import { fromFigure, single } from './read.ts';
import { known, UNKNOWN } from './values.ts';

/** A current list price: the maker's own, else the cheapest platform's (kept for diffs). */
export interface PriceValue {
  usd: number;
  platform: string;
}

const priceFact = (id: string, label: string, short: string, pick: 'input' | 'output' | 'cachedInput' | 'blended', extra: { column?: 'default' | 'optional'; filter?: 'max'; compare?: boolean; diffLabel?: string }) =>
  defineFact<PriceValue>({
    id,
    label,
    short,
    unit: '$/1M',
    better: 'lower',
    numeric: (v) => v.usd,
    format: { long: (v) => usd.long(v.usd), compact: (v) => usd.compact(v.usd) },
    firstSort: 'asc',
    column: extra.column,
    filter: extra.filter,
    compare: extra.compare,
    key: pick === 'input',
    // Prices on different platforms are not a change of the model's price.
    diff: extra.diffLabel ? (a, b) => (a.platform === b.platform ? priceChange(extra.diffLabel!)(a.usd, b.usd) : []) : undefined,
    read: (m, ctx) => {
      const p = headlinePrice(m, ctx.today);
      const value = !p ? undefined : pick === 'blended' ? blendedPrice(p) : p[pick];
      if (!p || value === undefined) return UNKNOWN;
      const platform = ctx.catalog.provider.get(p.platform)?.data.name ?? p.platform;
      return single({ usd: value, platform: p.platform }, p.source, ctx, p.platform === m.data.provider ? undefined : `on ${platform}`);
    },
  });

const yesNo = { long: (v: boolean) => (v ? 'Supported' : 'Not supported'), compact: (v: boolean) => (v ? 'Yes' : 'No') };

/** One yes/no fact per feature: "unknown" stays apart from "not supported". */
const featureFacts = Object.fromEntries(
  FEATURES.map((f) => [
    `feature.${f}`,
    defineFact<boolean>({
      id: `feature.${f}`, label: FEATURE_LABEL[f], short: FEATURE_LABEL[f], format: yesNo, filter: 'flag', column: 'optional', compare: true,
      key: f === 'function-calling',
      diff: (a, b) => (a === b ? [] : [`${b ? 'now supports' : 'no longer supports'} ${FEATURE_LABEL[f].toLowerCase()}`]),
      read: (m, ctx) => single(m.data.features[f]?.supported, m.data.features[f]?.source, ctx, m.data.features[f]?.note),
    }),
  ]),
) as Record<`feature.${Feature}`, FactDef<boolean>>;

/** The maker, by id (for filters) and name (for reading). */
export interface MakerValue {
  id: string;
  name: string;
}

const coreFacts = {
  maker: defineFact<MakerValue>({
    id: 'maker', label: 'Maker', short: 'Maker', format: { long: (v) => v.name, compact: (v) => v.name }, filter: 'multi', multiMatch: 'any',
    firstSort: 'asc', column: 'default', keys: (v) => [v.id],
    options: (ctx) => ctx.catalog.providers.filter((p) => ctx.catalog.models.some((m) => m.data.provider === p.id)).map((p) => ({ value: p.id, label: p.data.name })),
    read: (m, ctx) => {
      const p = ctx.catalog.provider.get(m.data.provider);
      return known([{ value: { id: m.data.provider, name: p?.data.name ?? m.data.provider }, source: '', verified: true }]);
    },
  }),
  released: defineFact<string>({
    id: 'released', label: 'Released', short: 'Released', numeric: dateNumber, format: day,
    filter: 'range', filterInput: { type: 'date' }, firstSort: 'desc', column: 'default', compare: true, key: true,
    read: (m, ctx) => {
      const fact = m.data.dates.released ?? m.data.dates.announced;
      return single(releaseDate(m), fact?.source, ctx, m.data.dates.released ? undefined : 'announcement date');
    },
  }),
  status: defineFact<Status>({
    id: 'status', label: 'Status', short: 'Status', format: labelOf(STATUS_LABEL), filter: 'choice', column: 'default', compare: true,
    options: () => STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] })), keys: (s) => [s],
    read: (m, ctx) => {
      const status = currentStatus(m, ctx.today);
      const entry = [...m.data.status].reverse().find((s) => s.status === status);
      return single(status, entry?.source ?? m.data.dates.retired?.source, ctx);
    },
  }),
  contextWindow: defineFact<number>({
    id: 'contextWindow', label: 'Context window', short: 'Context', unit: 'tokens', better: 'higher', numeric: (v) => v, format: tokens,
    filter: 'min', filterInput: { type: 'number', unit: 'tokens', scale: 1, step: 1000 }, firstSort: 'desc', column: 'default', spec: 'always', compare: true, key: true, diff: changeOf('context', tokens.compact),
    read: (m, ctx) => fromFigure(m, m.data.specs.contextWindow, ctx, 'contextWindow'),
  }),
  maxOutput: defineFact<number>({
    id: 'maxOutput', label: 'Max output', short: 'Max output', unit: 'tokens', better: 'higher', numeric: (v) => v, format: tokens,
    filter: 'min', filterInput: { type: 'number', unit: 'tokens', scale: 1, step: 1000 }, firstSort: 'desc', column: 'optional', spec: 'always', compare: true, key: true, diff: changeOf('max output', tokens.compact),
    read: (m, ctx) => fromFigure(m, m.data.specs.maxOutput, ctx, 'maxOutput'),
  }),
  parametersTotal: defineFact<number>({
    id: 'parametersTotal', label: 'Parameters (total)', short: 'Parameters', numeric: (v) => v, format: parameters,
    filter: 'range', filterInput: { type: 'number', unit: 'billion', scale: 1e9, step: 1 }, firstSort: 'desc', column: 'default', spec: 'always', compare: true, key: true,
    read: (m, ctx) => fromFigure(m, m.data.specs.parametersTotal, ctx, 'parametersTotal'),
  }),
  parametersActive: defineFact<number>({
    id: 'parametersActive', label: 'Parameters (active per token)', short: 'Active parameters', numeric: (v) => v, format: parameters,
    filter: 'range', filterInput: { type: 'number', unit: 'billion', scale: 1e9, step: 1 }, firstSort: 'desc', column: 'optional', spec: 'when-known',
    read: (m, ctx) => fromFigure(m, m.data.specs.parametersActive, ctx, 'parametersActive'),
  }),
  knowledgeCutoff: defineFact<string>({
    id: 'knowledgeCutoff', label: 'Knowledge cutoff', short: 'Knowledge cutoff', better: 'higher', numeric: dateNumber, format: month,
    firstSort: 'desc', column: 'optional', spec: 'always', compare: true, key: true,
    read: (m, ctx) => fromFigure(m, m.data.specs.knowledgeCutoff, ctx, 'knowledgeCutoff'),
  }),
  architecture: defineFact<string>({
    id: 'architecture', label: 'Architecture', short: 'Architecture', format: text, spec: 'always',
    read: (m, ctx) => fromFigure(m, m.data.specs.architecture, ctx, 'architecture'),
  }),
  trainingTokens: defineFact<number>({
    id: 'trainingTokens', label: 'Training tokens', short: 'Training tokens', numeric: (v) => v, format: trainingTokens, spec: 'always',
    read: (m, ctx) => fromFigure(m, m.data.specs.trainingTokens, ctx, 'trainingTokens'),
  }),
  trainingData: defineFact<string>({
    id: 'trainingData', label: 'Training data', short: 'Training data', format: text, spec: 'when-known',
    read: (m, ctx) => fromFigure(m, m.data.specs.trainingData, ctx, 'trainingData'),
  }),
  license: defineFact<string>({
    id: 'license', label: 'License', short: 'License', format: text, filter: 'choice', column: 'optional', spec: 'always', compare: true, key: true,
    options: (ctx) => [...new Set(ctx.catalog.models.flatMap((m) => (m.data.license ? [m.data.license.name] : [])))].sort().map((l) => ({ value: l, label: l })),
    keys: (l) => [l],
    read: (m, ctx) => single(m.data.license?.name, m.data.license?.source, ctx),
  }),
  openWeights: defineFact<boolean>({
    id: 'openWeights', label: 'Weights', short: 'Weights', format: { long: (v) => (v ? 'Open weights' : 'Weights not released'), compact: (v) => (v ? 'Open' : 'API only') },
    filter: 'flag', column: 'optional', spec: 'always', compare: true,
    diff: (a, b) => (a === b ? [] : [b ? 'weights released' : 'weights no longer released']),
    read: (m, ctx) => single(m.data.license?.openWeights, m.data.license?.source, ctx),
  }),
  inputModalities: defineFact<Modality[]>({
    id: 'inputModalities', label: 'Input', short: 'Reads', format: labelled(MODALITY_LABEL), filter: 'multi', multiMatch: 'all', spec: 'always', compare: true, key: true,
    options: () => Object.entries(MODALITY_LABEL).map(([value, label]) => ({ value, label })), keys: (v) => v,
    diff: setChange(MODALITY_LABEL, 'reads'),
    read: (m, ctx) => single(m.data.modalities?.input, m.data.modalities?.source, ctx, m.data.modalities?.note),
  }),
  outputModalities: defineFact<Modality[]>({
    id: 'outputModalities', label: 'Output', short: 'Writes', format: labelled(MODALITY_LABEL), filter: 'multi', multiMatch: 'all', spec: 'always', compare: true,
    options: () => Object.entries(MODALITY_LABEL).map(([value, label]) => ({ value, label })), keys: (v) => v,
    diff: setChange(MODALITY_LABEL, 'writes'),
    read: (m, ctx) => single(m.data.modalities?.output, m.data.modalities?.source, ctx),
  }),
  languages: defineFact<string>({
    id: 'languages', label: 'Languages', short: 'Languages', format: text, spec: 'when-known',
    read: (m, ctx) => fromFigure(m, m.data.specs.languages, ctx),
  }),
  tokenizer: defineFact<string>({
    id: 'tokenizer', label: 'Tokenizer', short: 'Tokenizer', format: text, spec: 'always',
    read: (m, ctx) => fromFigure(m, m.data.specs.tokenizer, ctx),
  }),
  reasoningEfforts: defineFact<string[]>({
    id: 'reasoningEfforts', label: 'Reasoning effort settings', short: 'Effort levels', format: list, spec: 'when-known', compare: true,
    diff: changeOf('reasoning efforts', list.compact),
    read: (m, ctx) => fromFigure(m, m.data.specs.reasoningEfforts, ctx),
  }),
  inputPrice: priceFact('inputPrice', 'Input price ($/1M tokens)', 'Input $/1M', 'input', { column: 'default', filter: 'max', compare: true, diffLabel: 'input price' }),
  outputPrice: priceFact('outputPrice', 'Output price ($/1M tokens)', 'Output $/1M', 'output', { column: 'default', filter: 'max', compare: true, diffLabel: 'output price' }),
  cachedInputPrice: priceFact('cachedInputPrice', 'Cached input price ($/1M tokens)', 'Cached $/1M', 'cachedInput', { column: 'optional' }),
  blendedPrice: priceFact('blendedPrice', 'Blended price, 3:1 ($/1M tokens)', 'Blended $/1M', 'blended', { column: 'optional', filter: 'max', compare: true }),
  outputSpeed: defineFact<number>({
    id: 'outputSpeed', label: 'Output speed (best reading)', short: 'Speed', unit: 'tokens/s', better: 'higher', numeric: (v) => v,
    format: { long: (v) => `${v} tokens/s`, compact: (v) => `${v} t/s` }, filter: 'min', firstSort: 'desc', column: 'optional',
    read: (m, ctx) => {
      const best = m.data.performance.filter((p) => p.metric === 'output-speed').sort((a, b) => b.value - a.value)[0];
      return single(best?.value, best?.source, ctx, best ? `${best.method}, ${best.measured}` : undefined);
    },
  }),
};

export const FACTS = { ...coreFacts, ...featureFacts };

export type FactId = keyof typeof FACTS;
export type FactType<K extends FactId> = (typeof FACTS)[K] extends { read: (...args: never[]) => import('./values.ts').FactValue<infer T> } ? T : never;
export const FACT_IDS = Object.keys(FACTS) as FactId[];

/** Facts shown side by side in comparisons, in registry order. */
export const COMPARE_FACTS = FACT_IDS.filter((id) => FACTS[id].compare);
