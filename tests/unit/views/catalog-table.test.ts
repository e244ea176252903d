import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { catalogTable } from '../../../src/lib/views/catalog-table.ts';

describe('catalog table', () => {
  const catalog = fixtureCatalog();
  const table = catalogTable(catalog, '2024-12-31');
  it('has one row per model, newest first, with cells for the default columns', () => {
    expect(table.rows.map((r) => r.id)).toEqual(['acme/rocket-2', 'acme/rocket-1']);
    expect(table.columns.map((c) => c.id)).toEqual(expect.arrayContaining(['maker', 'released', 'status', 'contextWindow', 'parametersTotal', 'inputPrice', 'outputPrice']));
    const r2 = table.rows[0];
    expect(r2.cells.inputPrice.text).toBe('$0.50');
    expect(r2.cells.contextWindow.text).toBe('128K / 131.1K');
    expect(r2.cells.status.text).toBe('Generally available');
    expect(table.rows[1].cells.status.text).toBe('Deprecated');
  });
  it('carries the known values filters read, and leaves unknown ones out (unknown is not "no")', () => {
    const r2 = table.rows[0];
    expect(r2.values).toMatchObject({ contextWindow: 128000, inputPrice: 0.5, maker: ['acme'], status: ['ga'] });
    expect(r2.values).not.toHaveProperty('maxOutput');
    expect(r2.values).not.toHaveProperty('feature.function-calling');
    expect(r2.cells.parametersTotal).toMatchObject({ text: 'unknown', known: false });
  });
  it('offers filters from the registry with their options, and only makers that have models', () => {
    const maker = table.filters.find((f) => f.id === 'maker')!;
    expect(maker.options).toEqual([{ value: 'acme', label: 'Acme AI' }]);
    expect(table.filters.find((f) => f.id === 'contextWindow')!.kind).toBe('min');
    expect(table.filters.find((f) => f.id === 'inputModalities')!.match).toBe('all');
  });
  it('offers every other benchmark as an optional column', () => {
    expect(table.optional.map((c) => c.id)).toContain('score.quiz');
  });
  it('gives each numeric filterable column a bound for the table\'s filter row, on the better side', () => {
    const quick = (id: string) => [...table.columns, ...table.optional].find((c) => c.id === id)?.quick;
    expect(quick('contextWindow')).toMatchObject({ name: 'min.contextWindow', side: 'min', label: 'Context window (tokens), at least' });
    expect(quick('inputPrice')).toMatchObject({ name: 'max.inputPrice', side: 'max' });
    expect(quick('parametersTotal')).toMatchObject({ name: 'max.parametersTotal', side: 'max', scale: 1e9 });
    expect(quick('score.quiz')).toMatchObject({ name: 'min.score.quiz', side: 'min' });
    expect(quick('maker')).toBeUndefined();
    expect(quick('released')).toBeUndefined();
  });
});
