import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { escapeText, foldLine, icsCalendar, icsDate, nextDay } from '../../../src/lib/outputs/ical.ts';
import { lifecycleIcs } from '../../../src/lib/outputs/lifecycle-feeds.ts';
import { lifecycleEvents } from '../../../src/lib/lifecycle/calendar.ts';
import { loadContent } from '../../../src/lib/content/load.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space joins two lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
  it('folds long lines at 75 octets without splitting a character, and leaves short ones alone', () => {
    expect(foldLine('SUMMARY:short')).toEqual(['SUMMARY:short']);
    const long = `DESCRIPTION:${'é'.repeat(100)}—end`;
    const lines = foldLine(long);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
    expect(foldLine('X'.repeat(75))).toHaveLength(1);
    expect(foldLine('X'.repeat(76))).toEqual(['X'.repeat(75), ' X']);
  });
  it('writes DATE values and the day after for all-day events', () => {
    expect(icsDate('2027-01-14')).toBe('20270114');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
  it('writes a calendar with CRLF line ends and one VEVENT per event', () => {
    const text = icsCalendar({
      productId: '-//Test//EN',
      name: 'Test, one',
      stamp: '2026-12-02',
      events: [{ uid: 'a@test', date: '2027-01-14', summary: 'Shutdown: X; Y', description: 'Line one\nLine two', url: 'https://example.org/x/' }],
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('X-WR-CALNAME:Test\\, one\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261202T000000Z\r\nDTSTART;VALUE=DATE:20270114\r\nDTEND;VALUE=DATE:20270115\r\n');
    expect(text).toContain('SUMMARY:Shutdown: X\\; Y\r\n');
    expect(text).toContain('DESCRIPTION:Line one\\nLine two\r\n');
  });
});

describe('the lifecycle calendar of the real catalog', () => {
  const TODAY = '2026-12-02';
  const { catalog } = loadContent(join(import.meta.dirname, '..', '..', '..', 'content'), undefined, TODAY);
  const siteUrl = 'https://model-atlas.example/';
  const text = lifecycleIcs(lifecycleEvents(catalog, TODAY), catalog, { siteUrl, stamp: TODAY, name: 'Model Atlas: model shutdowns' });
  const uids = [...unfold(text).matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);

  it('holds one event per model with a retirement date', () => {
    const retired = catalog.models.filter((m) => m.data.dates.retired);
    expect(retired.length).toBeGreaterThan(50);
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(retired.length);
    expect(uids.sort()).toEqual(retired.map((m) => `retired.${m.id.replace('/', '.')}@model-atlas`).sort());
  });
  it('gives every event a unique UID that a second build repeats', () => {
    expect(new Set(uids).size).toBe(uids.length);
    const again = lifecycleIcs(lifecycleEvents(catalog, TODAY), catalog, { siteUrl, stamp: TODAY, name: 'Model Atlas: model shutdowns' });
    expect(again).toBe(text);
  });
  it('keeps every line within 75 octets and ends each with CRLF', () => {
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
  });
  it('dates GPT-4o mini\'s shutdown with what it applies to, its source and its page', () => {
    const model = catalog.model.get('openai/gpt-4o-mini')!;
    const event = unfold(text).split('BEGIN:VEVENT').find((e) => e.includes('UID:retired.openai.gpt-4o-mini@model-atlas'))!;
    expect(event).toContain(`DTSTART;VALUE=DATE:${model.data.dates.retired!.date.replace(/-/g, '')}`);
    expect(event).toContain('Applies to: the gpt-4o-mini-2024-07-18 snapshot on the OpenAI API\\, and fine-tunes built on it');
    expect(event).toContain(catalog.source.get(model.data.dates.retired!.source)!.data.url);
    expect(event).toContain('URL:https://model-atlas.example/models/openai/gpt-4o-mini/');
  });
});
