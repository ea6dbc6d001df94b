/**
 * `--server-logs`: the Conversions API tag's JSON log lines (server-template/tag/src/logger.ts, read
 * with verify/report's reader) paired with the browser's events as Pinterest deduplicates them: the same
 * event_id and the same event (tag name ↔ API name as pinterest/events.ts maps them;
 * https://developers.pinterest.com/docs/api-features/deduplication/). Only server events of this audit
 * count: event_time within the run (± 10 s) and, when logged, the audit browser's user agent.
 */
import { capiEventFor } from '../../pinterest/events';
import { readLogs } from '../report/log-reader';
import type { TrackedEvent } from './page-commands';

export interface ServerEvent {
  readonly eventName: string; readonly eventId: string; readonly eventTime?: number; readonly userAgent?: string;
  status?: number; failed?: boolean; code?: number; message?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

export async function readServerEvents(file: string): Promise<{ events: ServerEvent[]; badLines: number[] }> {
  const badLines: number[] = [];
  const events: ServerEvent[] = [];
  const known = new Map<string, ServerEvent>();
  // A response answers the oldest unanswered request of the same trace and event name: requests of
  // different events interleave, and the log lines carry no trace id outside a real server container.
  const waiting = new Map<string, ServerEvent[][]>();
  let last: ServerEvent[] = [];
  for await (const { entry } of readLogs(file, badLines)) {
    const key = `${String(entry.TraceId ?? '')}\u0000${String(entry.EventName ?? '')}`;
    if (entry.Type === 'Request') {
      const data = obj(entry.RequestBody).data;
      const batch = (Array.isArray(data) ? data : []).slice(0, 1000).map(obj).map((e): ServerEvent => ({
        eventName: String(e.event_name ?? entry.EventName ?? ''), eventId: String(e.event_id ?? ''),
        eventTime: typeof e.event_time === 'number' ? e.event_time : undefined,
        userAgent: typeof obj(e.user_data).client_user_agent === 'string' ? (obj(e.user_data).client_user_agent as string) : undefined,
      }));
      // A retry logs the same events again: keep one copy, answered by the latest response.
      const current = batch.map((b) => {
        const id = `${b.eventName}\u0000${b.eventId}\u0000${b.eventTime}`;
        const seen = known.get(id);
        if (seen) return seen;
        known.set(id, b);
        events.push(b);
        return b;
      });
      waiting.set(key, [...(waiting.get(key) ?? []), current]);
      last = current;
    } else if (entry.Type === 'Response') {
      const answered = waiting.get(key)?.shift() ?? last;
      const body = obj(entry.ResponseBody);
      const results = Array.isArray(body.events) ? body.events.map(obj) : [];
      answered.forEach((e, i) => {
        e.status = Number(entry.ResponseStatusCode);
        e.failed = results[i]?.status === 'failed';
        e.code = typeof body.code === 'number' ? body.code : undefined;
        const message = results[i]?.error_message ?? body.message;
        e.message = typeof message === 'string' ? message.slice(0, 200) : undefined;
      });
    }
  }
  return { events, badLines };
}

export interface PairKey { readonly name: string; readonly eventId: string }
export interface Pairing {
  readonly browser: number; readonly server: number; readonly paired: number; readonly rate: number;
  readonly browserOnly: PairKey[]; readonly serverOnly: PairKey[]; readonly nameMismatch: { eventId: string; browser: string; server: string }[];
  readonly errors: ServerEvent[]; readonly unanswered: number;
}

export interface Session { readonly from: number; readonly to: number; readonly userAgent: string }
/** Clock difference allowed between the audit machine and the server container (NTP keeps them closer). */
const SLACK_SECONDS = 10;

export function sessionEvents(events: ServerEvent[], session: Session): ServerEvent[] {
  return events.filter((e) => (e.eventTime === undefined || (e.eventTime >= session.from / 1000 - SLACK_SECONDS && e.eventTime <= session.to / 1000 + SLACK_SECONDS))
    && (e.userAgent === undefined || e.userAgent === session.userAgent));
}

export function pairEvents(browserEvents: TrackedEvent[], serverEvents: ServerEvent[]): Pairing {
  const key = (k: PairKey): string => `${k.name}\u0000${k.eventId}`;
  const browser = new Map<string, PairKey>();
  for (const e of browserEvents) if (e.eventId !== undefined) browser.set(key({ name: capiEventFor(e.name), eventId: e.eventId }), { name: capiEventFor(e.name), eventId: e.eventId });
  const server = new Map<string, PairKey>();
  for (const e of serverEvents) server.set(key({ name: e.eventName, eventId: e.eventId }), { name: e.eventName, eventId: e.eventId });
  const paired = [...browser.keys()].filter((k) => server.has(k)).length;
  const browserOnly = [...browser.entries()].filter(([k]) => !server.has(k)).map(([, v]) => v);
  const serverOnly = [...server.entries()].filter(([k]) => !browser.has(k)).map(([, v]) => v);
  const nameMismatch = browserOnly.flatMap((b) => serverOnly.filter((s) => s.eventId === b.eventId).map((s) => ({ eventId: b.eventId, browser: b.name, server: s.name })));
  const mismatched = new Set(nameMismatch.map((m) => m.eventId));
  const union = new Set([...browser.keys(), ...server.keys()]).size;
  return {
    browser: browser.size, server: server.size, paired, rate: union === 0 ? 0 : paired / union,
    browserOnly: browserOnly.filter((b) => !mismatched.has(b.eventId)), serverOnly: serverOnly.filter((s) => !mismatched.has(s.eventId)), nameMismatch,
    errors: serverEvents.filter((e) => e.status !== undefined && (e.status < 200 || e.status >= 300 || e.failed === true)),
    unanswered: serverEvents.filter((e) => e.status === undefined).length,
  };
}
