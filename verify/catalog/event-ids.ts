/**
 * Product ids seen in captured events, streamed from a JSON-lines file: pintrk captures (line_items[].product_id),
 * Conversions API events or the Conversions API tag's JSON logs (custom_data.content_ids, contents[].id), and GA4
 * event data (items[].item_id). Every line is one event or one log line; others are reported, not fatal.
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';

export interface EventIds { readonly line: number; readonly ids: string[] }
export interface EventScan { readonly events: EventIds[]; readonly badLines: number[]; readonly lines: number }

function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) { for (const v of value) collect(v, into); return; }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const add = (v: unknown): void => { if ((typeof v === 'string' && v !== '') || typeof v === 'number') into.add(String(v)); };
  if (Array.isArray(o.content_ids)) o.content_ids.forEach(add);
  if (Array.isArray(o.contents)) o.contents.forEach((c) => add((c as Record<string, unknown> | null)?.id));
  if (Array.isArray(o.line_items)) o.line_items.forEach((l) => add((l as Record<string, unknown> | null)?.product_id));
  if (Array.isArray(o.items)) o.items.forEach((i) => add((i as Record<string, unknown> | null)?.item_id));
  for (const [key, v] of Object.entries(o)) if (!['content_ids', 'contents', 'line_items', 'items'].includes(key)) collect(v, into);
}

export async function scanEvents(file: string, onProgress: (lines: number) => void = () => undefined): Promise<EventScan> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const events: EventIds[] = [];
  const badLines: number[] = [];
  let lines = 0;
  for await (const text of readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    lines++;
    if (lines % 100000 === 0) onProgress(lines);
    if (text.trim() === '') continue;
    let parsed: unknown;
    try { parsed = JSON.parse(text); } catch { badLines.push(lines); continue; }
    const ids = new Set<string>();
    collect(parsed, ids);
    if (ids.size > 0) events.push({ line: lines, ids: [...ids] });
  }
  return { events, badLines, lines };
}
