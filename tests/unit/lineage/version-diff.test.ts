import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { versionDiff } from '../../../src/lib/lineage/version-diff.ts';
import { labelWidth, timelineLayout } from '../../../src/lib/lineage/family-timeline.ts';

describe('versionDiff', () => {
  const catalog = fixtureCatalog();
  const r1 = catalog.model.get('acme/rocket-1')!;
  const r2 = catalog.model.get('acme/rocket-2')!;
  it('names context, price and benchmark changes between consecutive versions', () => {
    expect(versionDiff(r1, r2, catalog, '2024-12-31').map((c) => c.text)).toEqual([
      'context 16K → 128K',
      'input price $1.00 → $0.50 (−50 %)',
      'output price $2.00 → $1.50 (−25 %)',
      'Quiz (5-shot) 60 → 80',
    ]);
  });
  it('names modality and weights changes', () => {
    const a = structuredClone(r1);
    const b = structuredClone(r2);
    a.data.modalities = { input: ['text'], output: ['text'], source: 'acme-launch' };
    b.data.modalities = { input: ['text', 'image'], output: ['text'], source: 'acme-launch' };
    a.data.license = { name: 'Proprietary', openWeights: false, source: 'acme-launch' };
    b.data.license = { name: 'Apache 2.0', openWeights: true, source: 'acme-launch' };
    const texts = versionDiff(a, b, catalog, '2024-12-31').map((c) => c.text);
    expect(texts).toContain('now reads images');
    expect(texts).toContain('weights released');
  });
  it('says nothing when nothing comparable changed', () => {
    expect(versionDiff(r2, r2, catalog, '2024-12-31')).toEqual([]);
  });
});

describe('timelineLayout', () => {
  const catalog = fixtureCatalog();
  it('places releases to scale, oldest first, marks the newest current and shows end dates', () => {
    const layout = timelineLayout(catalog.models, '2024-12-31')!;
    expect(layout.items.map((i) => [i.model.id, i.current])).toEqual([
      ['acme/rocket-1', false],
      ['acme/rocket-2', true],
    ]);
    const [a, b] = layout.items;
    expect(a.x).toBeGreaterThan(0);
    expect(b.x).toBeGreaterThan(a.x);
    expect(layout.todayX).toBeGreaterThan(b.x);
    expect(layout.todayX).toBeLessThan(100);
    expect(a.end).toMatchObject({ kind: 'deprecated', date: '2024-05-01', future: false });
    expect(layout.years.map((y) => y.year)).toEqual([2024, 2025]);
  });
  it('moves labels that would overlap to another lane', () => {
    const layout = timelineLayout(catalog.models, '2024-12-31', () => 80)!;
    expect(layout.items.map((i) => i.lane)).toEqual([0, 1]);
    expect(layout.lanes).toBe(2);
  });
  it('sizes a label from its text: a long name or an end date takes more of the axis', () => {
    expect(labelWidth('Gemini 4 Hydrogen', false)).toBeGreaterThan(labelWidth('o3', false));
    expect(labelWidth('o3', true)).toBeGreaterThan(labelWidth('o3', false));
  });
  it('keeps a lane taken until the deprecation line drawn in it ends', () => {
    // Labels this narrow would fit side by side, but Rocket 1's line runs to Rocket 2's release.
    const layout = timelineLayout(catalog.models, '2024-12-31', () => 1)!;
    expect(layout.items.map((i) => i.lane)).toEqual([0, 1]);
    const noEnd = catalog.models.map((m) => (m.id === 'acme/rocket-1' ? { ...m, data: { ...m.data, dates: { released: m.data.dates.released } } } : m));
    expect(timelineLayout(noEnd, '2024-12-31', () => 1)!.items.map((i) => i.lane)).toEqual([0, 0]);
  });
});

import { releaseTimeline } from '../../../src/lib/lineage/release-timeline.ts';

describe('releaseTimeline', () => {
  it('groups releases by year and month, newest first', () => {
    const catalog = fixtureCatalog();
    const years = releaseTimeline(catalog);
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
      ['2024', 1, ['2024-05']],
      ['2023', 1, ['2023-03']],
    ]);
    expect(years[0].months[0].models[0].providerName).toBe('Acme AI');
  });
});
