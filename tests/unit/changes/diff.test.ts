import { describe, expect, it } from 'vitest';
import { diffModelData, diffModelFiles, frontmatterOf, topLevelBlocks } from '../../../src/lib/changes/diff.ts';
import { AFTER, BEFORE } from './model-files.ts';

const byField = (before?: string, after?: string) => new Map(diffModelFiles(before, after).map((c) => [c.field, c]));

describe('diffModelFiles', () => {
  const changes = byField(BEFORE, AFTER);

  it('gives a changed figure old → new with the source the new value cites', () => {
    expect(changes.get('specs.contextWindow')).toEqual({ field: 'specs.contextWindow', kind: 'changed', old: '128,000', new: '131,072', sources: ['acme-docs'] });
  });

  it('reports a change of source alone when the value stays the same', () => {
    expect(changes.get('specs.maxOutput (source)')).toMatchObject({ kind: 'changed', old: 'acme-launch', new: 'acme-docs' });
    expect(changes.has('specs.maxOutput')).toBe(false);
  });

  it('compares prices per platform, figure by figure, and ignores the listing date', () => {
    expect(changes.get('pricing.acme.input')).toEqual({ field: 'pricing.acme.input', kind: 'changed', old: '$1.00', new: '$0.50', sources: ['acme-pricing'] });
    expect(changes.has('pricing.acme.output')).toBe(false);
  });

  it('adds, removes and re-scores benchmark results by benchmark and version', () => {
    expect(changes.get('benchmarks.gpqa · Diamond')).toMatchObject({ kind: 'changed', old: '50.1', new: '52.3', sources: ['acme-card'] });
    expect(changes.get('benchmarks.aime · 2025')).toMatchObject({ kind: 'added', new: '70', sources: ['evals-org'] });
    expect(changes.get('benchmarks.mmlu')).toMatchObject({ kind: 'removed', old: '80', sources: ['acme-launch'] });
  });

  it('reports a new status with its date and a changed feature', () => {
    expect(changes.get('status.deprecated')).toMatchObject({ kind: 'added', new: '2025-09-01', sources: ['acme-deprecations'] });
    expect(changes.get('features.vision')).toMatchObject({ kind: 'changed', old: 'no', new: 'yes' });
  });

  it('reports plain lists as items added and removed, and leaves unchanged fields and the article out', () => {
    expect(changes.get('tags')).toMatchObject({ kind: 'added', new: 'cheap' });
    for (const field of ['name', 'summary', 'dates.released', 'status.ga', 'provider']) expect(changes.has(field), field).toBe(false);
  });

  it('reports a new file as a new model and a deleted one as removed', () => {
    expect(diffModelFiles(undefined, AFTER)).toEqual([{ field: 'model', kind: 'added', new: 'Rocket 1', sources: [] }]);
    expect(diffModelFiles(BEFORE, undefined)).toEqual([{ field: 'model', kind: 'removed', old: 'Rocket 1', sources: [] }]);
  });

  it('yields nothing when either version cannot be read, rather than inventing changes', () => {
    expect(diffModelFiles(BEFORE, 'no frontmatter here')).toEqual([]);
    expect(diffModelFiles('---\nname: [unclosed\n---\n', AFTER)).toEqual([]);
    expect(frontmatterOf('---\nname: [unclosed\n---\n')).toBeUndefined();
  });

  it('shows every observation of a figure and truncates long values', () => {
    const a = { name: 'X', specs: { contextWindow: [{ value: 128000, source: 'a' }, { value: 131072, source: 'b' }] }, summary: 'short' };
    const b = { name: 'X', specs: { contextWindow: { value: 131072, source: 'b' } }, summary: 'y'.repeat(200) };
    const out = new Map(diffModelData(a, b).map((c) => [c.field, c]));
    expect(out.get('specs.contextWindow')).toMatchObject({ old: '128,000 / 131,072', new: '131,072', sources: ['b'] });
    expect(out.get('summary')!.new).toHaveLength(80);
    expect(out.get('summary')!.new!.endsWith('…')).toBe(true);
  });
});

describe('topLevelBlocks', () => {
  it('splits frontmatter into top-level fields, keeping indented and dash lines with their field', () => {
    const blocks = topLevelBlocks('name: X\nspecs:\n  contextWindow: { value: 1, source: a }\ntags:\n- a\n- b\n# note\nsummary: >\n  folded: text\n');
    expect([...blocks.keys()]).toEqual(['name', 'specs', 'tags', 'summary']);
    expect(blocks.get('tags')).toBe('tags:\n- a\n- b\n# note');
    expect(blocks.get('summary')).toBe('summary: >\n  folded: text');
  });

  it('lets an edit to the article alone produce no change without parsing anything', () => {
    let parsed = 0;
    const parse = (yaml: string) => (parsed++, { yaml });
    expect(diffModelFiles(BEFORE, BEFORE.replace('Body text.', 'New body.'), parse)).toEqual([]);
    expect(parsed).toBe(0);
  });
});
