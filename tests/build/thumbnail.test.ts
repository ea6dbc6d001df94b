/** The thumbnails are our own artwork drawn in code and written as PNGs any decoder reads. */
import * as zlib from 'node:zlib';
import { crc32, encodePng, storedZlib, type RgbaImage } from '../../build/png';
import { drawThumbnail, THUMBNAIL_GLYPHS, THUMBNAIL_SIZE, thumbnailDataUri } from '../../build/thumbnail';

/** An independent decoder for what the encoder writes (filter 0; palette with tRNS, or RGBA), via Node's zlib. */
function decode(png: Buffer): RgbaImage {
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    expect(crc32(png.subarray(at + 4, at + 8 + length))).toBe(png.readUInt32BE(at + 8 + length));
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const ihdr = chunks.get('IHDR')![0];
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const palette = ihdr[9] === 3;
  const raw = zlib.inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const plte = chunks.get('PLTE')?.[0];
  const trns = chunks.get('tRNS')?.[0];
  const rgba = new Uint8Array(width * height * 4);
  const row = 1 + width * (palette ? 1 : 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * row]).toBe(0);
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      if (palette) {
        const i = raw[y * row + 1 + x];
        rgba.set([plte![i * 3], plte![i * 3 + 1], plte![i * 3 + 2], trns![i]], o);
      } else {
        rgba.set(raw.subarray(y * row + 1 + x * 4, y * row + 5 + x * 4), o);
      }
    }
  }
  return { width, height, rgba };
}

const noise = (width: number, height: number): RgbaImage => {
  const rgba = new Uint8Array(width * height * 4);
  let seed = 7;
  for (let i = 0; i < rgba.length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; rgba[i] = seed >> 16; }
  return { width, height, rgba };
};

describe('PNG writer', () => {
  test('CRC-32 matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
  test('stored zlib streams inflate back, across several 64 KiB blocks and when empty', () => {
    for (const data of [Buffer.alloc(0), Buffer.from('pinterest'), Buffer.from(noise(200, 200).rgba)]) {
      expect(zlib.inflateSync(storedZlib(data)).equals(data)).toBe(true);
    }
  });
  test('a few colours are written as a palette, many as RGBA; both decode to the same pixels', () => {
    const few = drawThumbnail('tag');
    const many = noise(40, 30);
    expect(encodePng(few)[25]).toBe(3);
    expect(encodePng(many)[25]).toBe(6);
    for (const image of [few, many]) {
      const back = decode(encodePng(image));
      expect([back.width, back.height]).toEqual([image.width, image.height]);
      expect(Buffer.from(back.rgba).equals(Buffer.from(image.rgba))).toBe(true);
    }
  });
});

describe('thumbnails', () => {
  const pixel = (image: RgbaImage, x: number, y: number): number[] => [...image.rgba.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];

  test.each(THUMBNAIL_GLYPHS)('%s: 48 × 48, rounded (transparent corners), opaque inside, with white and amber', (glyph) => {
    const image = drawThumbnail(glyph);
    expect([image.width, image.height]).toEqual([THUMBNAIL_SIZE, THUMBNAIL_SIZE]);
    expect(pixel(image, 0, 0)[3]).toBe(0);
    expect(pixel(image, 47, 47)[3]).toBe(0);
    expect(pixel(image, 24, 2)[3]).toBe(255);
    const colours = new Set<string>();
    for (let i = 0; i < image.width * image.height; i++) colours.add(pixel(image, i % 48, Math.floor(i / 48)).join(','));
    expect(colours.has('255,255,255,255')).toBe(true);
    expect(colours.has('245,166,35,255')).toBe(true);
  });
  test('each template has its own glyph', () => {
    const uris = THUMBNAIL_GLYPHS.map(thumbnailDataUri);
    expect(new Set(uris).size).toBe(THUMBNAIL_GLYPHS.length);
    for (const uri of uris) expect(Buffer.from(uri.replace('data:image/png;base64,', ''), 'base64').length).toBeLessThan(50 * 1024);
  });
});
