import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { changeText, changesFeed } from '../../../src/lib/outputs/changes-feed.ts';
import { HISTORY } from '../changes/history-fixture.ts';

const catalog = fixtureCatalog();
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);

describe('changesFeed', () => {
  it('is Atom with one entry per model per commit, newest first, linking to the change log', () => {
    const feed = parse(changesFeed(HISTORY, catalog, 'https://atlas.example/', '2026-03-01')).feed;
    expect(feed.entry).toHaveLength(3);
    expect(feed.entry[0].title).toBe('Rocket 1: Context window: 16,000 → 32,000');
    expect(feed.entry[0].link['@_href']).toBe('https://atlas.example/changes/#c-aaaaaaa-acme-rocket-1');
    expect(feed.entry[0].updated).toBe('2026-02-03T11:00:00.000Z');
    expect(feed.updated).toBe('2026-02-03T11:00:00.000Z');
    expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(3);
  });

  it('escapes text from content and commit messages', () => {
    const xml = changesFeed(HISTORY, catalog, 'https://atlas.example/', '2026-03-01');
    expect(xml).toContain('model removed (Gone &lt;b&gt;)');
    expect(xml).toContain('Drop &lt;gone&gt; &amp; co');
    expect(parse(xml).feed.entry[2].title).toBe('acme/gone: model removed (Gone <b>)');
  });

  it('is a valid empty feed without history', () => {
    const feed = parse(changesFeed({ available: false, commits: 1, reason: 'shallow clone' }, catalog, 'https://atlas.example/', '2026-03-01')).feed;
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe('2026-03-01T00:00:00Z');
  });
});

describe('changeText', () => {
  it('words each kind of change', () => {
    expect(changeText({ field: 'model', kind: 'added', new: 'Rocket 3' })).toBe('new model Rocket 3');
    expect(changeText({ field: 'tags', kind: 'added', new: 'cheap' })).toBe('Tags: added cheap');
    expect(changeText({ field: 'tags', kind: 'removed', old: 'fast' })).toBe('Tags: removed fast');
  });
});
