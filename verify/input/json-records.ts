/**
 * Captured events as the tools accept them: JSON lines (one event or log line per line, streamed) or one
 * JSON array of events (what the demo's `/_fake/tag-events` and most exports write), told apart by the
 * first character. An array is read whole, so its size is bounded; its elements are the records, numbered
 * from 1. RFC 8259 (JSON, https://www.rfc-editor.org/rfc/rfc8259), JSON Lines (https://jsonlines.org/).
 */
import * as fs from 'node:fs';
import { firstSyntaxError } from '../../gtm-sandbox/cli/json-file';
import { readLines } from './line-reader';

/** A JSON array larger than this is refused with a hint to write JSON lines instead (streamed, unbounded). */
export const MAX_ARRAY_BYTES = 64 * 1024 * 1024;

export type JsonFormat = 'json-lines' | 'json-array';
/** One record: its line (JSON lines) or element number (array); `value` undefined when it is not JSON; `tooLong` when not read. */
export interface JsonRecord { readonly number: number; readonly value: unknown; readonly bad: boolean; readonly tooLong: boolean }

export class JsonInputError extends Error {}

async function firstCharacter(file: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart().charAt(0);
  } finally {
    await handle.close();
  }
}

async function* lineRecords(file: string): AsyncGenerator<JsonRecord> {
  for await (const { number, text } of readLines(file)) {
    if (text === null) { yield { number, value: undefined, bad: false, tooLong: true }; continue; }
    if (text.trim() === '') continue;
    let value: unknown;
    try { value = JSON.parse(text); } catch { yield { number, value: undefined, bad: true, tooLong: false }; continue; }
    yield { number, value, bad: false, tooLong: false };
  }
}

function* arrayRecords(items: unknown[]): Generator<JsonRecord> {
  for (let i = 0; i < items.length; i++) yield { number: i + 1, value: items[i], bad: false, tooLong: false };
}

export interface JsonRecords {
  readonly format: JsonFormat;
  readonly records: AsyncIterable<JsonRecord> | Iterable<JsonRecord>;
  /** Where a file that starts like a JSON array stops being JSON (it is then read as JSON lines). */
  readonly notAnArray?: { readonly line: number; readonly column: number };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * The records of a JSON-lines file or a JSON array file. A file that starts with `[` but is not one JSON
 * document (JSON lines whose first line is an array) is read as JSON lines.
 */
export async function openJsonRecords(file: string): Promise<JsonRecords> {
  if (!fs.existsSync(file)) throw new JsonInputError(`${file}: no such file`);
  const stat = await fs.promises.stat(file);
  if (!stat.isFile()) throw new JsonInputError(`${file}: not a file`);
  if ((await firstCharacter(file)) !== '[') return { format: 'json-lines', records: lineRecords(file) };
  if (stat.size > MAX_ARRAY_BYTES) throw new JsonInputError(`${file}: a JSON array of ${stat.size} bytes is more than the ${MAX_ARRAY_BYTES} read at once; write the events as JSON lines (one per line) instead`);
  let parsed: unknown;
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try { parsed = JSON.parse(text); } catch {
    return { format: 'json-lines', records: lineRecords(file), notAnArray: positionOf(text, firstSyntaxError(text)) };
  }
  return { format: 'json-array', records: arrayRecords(Array.isArray(parsed) ? parsed : [parsed]) };
}
