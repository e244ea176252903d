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

export function ogSvg(model: Model, catalog: Catalog, today: string): string {
  const summary = wrap(model.data.summary, 58, 3);
  const facts = ogFacts(model, catalog, today).join('  ·  ');
  const lines = summary.map((l, i) => `<text x="80" y="${330 + i * 46}" font-size="34" fill="#c9cfda">${escapeXml(l)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#111318"/>`,
    `<rect x="0" y="0" width="16" height="${OG_HEIGHT}" fill="#8fb3ff"/>`,
    `<text x="80" y="110" font-size="30" font-weight="bold" fill="#8fb3ff">Model Atlas</text>`,
    `<text x="80" y="230" font-size="${model.data.name.length > 22 ? 64 : 84}" font-weight="bold" fill="#ffffff">${escapeXml(model.data.name)}</text>`,
    lines,
    `<text x="80" y="560" font-size="28" fill="#aab2c0">${escapeXml(facts)}</text>`,
    '</svg>',
  ].join('');
}
