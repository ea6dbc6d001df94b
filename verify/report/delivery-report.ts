/**
 * `pinterest-gtm report`: from the Conversions API tag's logs, delivery success, error codes, retries,
 * deduplication readiness (events whose event_id the browser also sent, vs generated ones) and Enhanced
 * Match coverage per user_data field: the monthly review Pinterest's runbook asks for.
 * Every name and code read from the logs is a Map key, never an object property (`__proto__` is an event name like any other).
 */
import { own } from '../input/json-walk';
import { printable } from '../input/printable';
import { readLogs } from './log-reader';

/** user_data keys of the Conversions API: https://developers.pinterest.com/docs/api/v5/events-create */
export const MATCH_FIELDS = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'click_id', 'client_ip_address', 'client_user_agent'];
/** The Conversions API tag's generated ids (server-template/tag/src/build-event.ts): no browser event shares them. */
const GENERATED_ID_PREFIX = 'gen_';

interface EventState { eventName: string; eventId: string; userData: unknown; attempts: number; finalStatus?: number; failedEvent: boolean }
export interface EventCounts { events: number; delivered: number }

export interface DeliveryReport {
  readonly events: number; readonly delivered: number; readonly retried: number; readonly badLines: number[];
  readonly statusCodes: ReadonlyMap<string, number>; readonly pinterestCodes: ReadonlyMap<string, number>;
  readonly byEventName: ReadonlyMap<string, EventCounts>;
  /** Events whose event_id the browser's events (--tag-events) also carry; undefined: not checked. */
  readonly browserSharedIds?: number;
  readonly generatedIds: number;
  /** Share of delivered events with each of MATCH_FIELDS. */
  readonly coverage: ReadonlyMap<string, number>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const count = (map: Map<string, number>, key: string): void => { map.set(key, (map.get(key) ?? 0) + 1); };

export async function deliveryReport(file: string, tagEventIds?: Set<string>, progress: (m: string) => void = () => undefined): Promise<DeliveryReport> {
  const badLines: number[] = [];
  const events = new Map<string, EventState>();
  const lastByTrace = new Map<string, EventState>();
  let last: EventState | undefined;
  const statusCodes = new Map<string, number>();
  const pinterestCodes = new Map<string, number>();
  for await (const { entry } of readLogs(file, badLines, (n) => progress(`${file}: ${n} lines read`))) {
    const trace = text(entry.TraceId);
    if (entry.Type === 'Request') {
      const first = list(own(own(entry, 'RequestBody'), 'data'))[0];
      const eventId = text(own(first, 'event_id'));
      const key = `${trace}|${eventId}`;
      const state = events.get(key) ?? { eventName: text(own(first, 'event_name')) || text(entry.EventName), eventId, userData: own(first, 'user_data'), attempts: 0, failedEvent: false };
      state.attempts++;
      events.set(key, state);
      lastByTrace.set(trace, state);
      last = state;
    } else if (entry.Type === 'Response') {
      const state = (trace && lastByTrace.get(trace)) || last;
      if (!state) continue;
      const logged = entry.ResponseStatusCode; // Number() on a deeply nested array would recurse through Array#join
      const status = typeof logged === 'number' ? logged : typeof logged === 'string' ? Number(logged) : NaN;
      state.finalStatus = status;
      count(statusCodes, Number.isInteger(status) ? String(status) : 'not a number');
      const body = own(entry, 'ResponseBody');
      const code = own(body, 'code');
      if (typeof code === 'number') count(pinterestCodes, String(code));
      state.failedEvent = list(own(body, 'events')).some((e) => own(e, 'status') === 'failed');
    }
  }
  const all = [...events.values()];
  const delivered = new Set(all.filter((e) => e.finalStatus !== undefined && e.finalStatus >= 200 && e.finalStatus < 300 && !e.failedEvent));
  const byEventName = new Map<string, EventCounts>();
  for (const e of all) {
    const row = byEventName.get(e.eventName) ?? { events: 0, delivered: 0 };
    row.events++;
    if (delivered.has(e)) row.delivered++;
    byEventName.set(e.eventName, row);
  }
  const coverage = new Map(MATCH_FIELDS.map((field) => [field, delivered.size === 0 ? 0 : [...delivered].filter((e) => own(e.userData, field) !== undefined).length / delivered.size]));
  return {
    events: all.length, delivered: delivered.size, retried: all.filter((e) => e.attempts > 1).length, badLines, statusCodes, pinterestCodes, byEventName,
    browserSharedIds: tagEventIds ? all.filter((e) => e.eventId !== '' && tagEventIds.has(e.eventId)).length : undefined,
    generatedIds: all.filter((e) => e.eventId.startsWith(GENERATED_ID_PREFIX)).length,
    coverage,
  };
}

/** A site has a few dozen event names; logs with thousands are broken or hostile, and the report stays readable. */
export const MAX_NAMES_SHOWN = 100;
const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
/** Status and error codes in numeric order, as a reader scans them. */
export const sortedCodes = (codes: ReadonlyMap<string, number>): [string, number][] => [...codes].sort((a, b) => (Number(a[0]) || Infinity) - (Number(b[0]) || Infinity));
const codeList = (codes: ReadonlyMap<string, number>): string => sortedCodes(codes).map(([k, v]) => `${k}×${v}`).join(', ') || 'none';

export function formatDeliveryReport(r: DeliveryReport): string {
  const generated = `${r.generatedIds} had a generated id and cannot be deduplicated`;
  return [
    `Conversions API delivery: ${r.delivered} of ${r.events} events delivered (${pct(r.delivered, r.events)}); ${r.retried} needed retries`,
    `HTTP status codes: ${codeList(r.statusCodes)}`,
    `Pinterest error codes: ${codeList(r.pinterestCodes)}`,
    ...[...r.byEventName].slice(0, MAX_NAMES_SHOWN).map(([name, row]) => `  ${printable(name, false)}: ${row.delivered}/${row.events}`),
    ...(r.byEventName.size > MAX_NAMES_SHOWN ? [`  … and ${r.byEventName.size - MAX_NAMES_SHOWN} more event names`] : []),
    r.browserSharedIds === undefined
      ? `Deduplication: browser-shared ids not checked (give the browser's events with --tag-events FILE); ${generated}`
      : `Deduplication: ${r.browserSharedIds} events (${pct(r.browserSharedIds, r.events)}) carry an event_id seen on the browser side; ${generated}`,
    'Enhanced Match coverage (delivered events):',
    ...MATCH_FIELDS.map((f) => `  ${f.padEnd(18)} ${(100 * (r.coverage.get(f) ?? 0)).toFixed(1)}%`),
    ...(r.badLines.length > 0 ? [`${r.badLines.length} lines are not JSON or too long (first: ${r.badLines.slice(0, 5).join(', ')})`] : []),
  ].join('\n');
}
