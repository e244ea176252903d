// Renders an SVG card to PNG with a font shipped as an npm package, so the build needs no
// network and no system fonts.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONTS = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'].map((f) => require.resolve(f));

export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return new Uint8Array(png);
}
