/**
 * Reads a PNG far enough to vouch for it (PNG spec: https://www.w3.org/TR/png-3/): the signature,
 * every chunk's CRC, IHDR first and IEND last, and image data that inflates to exactly the size the
 * header promises. Throws PngError saying what is wrong.
 */
import * as zlib from 'node:zlib';
import { crc32 } from '../../build/png';

export class PngError extends Error {}

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlaced: boolean;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Samples per pixel by colour type (PNG spec §6.1). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function readPng(bytes: Buffer): PngInfo {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new PngError('not a PNG file (bad signature)');
  const chunks: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new PngError(`truncated chunk at byte ${at}`);
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) throw new PngError(`chunk ${type} runs past the end of the file`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) throw new PngError(`chunk ${type} has a wrong CRC`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks[0].data.length !== 13) throw new PngError('the first chunk is not a valid IHDR');
  if (chunks[chunks.length - 1].type !== 'IEND') throw new PngError('the file does not end with IEND');
  const ihdr = chunks[0].data;
  const info: PngInfo = {
    width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), bitDepth: ihdr[8], colourType: ihdr[9], interlaced: ihdr[12] === 1,
  };
  const channels = CHANNELS[info.colourType];
  if (channels === undefined) throw new PngError(`unknown colour type ${info.colourType}`);
  if (info.width === 0 || info.height === 0) throw new PngError('the image is empty');
  if (info.colourType === 3 && !chunks.some((c) => c.type === 'PLTE')) throw new PngError('an indexed-colour image without a PLTE palette');
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  if (idat.length === 0) throw new PngError('no image data (IDAT)');
  let raw: Buffer;
  try {
    raw = zlib.inflateSync(idat);
  } catch (error) {
    throw new PngError(`the image data does not inflate: ${(error as Error).message}`);
  }
  const expected = info.height * (1 + Math.ceil((info.width * channels * info.bitDepth) / 8));
  if (!info.interlaced && raw.length !== expected) throw new PngError(`the image data has ${raw.length} bytes, the header promises ${expected}`);
  return info;
}
