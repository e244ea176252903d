import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { factLines, ogFacts, ogSvg, titleSize, wrap } from '../../../src/lib/outputs/og-image.ts';
import { renderPng } from '../../../src/lib/outputs/og-render.ts';

describe('social preview image', () => {
  const catalog = fixtureCatalog();
  const model = catalog.model.get('acme/rocket-2')!;
  it('shows the same facts as the page', () => {
    expect(ogFacts(model, catalog, '2024-12-31')).toEqual(['Acme AI', '1 May 2024', '128K / 131.1K context', '$0.50 in / $1.50 out per 1M', 'Generally available']);
  });
  it('puts the facts on lines that fit the card, never splitting one', () => {
    const facts = ogFacts(model, catalog, '2024-12-31');
    const lines = factLines(facts, 56);
    expect(lines).toEqual(['Acme AI  ·  1 May 2024  ·  128K / 131.1K context', '$0.50 in / $1.50 out per 1M  ·  Generally available']);
    expect(lines.join('  ·  ')).toBe(facts.join('  ·  '));
    const svg = ogSvg(model, catalog, '2024-12-31');
    for (const line of lines) expect(svg).toContain(`>${line}</text>`);
  });
  it('shrinks long names to fit the card', () => {
    expect(titleSize('GPT-4o mini')).toBe(84);
    expect(titleSize('Llama-3.3-Nemotron-Super-49B-v1.5')).toBeLessThanOrEqual(47);
  });
  it('wraps long summaries and marks a cut', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three …']);
    expect(wrap('short', 20, 2)).toEqual(['short']);
  });
  it('escapes text and renders to a 1200×630 PNG', () => {
    const m = structuredClone(model);
    m.data.name = 'A & <B>';
    const svg = ogSvg(m, catalog, '2024-12-31');
    expect(svg).toContain('A &amp; &lt;B&gt;');
    const png = renderPng(svg);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
