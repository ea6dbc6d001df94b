/**
 * Line breaks as a feed's lines are numbered: LF, CRLF (one break) or a lone CR. Used to find where a
 * line starts in the file, so the CSV reader can start again after a record it could not read.
 */
import * as fs from 'node:fs';

/** A place in the file: the byte offset of the start of `line` (1-based). */
export interface Position { readonly byte: number; readonly line: number }

const LF = 10;
const CR = 13;

export function breaksIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** Blank lines before the first character of a record's raw text. */
export function leadingBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR && text.charCodeAt(i + 1) === LF) continue;
    if (c !== LF && c !== CR) break;
    n++;
  }
  return n;
}

/** Where `line` starts, reading forward from `from`; the end of the file if it has fewer lines. */
export async function lineStart(file: string, from: Position, line: number): Promise<Position> {
  if (line <= from.line) return from;
  let current = from.line;
  let offset = from.byte;
  let afterCr = false;
  for await (const chunk of fs.createReadStream(file, { start: from.byte }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (afterCr && b !== LF && ++current === line) return { byte: offset + i, line };
      afterCr = b === CR;
      if (b === LF && ++current === line) return { byte: offset + i + 1, line };
    }
    offset += chunk.length;
  }
  if (afterCr) current++;
  return { byte: offset, line: current };
}
