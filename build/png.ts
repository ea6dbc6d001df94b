/**
 * A small PNG writer for the templates' thumbnails (PNG spec: https://www.w3.org/TR/png-3/).
 * The bytes must be the same on every machine, because the thumbnail is embedded in the committed
 * template.tpl and `npm run build -- --check` compares bytes. zlib's compressed output may differ
 * between zlib builds (Node's bundled zlib has CPU-specific fast paths), so the image data is stored
 * in uncompressed deflate blocks (RFC 1951 §3.2.4) and kept small with a palette instead.
 */

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes: red, green, blue, alpha (not premultiplied). */
  readonly rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE = { palette: 3, rgba: 6 } as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it (ISO 3309, PNG spec §5.5). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A zlib stream (RFC 1950) of stored deflate blocks: deterministic, readable by any inflater. */
export function storedZlib(data: Uint8Array): Buffer {
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  const blocks = Math.max(1, Math.ceil(data.length / 0xffff));
  for (let n = 0; n < blocks; n++) {
    const block = data.subarray(n * 0xffff, (n + 1) * 0xffff);
    const head = Buffer.alloc(5);
    head[0] = n === blocks - 1 ? 1 : 0; // BFINAL on the last block; BTYPE 00 (stored)
    head.writeUInt16LE(block.length, 1);
    head.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(head, Buffer.from(block));
  }
  let a = 1;
  let b = 0;
  for (const byte of data) { a = (a + byte) % 65521; b = (b + a) % 65521; }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0, 0);
  parts.push(adler);
  return Buffer.concat(parts);
}

/** Each scanline prefixed with filter type 0 (None). */
function scanlines(width: number, height: number, bytesPerPixel: number, pixel: (i: number) => number[]): Uint8Array {
  const out = new Uint8Array(height * (1 + width * bytesPerPixel));
  let o = 0;
  for (let y = 0; y < height; y++) {
    out[o++] = 0;
    for (let x = 0; x < width; x++) for (const v of pixel(y * width + x)) out[o++] = v;
  }
  return out;
}

/** An indexed-colour PNG (with tRNS for alpha) when the image has at most 256 colours, else RGBA. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  const colours = new Map<number, number>();
  const key = (i: number): number => ((rgba[i * 4] << 24) | (rgba[i * 4 + 1] << 16) | (rgba[i * 4 + 2] << 8) | rgba[i * 4 + 3]) >>> 0;
  for (let i = 0; i < width * height; i++) if (!colours.has(key(i)) && colours.size <= 256) colours.set(key(i), colours.size);
  const indexed = colours.size <= 256;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = indexed ? COLOR_TYPE.palette : COLOR_TYPE.rgba;
  const parts = [SIGNATURE, chunk('IHDR', ihdr)];
  if (indexed) {
    const ordered = [...colours.keys()];
    parts.push(chunk('PLTE', Uint8Array.from(ordered.flatMap((c) => [c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff]))));
    parts.push(chunk('tRNS', Uint8Array.from(ordered.map((c) => c & 0xff))));
    parts.push(chunk('IDAT', storedZlib(scanlines(width, height, 1, (i) => [colours.get(key(i)) as number]))));
  } else {
    parts.push(chunk('IDAT', storedZlib(scanlines(width, height, 4, (i) => [...rgba.subarray(i * 4, i * 4 + 4)]))));
  }
  parts.push(chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(parts);
}
