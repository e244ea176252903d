import { describe, expect, it } from 'vitest';
import { chooseDocument } from '../../../src/lib/choose/document.ts';
import { choosePage } from '../../../src/lib/views/choose-page.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

describe('chooseDocument', () => {
  const catalog = fixtureCatalog();
  const doc = chooseDocument(catalog, '2026-01-01');
  it('carries every model with its dated prices and results, and the sources they cite', () => {
    expect(doc.models.length).toBe(catalog.models.length);
    for (const m of doc.models) {
      const model = catalog.model.get(m.id)!;
      expect(m.pricing.length).toBe(model.data.pricing.length);
      expect(m.results.length).toBe(model.data.benchmarks.length);
      for (const ref of [...m.pricing, ...m.results]) expect(doc.sources[ref.source]?.url).toMatch(/^https?:\/\//);
    }
  });
  it('keeps filter values from the registry but reads prices from the dated list', () => {
    const withContext = doc.models.find((m) => typeof m.values.contextWindow === 'number');
    expect(withContext).toBeDefined();
    for (const m of doc.models) {
      expect(m.values).not.toHaveProperty('inputPrice');
      expect(Object.keys(m.values).some((k) => k.startsWith('score.'))).toBe(false);
    }
    expect(doc.labels.contextWindow).toBe('Context window');
    expect(doc.multiMatch.inputModalities).toBe('all');
  });
});

describe('choosePage', () => {
  const page = choosePage(fixtureCatalog(), '2026-01-01');
  it('offers status as a multi choice and names the setting each benchmark is ranked at', () => {
    expect(page.primary.find((c) => c.control.id === 'status')?.control.kind).toBe('multi');
    expect(page.weights.length).toBeGreaterThan(0);
    for (const w of page.weights) expect(w.setting).toBeTruthy();
    expect(page.features.every((f) => f.id.startsWith('feature.'))).toBe(true);
  });
});
