// The lifecycle calendar read back by an independent iCalendar parser (ical.js, Mozilla's).
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { lifecycleIcs } from '../../../src/lib/outputs/lifecycle-feeds.ts';
import { lifecycleEvents } from '../../../src/lib/lifecycle/calendar.ts';
import { loadContent } from '../../../src/lib/content/load.ts';

const TODAY = '2026-12-02';
const { catalog } = loadContent(join(import.meta.dirname, '..', '..', '..', 'content'), undefined, TODAY);

describe('the lifecycle calendar parsed by ical.js', () => {
  const text = lifecycleIcs(lifecycleEvents(catalog, TODAY), catalog, { siteUrl: 'https://model-atlas.example/', stamp: TODAY, name: 'Model Atlas: model shutdowns' });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');

  it('is a version 2.0 calendar with one event per retired model', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Model Atlas//Lifecycle calendar//EN');
    expect(events).toHaveLength(catalog.models.filter((m) => m.data.dates.retired).length);
  });
  it('reads each event as an all-day event on the retirement date, with unescaped text', () => {
    const model = catalog.model.get('openai/gpt-4o-mini')!;
    const event = new ICAL.Event(events.find((e) => e.getFirstPropertyValue('uid') === 'retired.openai.gpt-4o-mini@model-atlas')!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(model.data.dates.retired!.date);
    expect(event.endDate.toString()).toBe(new Date(Date.parse(model.data.dates.retired!.date) + 86_400_000).toISOString().slice(0, 10));
    expect(event.summary).toBe('Shutdown: GPT-4o mini (OpenAI)');
    expect(event.description).toContain('Applies to: the gpt-4o-mini-2024-07-18 snapshot on the OpenAI API, and fine-tunes built on it\n');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://model-atlas.example/models/openai/gpt-4o-mini/');
  });
  it('gives every event a distinct UID and the build date as DTSTAMP', () => {
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(events.length);
    expect(events.every((e) => String(e.getFirstPropertyValue('dtstamp')) === '2026-12-02T00:00:00Z')).toBe(true);
  });
});
