// The real catalog in content/ must not silently shrink or lose its sources.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { catalogSummary, modelReport, uncitedSources } from '../../../src/lib/content/report.ts';

const { catalog, problems } = loadContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const reports = catalog.models.map((m) => modelReport(m, catalog));

describe('catalog minimums', () => {
  it('validates without a single problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
  it('holds at least 60 models from at least 10 providers, from 2023 to this year', () => {
    const s = catalogSummary(catalog, reports);
    expect(s.models).toBeGreaterThanOrEqual(60);
    expect(s.providersWithModels).toBeGreaterThanOrEqual(10);
    expect(s.earliestRelease <= '2023-12-31').toBe(true);
    expect(s.latestRelease >= '2025-06-01').toBe(true);
  });
  it('gives every model at least three benchmark results', () => {
    expect(reports.filter((r) => r.benchmarkResults < 3).map((r) => r.id)).toEqual([]);
  });
  it('gives every model a status, a date, a context window and an article of three paragraphs', () => {
    const lacking = reports.filter((r) => ['announced or released', 'context window', 'article (3+ paragraphs)'].some((f) => r.missing.includes(f as never)));
    expect(lacking.map((r) => `${r.id}: ${r.missing.join(', ')}`)).toEqual([]);
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
