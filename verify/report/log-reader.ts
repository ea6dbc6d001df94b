/**
 * Reads the Conversions API tag's JSON log lines (see server-template/tag/src/logger.ts), as printed by
 * server-side GTM or exported from Cloud Logging (`jsonPayload` or `textPayload` entries), streamed.
 * https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry (jsonPayload, textPayload)
 */
import { own } from '../input/json-walk';
import { readLines } from '../input/line-reader';

export interface LogLine { readonly line: number; readonly entry: Record<string, unknown> }

/** A Cloud Logging entry wraps the tag's line once; a few levels allow for re-exports, and end the loop on hostile nesting. */
const MAX_WRAPPING = 4;

function unwrap(value: unknown): Record<string, unknown> | undefined {
  let current = value;
  for (let level = 0; level <= MAX_WRAPPING; level++) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (own(current, 'Name') === 'Pinterest Conversions API') return current as Record<string, unknown>;
    const json = own(current, 'jsonPayload');
    const text = own(current, 'textPayload');
    if (json) current = json;
    else if (typeof text === 'string') { try { current = JSON.parse(text); } catch { return undefined; } } else return undefined;
  }
  return undefined;
}

/** Lines that are not JSON, or too long to read, go to `badLines` by number. */
export async function* readLogs(file: string, badLines: number[], onProgress: (lines: number) => void = () => undefined): AsyncGenerator<LogLine> {
  for await (const { number, text } of readLines(file)) {
    if (number % 100000 === 0) onProgress(number);
    if (text === null) { badLines.push(number); continue; }
    if (text.trim() === '') continue;
    const start = text.indexOf('{');
    let parsed: unknown;
    try { parsed = JSON.parse(start > 0 ? text.slice(start) : text); } catch { badLines.push(number); continue; }
    const entry = unwrap(parsed);
    if (entry) yield { line: number, entry };
  }
}
