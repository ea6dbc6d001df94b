/**
 * GTM reads a .tpl's JSON sections with Gson's lenient reader (JsonReader.setLenient:
 * https://www.javadoc.io/doc/com.google.code.gson/gson/latest/com.google.gson/com/google/gson/stream/JsonReader.html#setLenient(boolean)),
 * and published templates rely on it: pinterest/ws-gtm-template ships a trailing comma, others an
 * unquoted name (`subParams: [...]`). Beyond strict JSON this reader accepts what that mode lists and
 * templates use: unquoted names and values, single-quoted strings, `//`, `#` and `/* *\/` comments,
 * `=` or `=>` between a name and its value, `;` between members. Our choice, documented in
 * docs/emulator-fidelity.md: a trailing comma is dropped (Gson reads `[a,]` as `[a, null]`; no
 * published template tells the two apart). `gtm-sandbox check` still warns, as strict tools refuse it.
 */
import { readLenient } from './lenient-reader';

export class JsonSyntaxError extends Error {
  /** 1-based line and column in the text read. */
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`${message} at line ${line} column ${column}`);
    this.name = 'JsonSyntaxError';
  }
}

/** The value, and whether reading it needed more than strict JSON. Throws JsonSyntaxError. */
export function parseLenientJson(text: string): { value: unknown; lenient: boolean } {
  try {
    return { value: JSON.parse(text), lenient: false };
  } catch {
    const read = readLenient(text);
    if ('error' in read) {
      const before = text.slice(0, read.offset).split('\n');
      throw new JsonSyntaxError(read.error, before.length, before[before.length - 1].length + 1);
    }
    return { value: read.value, lenient: true };
  }
}
