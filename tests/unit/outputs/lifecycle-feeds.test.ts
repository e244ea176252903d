import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { eventDescription, eventTitle, lifecycleAtom, lifecycleIcs } from '../../../src/lib/outputs/lifecycle-feeds.ts';
import { lifecycleEvents } from '../../../src/lib/lifecycle/calendar.ts';
import { lifecycleCatalog, TODAY } from '../lifecycle/lifecycle-catalog.ts';

const SITE = 'https://example.org/';

describe('lifecycle feeds', () => {
  const catalog = lifecycleCatalog();
  const events = lifecycleEvents(catalog, TODAY);
  const [deprecation, shutdown, unreplaced] = events;

  it('names the event, the model and its maker', () => {
    expect(eventTitle(shutdown)).toBe('Shutdown: Rocket 1 (Acme AI)');
    expect(eventTitle(deprecation)).toBe('Deprecation announced: Rocket 1 (Acme AI)');
  });
  it('describes scope, replacement, price difference and source, saying "unknown" where nothing is recorded', () => {
    expect(eventDescription(shutdown, catalog, SITE)).toEqual([
      'Shutdown on 1 March 2025.',
      'Applies to: the rocket-1-0301 snapshot; the API, too',
      'Note: Scheduled shutdown',
      'Replacement: Rocket 2 (https://example.org/models/acme/rocket-2/)',
      'Price difference to the replacement, USD per 1M tokens: input −$0.50, output −$0.50',
      'Source: Acme AI, https://acme.example/rocket-2',
    ]);
    expect(eventDescription(unreplaced, catalog, SITE)).toEqual([
      'Shutdown on 1 June 2026.',
      'Applies to: the model',
      'Replacement: unknown',
      'Price difference to the replacement, USD per 1M tokens: unknown',
      'Source: Acme AI, https://acme.example/rocket-1',
    ]);
  });
  it('puts shutdowns, not deprecation announcements, in the calendar', () => {
    const text = lifecycleIcs(events, catalog, { siteUrl: SITE, stamp: TODAY, name: 'All' });
    expect([...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1])).toEqual(['retired.acme.rocket-1@model-atlas', 'retired.cloudy.rocket-3@model-atlas']);
    expect(text).toContain('SUMMARY:Shutdown: Rocket 1 (Acme AI)\r\n');
    expect(text.replace(/\r\n /g, '')).toContain('DESCRIPTION:Shutdown on 1 March 2025.\\nApplies to: the rocket-1-0301 snapshot\\; the API\\, too\\n');
  });
  it('writes a well-formed Atom feed of every event, newest first, linking the model and the source', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(lifecycleAtom(events, catalog, SITE, TODAY)).feed;
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      'https://example.org/models/cloudy/rocket-3/#retired',
      'https://example.org/models/acme/rocket-1/#retired',
      'https://example.org/models/acme/rocket-1/#deprecated',
    ]);
    expect(feed.updated).toBe('2026-06-01T00:00:00Z');
    expect(feed.entry[1].title).toBe('Shutdown: Rocket 1 (Acme AI), 1 Mar 2025');
    expect(feed.entry[1].link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', 'https://example.org/models/acme/rocket-1/'],
      ['related', 'https://acme.example/rocket-2'],
    ]);
    expect(feed.entry[1].summary).toContain('Replacement: Rocket 2');
  });
  it('escapes content in the feed', () => {
    const tricky = lifecycleCatalog();
    const model = tricky.model.get('acme/rocket-1')!;
    model.data.name = 'A & B <c>';
    model.data.dates.retired!.appliesTo = '"quoted" <snapshot> & co';
    const xml = lifecycleAtom(lifecycleEvents(tricky, TODAY), tricky, SITE, TODAY);
    const entry = new XMLParser().parse(xml).feed.entry[1];
    expect(entry.title).toBe('Shutdown: A & B <c> (Acme AI), 1 Mar 2025');
    expect(entry.summary).toContain('Applies to: "quoted" <snapshot> & co');
  });
  it('still writes a valid feed with no events', () => {
    expect(new XMLParser().parse(lifecycleAtom([], catalog, SITE, TODAY)).feed.updated).toBe('2024-12-31T00:00:00Z');
  });
});
