import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { catalogDocument } from '../../../src/lib/outputs/catalog-document.ts';

describe('catalog document (/api/catalog.json)', () => {
  const doc = catalogDocument(fixtureCatalog(), '2024-12-31');
  it('lists the default columns first, then the optional ones, and the rows newest first', () => {
    const firstOptional = doc.columns.findIndex((c) => c.optional);
    expect(firstOptional).toBeGreaterThan(0);
    expect(doc.columns.slice(firstOptional).every((c) => c.optional)).toBe(true);
    expect(doc.columns.map((c) => c.id)).toContain('score.quiz');
    expect(doc.order).toEqual(['acme/rocket-2', 'acme/rocket-1']);
  });
  it('carries cells for every column, leaving out those that only say unknown', () => {
    const r2 = doc.rows['acme/rocket-2'];
    expect(r2.name).toBe('Rocket 2');
    expect(r2.cells.inputPrice.text).toBe('$0.50');
    expect(r2.cells['score.quiz']).toMatchObject({ text: '80.0%', known: true, note: '5-shot' });
    expect(r2.cells).not.toHaveProperty('parametersTotal');
  });
  it('carries every score as a filter value and the name as a sort key', () => {
    expect(doc.rows['acme/rocket-2'].v['score.quiz']).toBe(80);
    expect(doc.rows['acme/rocket-1'].v['score.quiz']).toBe(60);
    expect(doc.rows['acme/rocket-2'].s.name).toBe('Rocket 2');
  });
});
