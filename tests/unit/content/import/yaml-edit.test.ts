import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { flow, scalar } from '../../../../src/lib/content/import/emit.ts';
import { applyEdit } from '../../../../src/lib/content/import/yaml-edit.ts';

const ORDER = { '': ['name', 'dates', 'specs', 'modalities', 'features', 'pricing', 'availability', 'benchmarks'], specs: ['contextWindow', 'maxOutput', 'knowledgeCutoff'] };
const BASE = `name: X   # a comment
specs:
  contextWindow: { value: 128000, source: a }  # keep me
  knowledgeCutoff: { value: 2024-01, source: a }
pricing:
  - { platform: acme, effective: 2024-07-18, input: 0.15, output: 0.60,
      source: b }
benchmarks: []
`;

describe('applyEdit', () => {
  it('turns one observation into a list of two and keeps the comment on its line', () => {
    const out = applyEdit(BASE, { kind: 'observe', path: ['specs', 'contextWindow'], value: { value: 131072, source: 'md' } });
    expect(out).toContain('  contextWindow:\n    - { value: 128000, source: a }  # keep me\n    - { value: 131072, source: md }\n');
    expect(out.replace(/  contextWindow:[\s\S]*?md \}\n/, '')).toBe(BASE.replace(/  contextWindow:.*\n/, ''));
  });
  it('inserts a missing field in schema order and appends to block lists untouched', () => {
    let out = applyEdit(BASE, { kind: 'observe', path: ['specs', 'maxOutput'], value: { value: 16384, source: 'md' } }, ORDER);
    out = applyEdit(out, { kind: 'set', path: ['modalities'], value: { input: ['text'], output: ['text'], source: 'md' } }, ORDER);
    out = applyEdit(out, { kind: 'append', path: ['pricing'], value: { platform: 'acme', listed: '2026-12-01', input: 0.15, output: 0.6, cachedInput: 0.075, source: 'md' } }, ORDER);
    out = applyEdit(out, { kind: 'append', path: ['availability'], value: { platform: 'acme', modelId: 'x', source: 'md' } }, ORDER);
    out = applyEdit(out, { kind: 'set', path: ['dates', 'released'], value: { date: '2024-07-18', source: 'md' } }, ORDER);
    expect(out).toBe(`name: X   # a comment
dates:
  released: { date: 2024-07-18, source: md }
specs:
  contextWindow: { value: 128000, source: a }  # keep me
  maxOutput: { value: 16384, source: md }
  knowledgeCutoff: { value: 2024-01, source: a }
modalities: { input: [text], output: [text], source: md }
pricing:
  - { platform: acme, effective: 2024-07-18, input: 0.15, output: 0.60,
      source: b }
  - { platform: acme, listed: 2026-12-01, input: 0.15, output: 0.6, cachedInput: 0.075, source: md }
availability:
  - { platform: acme, modelId: x, source: md }
benchmarks: []
`);
    expect(parse(out).specs.maxOutput).toEqual({ value: 16384, source: 'md' });
  });
  it('refuses a field it would have to overwrite', () => {
    expect(() => applyEdit(BASE, { kind: 'set', path: ['specs', 'contextWindow'], value: { value: 1, source: 'x' } })).toThrow(/already given/);
  });
});

describe('emit', () => {
  it('quotes only what YAML would read otherwise', () => {
    expect(scalar('gpt-4o-mini')).toBe('gpt-4o-mini');
    expect(scalar('2024-07-18')).toBe('2024-07-18');
    expect(scalar('true')).toBe("'true'");
    expect(scalar('1.25')).toBe("'1.25'");
    expect(scalar('a: b')).toBe("'a: b'");
    expect(scalar("it's")).toBe("'it''s'");
    expect(flow({ input: ['text', 'image'], note: 'x, y' })).toBe("{ input: [text, image], note: 'x, y' }");
  });
});
