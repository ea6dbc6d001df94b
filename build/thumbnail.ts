/**
 * The templates' thumbnails: pinterest-gtm's own artwork, drawn here in code (no image files, no
 * Pinterest logo, which GTM's style guide says not to use without permission:
 * https://developers.google.com/tag-platform/tag-manager/templates/style). The Gallery shows the
 * brand thumbnail as the template's icon; the style guide asks for a square image of 48–96 px under
 * 50 KB, so each is 48 × 48: a shared dark rounded square with a white glyph per template and one
 * amber detail.
 */
import { encodePng, type RgbaImage } from './png';

export const THUMBNAIL_GLYPHS = ['tag', 'event-id', 'conversions-api', 'client'] as const;
export type ThumbnailGlyph = (typeof THUMBNAIL_GLYPHS)[number];

export const THUMBNAIL_SIZE = 48;
/** Samples per pixel side: 4 × 4 samples smooth the edges. */
const SUPERSAMPLE = 4;

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;
interface Layer { readonly colour: Rgb; readonly shape: Shape }

const BACKGROUND: Rgb = [0x17, 0x3b, 0x4f];
const GLYPH: Rgb = [0xff, 0xff, 0xff];
const ACCENT: Rgb = [0xf5, 0xa6, 0x23];

const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x < x1 && y >= y0 && y < y1 && dx * dx + dy * dy <= r * r;
};
/** Even-odd rule over the polygon's edges. */
const polygon = (points: readonly (readonly [number, number])[]): Shape => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));

const GLYPHS: Readonly<Record<ThumbnailGlyph, readonly Layer[]>> = {
  // A price tag pointing left, its hole in amber: the web tag.
  tag: [
    { colour: GLYPH, shape: polygon([[11, 24], [20, 13], [37, 13], [37, 35], [20, 35]]) },
    { colour: ACCENT, shape: circle(20, 24, 3) },
  ],
  // A hash sign over an amber bar: the event ID variable.
  'event-id': [
    { colour: GLYPH, shape: union(
      polygon([[17, 10], [21, 10], [18, 34], [14, 34]]), polygon([[28, 10], [32, 10], [29, 34], [25, 34]]),
      rect(11, 16, 37, 20), rect(10, 24, 36, 28),
    ) },
    { colour: ACCENT, shape: rect(12, 37, 36, 40) },
  ],
  // A stack of three servers with amber lights: the Conversions API tag.
  'conversions-api': [
    { colour: GLYPH, shape: union(roundRect(11, 10, 37, 18, 2), roundRect(11, 20, 37, 28, 2), roundRect(11, 30, 37, 38, 2)) },
    { colour: ACCENT, shape: union(circle(32, 14, 1.8), circle(32, 24, 1.8), circle(32, 34, 1.8)) },
  ],
  // An amber arrow into a white tray: the client that receives events.
  client: [
    { colour: GLYPH, shape: union(rect(10, 34, 38, 38), rect(10, 25, 14, 38), rect(34, 25, 38, 38)) },
    { colour: ACCENT, shape: union(rect(22, 9, 26, 22), polygon([[16, 21], [32, 21], [24, 30]])) },
  ],
};

/** The glyph's pixels: the layers over the background, transparent outside its rounded corners. */
export function drawThumbnail(glyph: ThumbnailGlyph): RgbaImage {
  const size = THUMBNAIL_SIZE;
  const layers: Layer[] = [{ colour: BACKGROUND, shape: roundRect(0, 0, size, size, 10) }, ...GLYPHS[glyph]];
  const rgba = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let s = 0; s < samples; s++) {
        const x = px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE;
        const y = py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE;
        let top: Rgb | undefined;
        for (const layer of layers) if (layer.shape(x, y)) top = layer.colour;
        if (!top) continue;
        covered++;
        for (let c = 0; c < 3; c++) sum[c] += top[c];
      }
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(sum[c] / covered);
      rgba[o + 3] = Math.round((255 * covered) / samples);
    }
  }
  return { width: size, height: size, rgba };
}

/** The thumbnail as ___INFO___'s brand.thumbnail wants it: a PNG data URI. */
export function thumbnailDataUri(glyph: ThumbnailGlyph): string {
  return `data:image/png;base64,${encodePng(drawThumbnail(glyph)).toString('base64')}`;
}
