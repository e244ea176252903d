// Per-model coverage: which key facts are filled, how many figures carry a source, and how many
// do not (text that states a figure without a source). Used by `npm run report`.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { parseArticle } from './article/parse.ts';
import { holdsFigure, nameIndex } from './rules/figures-in-text.ts';
import { sourceRefs } from './rules/references.ts';
import { factsOf, factsWhere } from '../facts/model-facts.ts';
import { FACTS } from '../facts/registry.ts';
import { isPrimaryKind } from '../facts/verification.ts';

/** Key facts of the field registry, named as the report prints them ("context window"). */
const KEY_FACTS = factsWhere((d) => d.key).map((id) => [id, FACTS[id].label.replace(/\s*\(.*\)$/, '').toLowerCase()] as const);

export const KEY_FIELDS = [
  'family',
  'lineage',
  ...KEY_FACTS.map(([, label]) => label),
  'maker price',
  'other platform price',
  'availability',
  '3+ benchmark results',
  'article (3+ paragraphs)',
  'competitors',
] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

export interface ModelReport {
  id: string;
  filled: KeyField[];
  missing: KeyField[];
  sourcedFigures: number;
  unsourcedFigures: number;
  benchmarkResults: number;
  /** Fields whose only sources are aggregators, press or community pages: the work queue. */
  unverified: string[];
}

/** Paragraphs of prose in an MDX body (headings, lists and blank lines do not count). */
export function paragraphCount(body: string): number {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('-') && !p.startsWith('|') && !p.startsWith('import ')).length;
}

export function modelReport(model: Model, catalog: Catalog, today = new Date().toISOString().slice(0, 10)): ModelReport {
  const d = model.data;
  const names = nameIndex([...catalog.models.map((m) => m.data.name), ...catalog.families.map((f) => f.data.name)]);
  const facts = factsOf(model, catalog, today);
  const has: Record<string, boolean> = {
    family: Boolean(d.family),
    lineage: Boolean(d.predecessor || d.successor || catalog.models.some((m) => m.data.predecessor === model.id || m.data.successor === model.id)),
    ...Object.fromEntries(KEY_FACTS.map(([id, label]) => [label, facts[id].state !== 'unknown'])),
    'maker price': d.pricing.some((p) => p.platform === d.provider),
    'other platform price': d.pricing.some((p) => p.platform !== d.provider),
    availability: d.availability.length > 0,
    '3+ benchmark results': d.benchmarks.length >= 3,
    'article (3+ paragraphs)': paragraphCount(model.body) >= 3,
    competitors: d.competitors.length > 0,
  };

  const texts = [...d.strengths, ...d.limitations, ...d.bestFor, ...d.safety].filter((t): t is string => typeof t === 'string');
  const unsourced =
    texts.filter((t) => holdsFigure(t, names)).length +
    d.faq.filter((f) => f.sources.length === 0 && holdsFigure(f.answer, names)).length +
    (d.summarySources.length === 0 && holdsFigure(d.summary, names) ? 1 : 0);
  return {
    id: model.id,
    filled: KEY_FIELDS.filter((f) => has[f]),
    missing: KEY_FIELDS.filter((f) => !has[f]),
    sourcedFigures: sourceRefs(d).length,
    unsourcedFigures: unsourced,
    benchmarkResults: d.benchmarks.length,
    unverified: [...new Set(sourceRefs(d).filter((r) => !isPrimaryKind(catalog.source.get(r.id)?.data.kind)).map((r) => r.field.replace(/\.source$|\.sources\[\d+\]$|\[\d+\]$/, '')))],
  };
}

export interface CatalogSummary {
  models: number;
  providersWithModels: number;
  minBenchmarkResults: number;
  unsourcedFigures: number;
  earliestRelease: string;
  latestRelease: string;
}

export function catalogSummary(catalog: Catalog, reports: ModelReport[]): CatalogSummary {
  const releases = catalog.models.map((m) => m.data.dates.released?.date ?? m.data.dates.announced?.date).filter((d): d is string => Boolean(d)).sort();
  return {
    models: catalog.models.length,
    providersWithModels: new Set(catalog.models.map((m) => m.data.provider)).size,
    minBenchmarkResults: Math.min(...reports.map((r) => r.benchmarkResults)),
    unsourcedFigures: reports.reduce((n, r) => n + r.unsourcedFigures, 0),
    earliestRelease: releases[0] ?? '',
    latestRelease: releases.at(-1) ?? '',
  };
}

/** Source files that no model, family, provider or benchmark cites: clutter for reviewers. */
export function uncitedSources(catalog: Catalog): string[] {
  const cited = new Set<string>();
  for (const m of catalog.models) {
    for (const ref of sourceRefs(m.data)) cited.add(ref.id);
    for (const id of m.data.summarySources) cited.add(id);
    for (const c of parseArticle(m.body).citations) cited.add(c.id);
  }
  for (const entry of [...catalog.families, ...catalog.providers, ...catalog.benchmarks]) for (const ref of sourceRefs(entry.data)) cited.add(ref.id);
  return [...catalog.source.keys()].filter((id) => !cited.has(id)).sort();
}
