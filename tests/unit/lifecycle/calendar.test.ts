import { describe, expect, it } from 'vitest';
import { eventsByMaker, eventUid, lifecycleCalendar, lifecycleEvents, oneYearAfter, priceDifference, shutdowns } from '../../../src/lib/lifecycle/calendar.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { lifecycleCatalog, TODAY } from './lifecycle-catalog.ts';

describe('lifecycleEvents', () => {
  const catalog = lifecycleCatalog();
  const events = lifecycleEvents(catalog, TODAY);

  it('lists every dated deprecation and shutdown in date order, with its source', () => {
    expect(events.map((e) => [e.date, e.kind, e.model.id, e.source])).toEqual([
      ['2024-05-01', 'deprecated', 'acme/rocket-1', 'acme-launch'],
      ['2025-03-01', 'retired', 'acme/rocket-1', 'acme-launch'],
      ['2026-06-01', 'retired', 'cloudy/rocket-3', 'acme-rocket-1'],
    ]);
  });
  it('keeps what a date applies to as the content words it, and nothing when it says nothing', () => {
    expect(events[1]).toMatchObject({ appliesTo: 'the rocket-1-0301 snapshot; the API, too', note: 'Scheduled shutdown', makerName: 'Acme AI' });
    expect(events[0].appliesTo).toBeUndefined();
    expect(events[2].appliesTo).toBeUndefined();
  });
  it('takes the replacement from the successor named in the file and the price difference from headline prices', () => {
    expect(events[1].replacement?.id).toBe('acme/rocket-2');
    // Rocket 1 costs 1.00 / 2.00 on Acme, Rocket 2 0.50 / 1.50 on Acme (Acme's own price wins over Cloudy's).
    expect(events[1].priceDifference).toMatchObject({ input: -0.5, output: -0.5, from: { platform: 'acme', input: 1 }, to: { platform: 'acme', input: 0.5 } });
  });
  it('does not treat a later model that names this one as predecessor as its replacement', () => {
    const plain = fixtureCatalog(); // Rocket 2 names Rocket 1 as predecessor; Rocket 1 names no successor
    const deprecation = lifecycleEvents(plain, TODAY).find((e) => e.model.id === 'acme/rocket-1')!;
    expect(deprecation.replacement).toBeUndefined();
    expect(deprecation.priceDifference).toBeUndefined();
  });
  it('gives no price difference when either model has no current price', () => {
    const rocket2 = catalog.model.get('acme/rocket-2')!;
    const rocket3 = catalog.model.get('cloudy/rocket-3')!;
    expect(priceDifference(rocket3, rocket2, TODAY)).toBeUndefined();
    expect(priceDifference(rocket2, rocket3, TODAY)).toBeUndefined();
    expect(priceDifference(catalog.model.get('acme/rocket-1')!, rocket2, '2023-06-01')).toBeUndefined(); // Rocket 2 not yet priced
  });
  it('rounds differences to the prices\' own precision', () => {
    const rocket2 = catalog.model.get('acme/rocket-2')!;
    const dearer = structuredClone(rocket2);
    dearer.data.pricing = [{ platform: 'acme', effective: '2024-05-01', input: 0.6, output: 1.8, source: 'acme-launch' }];
    expect(priceDifference(rocket2, dearer, TODAY)).toMatchObject({ input: 0.1, output: 0.3 });
  });
  it('derives stable unique ids from the kind and the model id', () => {
    expect(events.map((e) => e.uid)).toEqual(['deprecated.acme.rocket-1@model-atlas', 'retired.acme.rocket-1@model-atlas', 'retired.cloudy.rocket-3@model-atlas']);
    expect(eventUid('openai/gpt-4o', 'retired')).toBe('retired.openai.gpt-4o@model-atlas');
    expect(lifecycleEvents(lifecycleCatalog(), '2030-01-01').map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });
});

describe('lifecycleCalendar', () => {
  const events = lifecycleEvents(lifecycleCatalog(), TODAY);
  it('splits events into the next 12 months, later, and past newest first', () => {
    const c = lifecycleCalendar(events, TODAY);
    expect(c.upcoming.map((e) => e.date)).toEqual(['2025-03-01']);
    expect(c.later.map((e) => e.date)).toEqual(['2026-06-01']);
    expect(c.past.map((e) => e.date)).toEqual(['2024-05-01']);
  });
  it('counts today as upcoming and the same day a year on as later', () => {
    const onToday = lifecycleCalendar(events, '2025-03-01');
    expect(onToday.upcoming.map((e) => e.date)).toEqual(['2025-03-01']);
    const yearBefore = lifecycleCalendar(events, '2025-06-01');
    expect(yearBefore.later.map((e) => e.date)).toEqual(['2026-06-01']);
    expect(lifecycleCalendar(events, '2025-06-02').upcoming.map((e) => e.date)).toEqual(['2026-06-01']);
  });
  it('orders past events newest first', () => {
    expect(lifecycleCalendar(events, '2027-01-01').past.map((e) => e.date)).toEqual(['2026-06-01', '2025-03-01', '2024-05-01']);
  });
});

describe('dates and groups', () => {
  it('moves one year on by the calendar, 29 February to 1 March', () => {
    expect(oneYearAfter('2026-12-02')).toBe('2027-12-02');
    expect(oneYearAfter('2028-02-29')).toBe('2029-03-01');
  });
  it('groups events by maker name and picks the shutdowns', () => {
    const events = lifecycleEvents(lifecycleCatalog(), TODAY);
    expect(eventsByMaker(events).map((m) => [m.id, m.name, m.events.length])).toEqual([
      ['acme', 'Acme AI', 2],
      ['cloudy', 'Cloudy', 1],
    ]);
    expect(shutdowns(events).map((e) => e.kind)).toEqual(['retired', 'retired']);
  });
});
