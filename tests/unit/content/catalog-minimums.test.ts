// The real catalog in content/ must not silently shrink, lose its sources or fall behind.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { catalogSummary, modelReport, uncitedSources } from '../../../src/lib/content/report.ts';
import { coverageTotals, makerCoverage } from '../../../src/lib/catalog/coverage.ts';
import { currentPrices } from '../../../src/lib/catalog/catalog.ts';

// The date the minimums are measured on: the day this catalog was brought up to date.
const TODAY = '2026-12-02';
const { catalog, problems } = loadContent(join(import.meta.dirname, '..', '..', '..', 'content'), undefined, TODAY);
const reports = catalog.models.map((m) => modelReport(m, catalog, TODAY));

describe('catalog minimums', () => {
  it('validates without a single problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
  it('holds at least 250 models from at least 25 makers, from 2023 to October 2026 or later', () => {
    const s = catalogSummary(catalog, reports);
    expect(s.models).toBeGreaterThanOrEqual(250);
    expect(s.providersWithModels).toBeGreaterThanOrEqual(25);
    expect(s.earliestRelease <= '2023-12-31').toBe(true);
    expect(s.latestRelease >= '2026-10-01').toBe(true);
  });
  it('gives at least 70 % of generally available models released since 2025 three or more sourced results', () => {
    const t = coverageTotals(makerCoverage(catalog, TODAY));
    expect(t.recent).toBeGreaterThanOrEqual(150);
    expect(t.recentWithResults / t.recent).toBeGreaterThanOrEqual(0.7);
  });
  it('gives every model a sourced release date, a status, and a price or a context window', () => {
    const lacking = catalog.models.filter((m) => !(m.data.dates.released ?? m.data.dates.announced) || m.data.status.length === 0 || (currentPrices(m, TODAY).length === 0 && !m.data.specs.contextWindow && m.data.pricing.length === 0));
    expect(lacking.map((m) => m.id)).toEqual([]);
  });
  it('gives every model an article of at least three paragraphs', () => {
    expect(reports.filter((r) => r.missing.includes('article (3+ paragraphs)' as never)).map((r) => r.id)).toEqual([]);
  });
  it('ships no source file that nothing cites', () => {
    expect(uncitedSources(catalog)).toEqual([]);
  });
  it('ships with zero unsourced figures', () => {
    expect(reports.filter((r) => r.unsourcedFigures > 0).map((r) => r.id)).toEqual([]);
  });
  it('gives open-weight models their parameter count and license', () => {
    const open = catalog.models.filter((m) => m.data.license?.openWeights);
    expect(open.length).toBeGreaterThanOrEqual(10);
    expect(open.filter((m) => !m.data.specs.parametersTotal).map((m) => m.id)).toEqual([]);
  });
});
