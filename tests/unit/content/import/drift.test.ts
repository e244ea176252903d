import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { compareCatalog, DRIFT_FIELDS, summarizeDrift } from '../../../../src/lib/content/import/drift.ts';
import { readLitellm } from '../../../../src/lib/content/import/litellm.ts';
import { readMapping } from '../../../../src/lib/content/import/mapping.ts';
import { readModelsDev } from '../../../../src/lib/content/import/models-dev.ts';
import { COMMIT, FIXTURE } from './helpers.ts';

describe('drift', () => {
  const { catalog } = loadContent(join(FIXTURE, 'content'), FIXTURE, '2026-12-01');
  const md = { upstream: 'models-dev' as const, commit: COMMIT, records: readModelsDev(join(FIXTURE, 'models-dev'), { commit: COMMIT }).records, mapping: readMapping('data/upstream/models-dev.yaml', FIXTURE) };
  const ll = { upstream: 'litellm' as const, commit: COMMIT, records: readLitellm(join(FIXTURE, 'litellm.json'), { commit: COMMIT }).records, mapping: readMapping('data/upstream/litellm.yaml', FIXTURE) };
  const results = [compareCatalog(catalog, md), compareCatalog(catalog, ll)];
  const summary = summarizeDrift('2026-12-01', [md, ll], results);

  it('counts, per field, agreement, difference, rounding and what is missing on either side', () => {
    const f = summary.fields['models-dev'];
    expect(f.context).toEqual({ agree: 0, rounding: 1, differ: 0, 'missing-ours': 0, 'missing-theirs': 0 });
    expect(f['max output']).toMatchObject({ agree: 1 });
    expect(f['knowledge cutoff']).toMatchObject({ differ: 1 });
    expect(f['release date']).toMatchObject({ agree: 1 });
    expect(f['tool calling']).toMatchObject({ 'missing-ours': 1 });
    expect(f['input price']).toEqual({ agree: 1, rounding: 0, differ: 0, 'missing-ours': 1, 'missing-theirs': 0 });
    expect(summary.fields.litellm['cached input price']).toMatchObject({ 'missing-ours': 1 });
    expect(summary.fields.litellm.context).toMatchObject({ 'missing-theirs': 1 });
  });
  it('lists each difference with our source and theirs', () => {
    expect(summary.differences).toEqual([
      { upstream: 'models-dev', model: 'acme/rocket-3', field: 'knowledge cutoff', verdict: 'differ', ours: '2024-06 (acme-rocket-3)', theirs: '2024-05', record: 'models/acme/rocket-3.toml', platform: undefined },
    ]);
    expect(summary.upstreams.map((u) => u.modelsCompared)).toEqual([1, 1]);
  });
});

describe('the committed drift summary', () => {
  it('holds the date, the upstream commits, counts for every field and the first differences', async () => {
    const { readFileSync } = await import('node:fs');
    const summary = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'data', 'drift-summary.json'), 'utf8'));
    expect(summary.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const u of summary.upstreams) expect(u.commit).toMatch(/^[0-9a-f]{40}$/);
    for (const u of summary.upstreams) expect(Object.keys(summary.fields[u.upstream]).sort()).toEqual([...DRIFT_FIELDS].sort());
    expect(summary.differences.length).toBeLessThanOrEqual(40);
    expect(summary.differencesTotal).toBeGreaterThanOrEqual(summary.differences.length);
  });
});
