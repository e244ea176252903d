import { describe, expect, it } from 'vitest';
import { specRows } from '../../../src/lib/views/model-specs.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

describe('specRows', () => {
  const catalog = fixtureCatalog();
  const rows = specRows(catalog.model.get('acme/rocket-2')!, catalog, '2024-12-31');
  const row = (label: string) => rows.find((r) => r.label === label)!;

  it('shows every disagreeing value with its source and whether sources agree', () => {
    expect(row('Context window').fact).toEqual({
      state: 'known',
      agreement: 'differ',
      verified: true,
      items: [
        { text: '128,000 tokens', source: 'acme-launch', link: undefined, note: undefined, verified: true },
        { text: '131,072 tokens', source: 'acme-rocket-1', link: undefined, note: undefined, verified: true },
      ],
    });
  });
  it('says "unknown" for a figure nothing records, never "no"', () => {
    expect(row('Max output').fact).toEqual({ state: 'unknown' });
  });
  it('leaves out facts shown only when known', () => {
    expect(rows.map((r) => r.label)).not.toContain('Parameters (active per token)');
    expect(rows.map((r) => r.label)).toContain('Parameters (total)');
  });
});
