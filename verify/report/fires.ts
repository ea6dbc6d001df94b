/**
 * The Conversions API tag's log lines grouped by fire. Every line of one fire carries its `FireId`;
 * Request and Response lines carry `Attempt` (1, 2, … within the fire) and `EventId`
 * (server-template/tag/src/logger.ts, send.ts). A response is paired with the request of the same FireId
 * and Attempt, never with "the latest request": fires run concurrently and their lines interleave, and a
 * trace id is shared by every event of one incoming request (and absent under `gtm-sandbox serve`).
 * Retries are the attempts after the first of one fire; two fires with the same event_id are two sends.
 */
import { own } from '../input/json-walk';
import { readLogs } from './log-reader';

/** user_data keys of the Conversions API (https://developers.pinterest.com/docs/api/v5/events-create). */
export const MATCH_FIELDS = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'hashed_maids', 'click_id', 'client_ip_address', 'client_user_agent'] as const;

/** An attempt's answer: its HTTP status, whether Pinterest marked the event failed in a 2xx answer, and with `detail` its code and message. */
export interface Answer { readonly status: number; readonly failedEvent: boolean; readonly code?: number; readonly message?: string }

export interface Fire {
  readonly id: string;
  eventName: string;
  eventId: string;
  /** Which MATCH_FIELDS the sent event carried (bit i: MATCH_FIELDS[i]); undefined when no request line was read. */
  fields?: number;
  /** The highest attempt number requested or answered. */
  attempts: number;
  /** With `detail`: the event's event_time and the user agent it was sent for (the audit keeps only its own session's). */
  eventTime?: number;
  userAgent?: string;
  readonly answers: Map<number, Answer>;
}

export interface FireLog {
  readonly fires: ReadonlyMap<string, Fire>;
  readonly statusCodes: ReadonlyMap<string, number>;
  readonly pinterestCodes: ReadonlyMap<string, number>;
  /** Lines that are not JSON or too long, by number. */
  readonly badLines: number[];
  /** Request or Response lines without a FireId or Attempt (an older version of the tag): not counted. */
  readonly withoutFireId: number;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const count = (map: Map<string, number>, key: string): void => { map.set(key, (map.get(key) ?? 0) + 1); };
/** The tag retries at most 5 times; anything far above is not an attempt number. */
const attemptOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000 ? v : undefined);

function fieldBits(userData: unknown): number {
  let bits = 0;
  MATCH_FIELDS.forEach((field, i) => { if (own(userData, field) !== undefined) bits |= 1 << i; });
  return bits;
}

export const hasField = (fire: Fire, field: (typeof MATCH_FIELDS)[number]): boolean => fire.fields !== undefined && (fire.fields & (1 << MATCH_FIELDS.indexOf(field))) !== 0;

/** The HTTP status as logged: a number, or a numeric string (Number() on a nested array would recurse through Array#join). */
function statusOf(logged: unknown): number {
  if (typeof logged === 'number') return logged;
  return typeof logged === 'string' ? Number(logged) : NaN;
}

/** `detail` keeps what the audit needs of each fire (event time, user agent, Pinterest's code and message); the report does without. */
export async function readFires(file: string, progress: (m: string) => void = () => undefined, detail = false): Promise<FireLog> {
  const fires = new Map<string, Fire>();
  const statusCodes = new Map<string, number>();
  const pinterestCodes = new Map<string, number>();
  const badLines: number[] = [];
  let withoutFireId = 0;
  for await (const { entry } of readLogs(file, badLines, (n) => progress(`${file}: ${n} lines read`))) {
    if (entry.Type !== 'Request' && entry.Type !== 'Response') continue;
    const id = text(entry.FireId);
    const attempt = attemptOf(entry.Attempt);
    if (id === '' || attempt === undefined) { withoutFireId++; continue; }
    let fire = fires.get(id);
    if (!fire) { fire = { id, eventName: text(entry.EventName), eventId: text(entry.EventId), attempts: 0, answers: new Map() }; fires.set(id, fire); }
    fire.attempts = Math.max(fire.attempts, attempt);
    if (entry.Type === 'Request') {
      const first = own(own(entry, 'RequestBody'), 'data');
      const event = Array.isArray(first) ? first[0] : undefined;
      fire.eventName = text(own(event, 'event_name')) || fire.eventName;
      fire.eventId = text(own(event, 'event_id')) || fire.eventId;
      fire.fields = fieldBits(own(event, 'user_data'));
      if (detail) {
        const [time, agent] = [own(event, 'event_time'), own(own(event, 'user_data'), 'client_user_agent')];
        fire.eventTime = typeof time === 'number' ? time : undefined;
        fire.userAgent = typeof agent === 'string' ? agent.slice(0, 1000) : undefined;
      }
      continue;
    }
    const status = statusOf(entry.ResponseStatusCode);
    count(statusCodes, Number.isInteger(status) ? String(status) : 'not a number');
    const body = own(entry, 'ResponseBody');
    const code = own(body, 'code');
    if (typeof code === 'number') count(pinterestCodes, String(code));
    const results = own(body, 'events');
    // One event per request (send.ts): Pinterest's answer for it is failed or not.
    const first = Array.isArray(results) ? results[0] : undefined;
    const failedEvent = Array.isArray(results) && results.some((r) => own(r, 'status') === 'failed');
    const message = own(first, 'error_message') ?? own(body, 'message');
    fire.answers.set(attempt, detail
      ? { status, failedEvent, code: typeof code === 'number' ? code : undefined, message: typeof message === 'string' ? message.slice(0, 200) : undefined }
      : { status, failedEvent });
  }
  return { fires, statusCodes, pinterestCodes, badLines, withoutFireId };
}

export type Outcome = 'delivered' | 'rejected' | 'failed' | 'no answer';

/** The fire's outcome: the answer to its last attempt (an attempt with no answer timed out or failed on the network). */
export function outcome(fire: Fire): Outcome {
  const last = fire.answers.get(fire.attempts);
  if (!last) return 'no answer';
  if (last.status >= 200 && last.status < 300) return last.failedEvent ? 'rejected' : 'delivered';
  return 'failed';
}
