// How well the catalog is sourced: figures per model and how many a primary source backs, and
// per maker the share of verified figures and of models with three or more benchmark results.
// Read by `npm run report`, the /data/ page and the catalog minimums test.
import type { Catalog, Model } from './catalog.ts';
import { currentStatus, releaseDate } from './catalog.ts';
import { sourceRefs } from '../content/rules/references.ts';
import { isPrimaryKind } from '../facts/verification.ts';

export interface FigureCounts {
  figures: number;
  verified: number;
}

/** Every sourced figure in a model's file, and how many cite a primary source. */
export function figureCounts(model: Model, catalog: Catalog): FigureCounts {
  const refs = sourceRefs(model.data).filter((r) => !/^(summarySources|faq|strengths|limitations|bestFor|safety)\b/.test(r.field));
  return { figures: refs.length, verified: refs.filter((r) => isPrimaryKind(catalog.source.get(r.id)?.data.kind)).length };
}

/** The models the results rule counts: generally available now, released since 2025. */
export function recentAvailable(catalog: Catalog, today: string): Model[] {
  return catalog.models.filter((m) => currentStatus(m, today) === 'ga' && (releaseDate(m) ?? '') >= '2025-01-01');
}

export interface MakerCoverage {
  maker: string;
  name: string;
  models: number;
  figures: number;
  verified: number;
  /** Generally available models released since 2025, and how many have 3+ results. */
  recent: number;
  recentWithResults: number;
}

export function makerCoverage(catalog: Catalog, today: string): MakerCoverage[] {
  const recent = new Set(recentAvailable(catalog, today));
  const rows = new Map<string, MakerCoverage>();
  for (const m of catalog.models) {
    const id = m.data.provider;
    const row = rows.get(id) ?? { maker: id, name: catalog.provider.get(id)?.data.name ?? id, models: 0, figures: 0, verified: 0, recent: 0, recentWithResults: 0 };
    const c = figureCounts(m, catalog);
    row.models++;
    row.figures += c.figures;
    row.verified += c.verified;
    if (recent.has(m)) {
      row.recent++;
      if (m.data.benchmarks.length >= 3) row.recentWithResults++;
    }
    rows.set(id, row);
  }
  return [...rows.values()].sort((a, b) => b.models - a.models || a.name.localeCompare(b.name));
}

/** Totals over all makers. */
export function coverageTotals(rows: MakerCoverage[]): Omit<MakerCoverage, 'maker' | 'name'> {
  return rows.reduce((t, r) => ({ models: t.models + r.models, figures: t.figures + r.figures, verified: t.verified + r.verified, recent: t.recent + r.recent, recentWithResults: t.recentWithResults + r.recentWithResults }), { models: 0, figures: 0, verified: 0, recent: 0, recentWithResults: 0 });
}
