/**
 * `--server-logs`: the Conversions API tag's JSON log lines (server-template/tag/src/logger.ts, read
 * by fire with verify/report's reader) paired with the browser's events as Pinterest deduplicates them: the same
 * event_id and the same event (tag name ↔ API name as pinterest/events.ts maps them;
 * https://developers.pinterest.com/docs/api-features/deduplication/). Only server events of this audit
 * count: event_time within the run (± 10 s) and, when logged, the audit browser's user agent.
 */
import { capiEventFor } from '../../pinterest/events';
import { readFires } from '../report/fires';
import type { TrackedEvent } from './page-commands';

export interface ServerEvent {
  readonly eventName: string; readonly eventId: string; readonly eventTime?: number; readonly userAgent?: string;
  status?: number; failed?: boolean; code?: number; message?: string;
}

/**
 * One server event per fire of the tag, answered by the last attempt of that fire (log lines are paired
 * by FireId and Attempt, verify/report/fires.ts). A fire whose last attempt has no answer yet is unanswered.
 */
export async function readServerEvents(file: string): Promise<{ events: ServerEvent[]; badLines: number[] }> {
  const log = await readFires(file, () => undefined, true);
  const events = [...log.fires.values()].map((fire): ServerEvent => {
    const answer = fire.answers.get(fire.attempts);
    return {
      eventName: fire.eventName, eventId: fire.eventId, eventTime: fire.eventTime, userAgent: fire.userAgent,
      ...(answer ? { status: answer.status, failed: answer.failedEvent, code: answer.code, message: answer.message } : {}),
    };
  });
  return { events, badLines: log.badLines };
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
