/**
 * Reads the Conversions API tag's JSON log lines (see server-template/tag/src/logger.ts), as printed by
 * server-side GTM or exported from Cloud Logging (`jsonPayload` or `textPayload` entries), streamed.
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';

export interface LogLine { readonly line: number; readonly entry: Record<string, unknown> }

function unwrap(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  if (o.Name === 'Pinterest Conversions API') return o;
  if (o.jsonPayload) return unwrap(o.jsonPayload);
  if (typeof o.textPayload === 'string') { try { return unwrap(JSON.parse(o.textPayload)); } catch { return undefined; } }
  return undefined;
}

export async function* readLogs(file: string, badLines: number[], onProgress: (lines: number) => void = () => undefined): AsyncGenerator<LogLine> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  let line = 0;
  for await (const text of readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (line % 100000 === 0) onProgress(line);
    if (text.trim() === '') continue;
    const start = text.indexOf('{');
    let parsed: unknown;
    try { parsed = JSON.parse(start > 0 ? text.slice(start) : text); } catch { badLines.push(line); continue; }
    const entry = unwrap(parsed);
    if (entry) yield { line, entry };
  }
}
