import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { lineageChain, versionRows } from '../../../src/lib/lineage/lineage.ts';
import { costExample, priceHistory } from '../../../src/lib/pricing/price-history.ts';

describe('lineage', () => {
  const catalog = fixtureCatalog();
  it('follows predecessors and successors into one chain', () => {
    expect(lineageChain(catalog.model.get('acme/rocket-1')!, catalog).map((m) => m.id)).toEqual(['acme/rocket-1', 'acme/rocket-2']);
    expect(lineageChain(catalog.model.get('acme/rocket-2')!, catalog).map((m) => m.id)).toEqual(['acme/rocket-1', 'acme/rocket-2']);
  });
  it('lists family versions newest first with the newest marked', () => {
    const rows = versionRows('rocket', catalog, '2024-12-31');
    const text = (f: (typeof rows)[number]['status']) => (f.state === 'known' ? f.items.map((i) => i.text).join(' / ') : f.state);
    expect(rows.map((r) => [r.model.id, r.newest, text(r.status), text(r.context)])).toEqual([
      ['acme/rocket-2', true, 'Generally available', '128K / 131.1K'],
      ['acme/rocket-1', false, 'Deprecated', '16K'],
    ]);
    expect(rows[1].end).toEqual({ kind: 'deprecated', date: '2024-05-01', future: false });
    expect(text(rows[0].license)).toBe('unknown');
  });
});

describe('model page figures', () => {
  const catalog = fixtureCatalog();
  it('keeps superseded prices in the history, marked', () => {
    const model = structuredClone(catalog.model.get('acme/rocket-2')!);
    model.data.pricing.push({ platform: 'acme', effective: '2024-10-01', input: 0.25, output: 1, source: 'acme-launch' });
    const history = priceHistory(model, '2024-12-31');
    expect(history.map((p) => [p.platform, p.effective, p.current])).toEqual([
      ['acme', '2024-10-01', true],
      ['acme', '2024-05-01', false],
      ['cloudy', '2024-05-01', true],
    ]);
  });
  it('prices the example workloads at the maker price', () => {
    const example = costExample(catalog.model.get('acme/rocket-2')!, '2024-12-31')!;
    expect(example.price.platform).toBe('acme');
    expect(example.lines[0]).toEqual({ label: expect.stringContaining('1,000 requests'), standard: '$1.50', batch: undefined });
  });
});
