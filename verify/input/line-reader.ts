/**
 * JSON-lines input (event captures, tag logs), streamed line by line with a bound on line length:
 * Node's readline keeps a line of any length in memory, so one hostile line of hundreds of megabytes
 * would exhaust memory or V8's string limit. Longer lines are dropped while they stream and come back
 * as `text: null`, for the caller to report with their line number.
 */
import * as fs from 'node:fs';

/** Far above any event or log line the tools read (a Conversions API batch of 1,000 events is ~1 MB). */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

export interface InputLine { readonly number: number; readonly text: string | null }

export async function* readLines(file: string, maxChars = MAX_LINE_CHARS): AsyncGenerator<InputLine> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): InputLine => {
    number++;
    let text = tooLong ? null : parts.join('');
    if (text !== null && text.endsWith('\r')) text = text.slice(0, -1);
    if (text !== null && number === 1) text = text.replace(/^\uFEFF/, '');
    parts = [];
    length = 0;
    tooLong = false;
    return { number, text };
  };
  const add = (piece: string): void => {
    if (tooLong) return;
    if (length + piece.length > maxChars) { tooLong = true; parts = []; return; }
    parts.push(piece);
    length += piece.length;
  };
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }) as AsyncIterable<string>) {
    let from = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', from)) {
      add(chunk.slice(from, end));
      yield finish();
      from = end + 1;
    }
    add(chunk.slice(from));
  }
  if (length > 0 || tooLong) yield finish();
}
