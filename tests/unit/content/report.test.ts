import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { catalogSummary, modelReport, paragraphCount, uncitedSources } from '../../../src/lib/content/report.ts';

describe('content report', () => {
  const catalog = fixtureCatalog();
  it('finds source files that nothing cites', () => {
    const base = uncitedSources(catalog);
    const extra = { id: 'orphan', data: { publisher: 'Nobody', title: 'Uncited', url: 'https://example.org/', retrieved: '2024-01-01', kind: 'press' } };
    const withOrphan = { ...catalog, source: new Map([...catalog.source, ['orphan', extra as never]]) };
    expect(uncitedSources(withOrphan)).toEqual([...base, 'orphan'].sort());
    expect(base).not.toContain('acme-rocket-1');
  });
  it('counts prose paragraphs only', () => {
    expect(paragraphCount('## Overview\n\nOne.\n\nTwo.\n\n- a list\n\nThree.')).toBe(3);
  });
  it('lists filled and missing key facts and counts sourced figures', () => {
    const r = modelReport(catalog.model.get('acme/rocket-2')!, catalog);
    expect(r.filled).toContain('context window');
    expect(r.filled).toContain('other platform price');
    expect(r.missing).toContain('max output');
    expect(r.missing).toContain('3+ benchmark results');
    expect(r.sourcedFigures).toBeGreaterThanOrEqual(9);
    expect(r.unsourcedFigures).toBe(0);
  });
  it('counts text that states a figure without a source', () => {
    const model = structuredClone(catalog.model.get('acme/rocket-2')!);
    model.data.strengths.push('Answers in 200 ms');
    expect(modelReport(model, catalog).unsourcedFigures).toBe(1);
  });
  it('summarises the catalog', () => {
    const reports = catalog.models.map((m) => modelReport(m, catalog));
    expect(catalogSummary(catalog, reports)).toEqual({
      models: 2,
      providersWithModels: 1,
      minBenchmarkResults: 1,
      unsourcedFigures: 0,
      earliestRelease: '2023-03-01',
      latestRelease: '2024-05-01',
    });
  });
});
