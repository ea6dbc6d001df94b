/**
 * Product ids seen in captured events, streamed from a JSON-lines file: pintrk captures (line_items[].product_id),
 * Conversions API events or the Conversions API tag's JSON logs (custom_data.content_ids, contents[].id), and GA4
 * event data (items[].item_id). JSON lines (every line one event or one log line; others are reported, not
 * fatal) or one JSON array of events (verify/input/json-records.ts).
 * https://developers.pinterest.com/docs/api/v5/events-create (custom_data.content_ids, contents[].id)
 * https://help.pinterest.com/en/business/article/add-event-codes (line_items[].product_id)
 */
import { openJsonRecords, type JsonFormat } from '../input/json-records';
import { forEachObject, own } from '../input/json-walk';

/** `line`: the line of a JSON-lines file, or the element number in a JSON array. */
export interface EventIds { readonly line: number; readonly ids: string[] }
export interface EventScan { readonly format: JsonFormat; readonly notAnArray?: { readonly line: number; readonly column: number }; readonly events: EventIds[]; readonly badLines: number[]; readonly longLines: number[]; readonly lines: number }

const ID_LISTS = new Set(['content_ids', 'contents', 'line_items', 'items']);

function collect(root: unknown, into: Set<string>): void {
  const add = (v: unknown): void => { if ((typeof v === 'string' && v !== '') || typeof v === 'number') into.add(String(v)); };
  const list = (o: Record<string, unknown>, key: string): unknown[] => { const v = own(o, key); return Array.isArray(v) ? v : []; };
  forEachObject(root, (o) => {
    list(o, 'content_ids').forEach(add);
    list(o, 'contents').forEach((c) => add(own(c, 'id')));
    list(o, 'line_items').forEach((l) => add(own(l, 'product_id')));
    list(o, 'items').forEach((i) => add(own(i, 'item_id')));
  }, (key) => ID_LISTS.has(key));
}

export async function scanEvents(file: string, onProgress: (lines: number) => void = () => undefined): Promise<EventScan> {
  const events: EventIds[] = [];
  const badLines: number[] = [];
  const longLines: number[] = [];
  let lines = 0;
  const { format, records, notAnArray } = await openJsonRecords(file);
  for await (const { number, value, bad, tooLong } of records) {
    lines = number;
    if (lines % 100000 === 0) onProgress(lines);
    if (tooLong) { longLines.push(number); continue; }
    if (bad) { badLines.push(number); continue; }
    const ids = new Set<string>();
    collect(value, ids);
    if (ids.size > 0) events.push({ line: number, ids: [...ids] });
  }
  return { format, notAnArray, events, badLines, longLines, lines };
}
