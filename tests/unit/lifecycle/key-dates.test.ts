import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { keyDates } from '../../../src/lib/lifecycle/key-dates.ts';

describe('keyDates', () => {
  const catalog = fixtureCatalog();
  it('orders a model life by date and marks today', () => {
    const events = keyDates(catalog.model.get('acme/rocket-1')!, '2024-12-31');
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2023-03-01', 'released'],
      ['2024-05-01', 'deprecated'],
      ['2024-12-31', 'today'],
    ]);
  });
  it('marks a retirement after today as scheduled', () => {
    const model = structuredClone(catalog.model.get('acme/rocket-1')!);
    model.data.dates.retired = { date: '2025-06-01', source: 'acme-launch' };
    const retired = keyDates(model, '2024-12-31').find((e) => e.kind === 'retired')!;
    expect(retired.future).toBe(true);
    expect(retired.label).toBe('Scheduled retirement');
  });
  it('adds later prices on the same platform as price changes', () => {
    const model = structuredClone(catalog.model.get('acme/rocket-2')!);
    model.data.pricing.push({ platform: 'acme', effective: '2024-10-01', input: 0.25, output: 1, source: 'acme-launch' });
    expect(keyDates(model, '2024-12-31').filter((e) => e.kind === 'price').map((e) => e.date)).toEqual(['2024-10-01']);
  });
});
