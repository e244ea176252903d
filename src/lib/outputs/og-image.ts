// The social preview card of a model page, as SVG (rendered to PNG at build time). Figures on
// it are the same ones the page shows, formatted by format.ts.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { factsOf, showModelFact } from '../facts/model-facts.ts';
import { compactText } from '../facts/display.ts';
import type { FactId } from '../facts/registry.ts';
import { escapeXml } from './atom.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;


/** Splits text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[,.;:]$/, '')} …`;
    return kept;
  }
  return lines;
}

export function ogFacts(model: Model, catalog: Catalog, today: string): string[] {
  const facts = factsOf(model, catalog, today);
  const text = (id: FactId) => showModelFact(id, facts, { style: 'compact' });
  const out: string[] = [catalog.provider.get(model.data.provider)?.data.name ?? model.data.provider];
  const released = text('released');
  if (released.state === 'known') out.push(compactText(released));
  const context = text('contextWindow');
  if (context.state === 'known') out.push(`${compactText(context)} context`);
  const input = text('inputPrice');
  const output = text('outputPrice');
  if (input.state === 'known' && output.state === 'known') out.push(`${compactText(input)} in / ${compactText(output)} out per 1M`);
  const status = text('status');
  if (status.state === 'known') out.push(compactText(status));
  return out;
}

/** Facts joined with " · " into lines of at most `width` characters, never splitting a fact. */
export function factLines(facts: string[], width: number): string[] {
  const lines: string[] = [];
  for (const f of facts) {
    const last = lines.at(-1);
    if (last !== undefined && `${last}  ·  ${f}`.length <= width) lines[lines.length - 1] = `${last}  ·  ${f}`;
    else lines.push(f);
  }
  return lines;
}

/** The name's font size: 84px, smaller for long names so the whole name fits the 1,040px text width (bold DejaVu Sans runs about 0.68em a character). */
export function titleSize(name: string): number {
  return Math.min(84, Math.floor(1040 / (name.length * 0.68)));
}

export function ogSvg(model: Model, catalog: Catalog, today: string): string {
  const summary = wrap(model.data.summary, 58, 3);
  // 28px DejaVu Sans fits about 56 characters (wide letters included) in the card's 1,060px text width.
  const facts = factLines(ogFacts(model, catalog, today), 56).slice(0, 2);
  const lines = summary.map((l, i) => `<text x="80" y="${330 + i * 46}" font-size="34" fill="#c9cfda">${escapeXml(l)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#111318"/>`,
    `<rect x="0" y="0" width="16" height="${OG_HEIGHT}" fill="#8fb3ff"/>`,
    `<text x="80" y="110" font-size="30" font-weight="bold" fill="#8fb3ff">Model Atlas</text>`,
    `<text x="80" y="230" font-size="${titleSize(model.data.name)}" font-weight="bold" fill="#ffffff">${escapeXml(model.data.name)}</text>`,
    lines,
    ...facts.map((l, i) => `<text x="80" y="${facts.length > 1 ? 535 + i * 40 : 560}" font-size="28" fill="#aab2c0">${escapeXml(l)}</text>`),
    '</svg>',
  ].join('');
}
