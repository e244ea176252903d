import { describe, expect, it } from 'vitest';
import { lifecyclePageData } from '../../../src/lib/views/lifecycle-page.ts';
import { lifecycleCatalog, TODAY } from '../lifecycle/lifecycle-catalog.ts';

describe('lifecyclePageData', () => {
  const data = lifecyclePageData(lifecycleCatalog(), TODAY);
  it('shows the next 12 months, later and past, in that order', () => {
    expect(data.sections.map((s) => [s.id, s.rows.map((r) => r.event.uid)])).toEqual([
      ['upcoming', ['retired.acme.rocket-1@model-atlas']],
      ['later', ['retired.cloudy.rocket-3@model-atlas']],
      ['past', ['deprecated.acme.rocket-1@model-atlas']],
    ]);
    expect(data.yearOn).toBe('2025-12-31');
  });
  it('resolves each date\'s source and both prices\' sources to publisher links with verification', () => {
    const [row] = data.sections[0].rows;
    expect(row.source).toEqual({ id: 'acme-launch', publisher: 'Acme AI', url: 'https://acme.example/rocket-2', verified: true });
    expect(row.priceSources?.from?.id).toBe('acme-rocket-1');
    expect(row.priceSources?.to?.id).toBe('acme-launch');
    expect(data.sections[1].rows[0].priceSources).toBeUndefined();
  });
  it('marks a date backed only by an aggregator as unverified', () => {
    const catalog = lifecycleCatalog();
    catalog.source.get('acme-launch')!.data.kind = 'aggregator';
    expect(lifecyclePageData(catalog, TODAY).sections[0].rows[0].source?.verified).toBe(false);
  });
  it('links the full calendar, the feed, and one calendar per maker with shutdowns', () => {
    expect(data.feeds).toEqual({ ics: '/lifecycle.ics', atom: '/lifecycle.xml' });
    expect(data.makers).toEqual([
      { id: 'acme', name: 'Acme AI', shutdowns: 1, ics: '/lifecycle/acme.ics' },
      { id: 'cloudy', name: 'Cloudy', shutdowns: 1, ics: '/lifecycle/cloudy.ics' },
    ]);
    const catalog = lifecycleCatalog();
    delete catalog.model.get('cloudy/rocket-3')!.data.dates.retired;
    expect(lifecyclePageData(catalog, TODAY).makers.map((m) => m.id)).toEqual(['acme']);
  });
});
