import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { changeAnchor, changesPages, fieldLabel, modelHistory } from '../../../src/lib/views/changes-page.ts';
import { entry, HISTORY } from '../changes/history-fixture.ts';

const catalog = fixtureCatalog();

describe('changesPages', () => {
  it('groups entries by month (of the author date), commit and model, newest first', () => {
    const [page] = changesPages(HISTORY, catalog);
    expect(page.months.map((m) => [m.month, m.label])).toEqual([['2026-02', 'February 2026'], ['2026-01', 'January 2026']]);
    const feb = page.months[0].commits[0];
    expect(feb.models.map((g) => g.model)).toEqual(['acme/rocket-1', 'acme/rocket-2']);
    expect(feb.models[0]).toMatchObject({ name: 'Rocket 1', href: '/models/acme/rocket-1/', anchor: 'c-aaaaaaa-acme-rocket-1' });
    expect(feb.models[0].changes[0]).toMatchObject({ field: 'Context window', old: '16,000', new: '32,000' });
    expect(feb.models[0].changes[0].sources[0]).toMatchObject({ id: 'acme-rocket-1', url: expect.stringMatching(/^https:/) });
    expect(feb.models[1].changes[0]).toMatchObject({ field: 'Quiz (5-shot)', kind: 'added', new: '70' });
  });

  it('shows a change of source alone as publishers', () => {
    const history = { ...HISTORY, entries: [entry({ field: 'specs.contextWindow (source)', old: 'acme-launch', new: 'acme-rocket-1' })] };
    const change = changesPages(history, catalog)[0].months[0].commits[0].models[0].changes[0];
    expect(change).toMatchObject({ field: 'Context window (source)', old: catalog.source.get('acme-launch')!.data.publisher, new: catalog.source.get('acme-rocket-1')!.data.publisher });
  });

  it('names a model that no longer exists without linking it', () => {
    const gone = changesPages(HISTORY, catalog)[0].months[1].commits[0].models[0];
    expect(gone).toMatchObject({ model: 'acme/gone', name: 'acme/gone', href: undefined });
  });

  it('splits long histories into pages and keeps one empty page when there is no history', () => {
    const many = { ...HISTORY, entries: Array.from({ length: 5 }, (_, i) => entry({ hash: String(i).repeat(40), shortHash: String(i).repeat(7) })) };
    expect(changesPages(many, catalog, 2).map((p) => p.months[0].commits.length)).toEqual([2, 2, 1]);
    expect(changesPages({ available: false, commits: 1, reason: 'shallow clone' }, catalog)).toEqual([{ number: 1, months: [] }]);
  });
});

describe('modelHistory', () => {
  it("lists a model's changes, each linked to its page and anchor in the change log", () => {
    const many = { ...HISTORY, entries: [entry({ model: 'acme/rocket-2' }), entry({ model: 'acme/rocket-2' }), entry({ shortHash: 'ccccccc' })] };
    const { rows, total } = modelHistory(many, 'acme/rocket-1', catalog, 8, 2);
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ date: '2026-02-03', field: 'Context window', href: `/changes/2/#${changeAnchor({ shortHash: 'ccccccc', model: 'acme/rocket-1' })}` });
    expect(modelHistory(many, 'acme/rocket-2', catalog, 1).rows).toHaveLength(1);
    expect(modelHistory({ available: false, commits: 0, reason: 'x' }, 'acme/rocket-1', catalog)).toEqual({ rows: [], total: 0 });
  });
});

describe('fieldLabel', () => {
  it("uses the registry's label for specs and features and keeps other paths", () => {
    expect(fieldLabel('specs.maxOutput (source)')).toBe('Max output (source)');
    expect(fieldLabel('features.vision')).toBe('Vision');
    expect(fieldLabel('pricing.acme.input', catalog)).toBe('Price on Acme AI, input');
    expect(fieldLabel('pricing.cloudy from 2025-01-01', catalog)).toBe('Price on Cloudy from 2025-01-01'.replace('Cloudy', catalog.provider.get('cloudy')!.data.name));
    expect(fieldLabel('benchmarks.quiz · 5-shot', catalog)).toBe('Quiz (5-shot)');
    expect(fieldLabel('status.deprecated')).toBe('Status deprecated');
    expect(fieldLabel('dates.released')).toBe('Released date');
    expect(fieldLabel('summarySources')).toBe('Summary sources');
  });
});
