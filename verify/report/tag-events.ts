/**
 * The browser's copies of events, for deduplication: a capture of the tag's events (the demo's
 * `/_fake/tag-events`, pintrk captures) or of forwarded events, as JSON lines or one JSON array. Each
 * object with an `event_id` is a copy; its event is its own `event_name`/`event`, else its parent's (the
 * demo's records keep the id in `data` beside `event`). Pinterest counts a browser and an API copy once
 * when they carry the same event_id and the same event, tag name ↔ API name
 * (https://developers.pinterest.com/docs/api/v5/events-create: event_id; README "Events").
 */
import { capiEventFor, tagEventFor } from '../../pinterest/events';
import { openJsonRecords } from '../input/json-records';
import { own } from '../input/json-walk';

export interface BrowserCopies {
  /** Copies per pair key (`pairKey`). */
  readonly copies: ReadonlyMap<string, number>;
  /** Every event_id seen, whatever its event. */
  readonly ids: ReadonlySet<string>;
  readonly records: number;
  readonly badRecords: number;
}

const name = (o: unknown): string | undefined => {
  for (const key of ['event_name', 'event']) { const v = own(o, key); if (typeof v === 'string' && v !== '') return v; }
  return undefined;
};

/** The Conversions API name an event is compared by: a tag or GA4 name mapped by the event table, else itself (lower-case). */
export function apiName(event: string): string {
  const lower = event.trim().toLowerCase();
  const tag = tagEventFor(lower);
  return tag === undefined ? lower : capiEventFor(tag);
}

export const pairKey = (eventId: string, event: string): string => `${eventId}\u0000${apiName(event)}`;

/** Walks every object of a record without recursion, each with the event name it inherits. */
function visit(root: unknown, found: (eventId: string, event: string | undefined) => void): void {
  const stack: { value: unknown; event: string | undefined }[] = [{ value: root, event: undefined }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value } = item;
    if (value === null || typeof value !== 'object') continue;
    const event = Array.isArray(value) ? item.event : name(value) ?? item.event;
    const id = Array.isArray(value) ? undefined : own(value, 'event_id');
    if (typeof id === 'string' && id !== '') found(id, event);
    for (const child of Array.isArray(value) ? value : Object.values(value)) if (child !== null && typeof child === 'object') stack.push({ value: child, event });
  }
}

export async function scanTagEvents(file: string): Promise<BrowserCopies> {
  const copies = new Map<string, number>();
  const ids = new Set<string>();
  let records = 0;
  let badRecords = 0;
  for await (const record of (await openJsonRecords(file)).records) {
    records++;
    if (record.bad || record.tooLong) { badRecords++; continue; }
    visit(record.value, (eventId, event) => {
      ids.add(eventId);
      if (event !== undefined) copies.set(pairKey(eventId, event), (copies.get(pairKey(eventId, event)) ?? 0) + 1);
    });
  }
  return { copies, ids, records, badRecords };
}
