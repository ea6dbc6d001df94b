/**
 * `pinterest-gtm report`: the monthly review of Pinterest's implementation runbook from the Conversions API
 * tag's logs: delivery, error codes, retries, deduplication and Enhanced Match coverage.
 *
 * An event is what Pinterest counts once: one event_id with one event name (event_id in
 * https://developers.pinterest.com/docs/api/v5/events-create). It may be sent several times (a reloaded
 * thank-you page fires the tag again with the same event_id); it is delivered when one of its sends was
 * answered 2xx without Pinterest marking it failed. The demo's inspector counts the same way.
 * Every name and code read from the logs is a Map key, never an object property.
 */
import { CONVERSIONS_WITH_EMAIL } from './healthy-ranges';
import { hasField, MATCH_FIELDS, outcome, readFires, type Fire, type Outcome } from './fires';
import { pairKey, type BrowserCopies } from './tag-events';

/** The report as text (text-report.ts), exported here too: the package's API names it beside deliveryReport. */
export { formatDeliveryReport } from './text-report';

/** The Conversions API tag's generated ids (server-template/tag/src/build-event.ts): no browser event shares them. */
const GENERATED_ID_PREFIX = 'gen_';

export interface EventCounts { events: number; delivered: number }
export interface Deduplication {
  /** Copies Pinterest received for the events on either side: browser copies plus delivered API sends. */
  readonly received: number;
  /** Of those, copies dropped as duplicates (all but one per event_id and event). */
  readonly dropped: number;
  /** Events of the logs with a browser copy of the same event_id and event. */
  readonly paired: number;
  /** Events of the logs whose event_id the browser sent, whatever the event. */
  readonly sharedIds: number;
  readonly browserRecords: number;
  readonly badBrowserRecords: number;
}

export interface DeliveryReport {
  /** Distinct events (event_id + event name) and how many were delivered. */
  readonly events: number; readonly delivered: number;
  /** Fires of the tag (sends), those that needed retries, and events sent more than once. */
  readonly sends: number; readonly retriedSends: number; readonly resentEvents: number;
  /** Events whose sends all ended without delivery, by how the last one ended. */
  readonly undelivered: ReadonlyMap<Outcome, number>;
  readonly badLines: number[]; readonly withoutFireId: number;
  readonly statusCodes: ReadonlyMap<string, number>; readonly pinterestCodes: ReadonlyMap<string, number>;
  readonly byEventName: ReadonlyMap<string, EventCounts>;
  /** Undefined without the browser's events (--tag-events): not checked. */
  readonly dedup?: Deduplication;
  readonly generatedIds: number;
  /** Share of delivered events with each of MATCH_FIELDS. */
  readonly coverage: ReadonlyMap<string, number>;
  /** Delivered checkouts, leads and sign-ups, and how many of them carried an email. */
  readonly conversions: { readonly events: number; readonly withEmail: number };
}

interface EventState { readonly name: string; readonly eventId: string; readonly fires: Fire[]; delivered?: Fire }

function groupEvents(fires: Iterable<Fire>): Map<string, EventState> {
  const events = new Map<string, EventState>();
  for (const fire of fires) {
    const key = pairKey(fire.eventId, fire.eventName);
    const state = events.get(key) ?? { name: fire.eventName, eventId: fire.eventId, fires: [] };
    state.fires.push(fire);
    if (!state.delivered && outcome(fire) === 'delivered') state.delivered = fire;
    events.set(key, state);
  }
  return events;
}

function deduplication(events: Map<string, EventState>, browser: BrowserCopies): Deduplication {
  let received = 0;
  let kept = 0;
  for (const [key, e] of events) {
    const copies = (browser.copies.get(key) ?? 0) + e.fires.filter((f) => outcome(f) === 'delivered').length;
    received += copies;
    if (copies > 0) kept++;
  }
  for (const [key, copies] of browser.copies) if (!events.has(key)) { received += copies; kept++; }
  const all = [...events.entries()];
  return {
    received, dropped: received - kept, paired: all.filter(([key]) => browser.copies.has(key)).length,
    sharedIds: all.filter(([, e]) => browser.ids.has(e.eventId)).length, browserRecords: browser.records, badBrowserRecords: browser.badRecords,
  };
}

export async function deliveryReport(file: string, browser?: BrowserCopies, progress: (m: string) => void = () => undefined): Promise<DeliveryReport> {
  const log = await readFires(file, progress);
  const events = groupEvents(log.fires.values());
  const all = [...events.values()];
  const delivered = all.filter((e) => e.delivered !== undefined);
  const byEventName = new Map<string, EventCounts>();
  const undelivered = new Map<Outcome, number>();
  for (const e of all) {
    const row = byEventName.get(e.name) ?? { events: 0, delivered: 0 };
    row.events++;
    if (e.delivered) row.delivered++;
    else { const last = outcome(e.fires[e.fires.length - 1]); undelivered.set(last, (undelivered.get(last) ?? 0) + 1); }
    byEventName.set(e.name, row);
  }
  const share = (field: (typeof MATCH_FIELDS)[number]): number => (delivered.length === 0 ? 0 : delivered.filter((e) => hasField(e.delivered as Fire, field)).length / delivered.length);
  const conversions = delivered.filter((e) => CONVERSIONS_WITH_EMAIL.has(e.name));
  const fires = [...log.fires.values()];
  return {
    events: all.length, delivered: delivered.length, sends: fires.length, retriedSends: fires.filter((f) => f.attempts > 1).length,
    resentEvents: all.filter((e) => e.fires.length > 1).length, undelivered,
    badLines: log.badLines, withoutFireId: log.withoutFireId, statusCodes: log.statusCodes, pinterestCodes: log.pinterestCodes, byEventName,
    dedup: browser ? deduplication(events, browser) : undefined,
    generatedIds: all.filter((e) => e.eventId.startsWith(GENERATED_ID_PREFIX)).length,
    coverage: new Map(MATCH_FIELDS.map((field) => [field, share(field)])),
    conversions: { events: conversions.length, withEmail: conversions.filter((e) => hasField(e.delivered as Fire, 'em')).length },
  };
}
