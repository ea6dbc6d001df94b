/**
 * The inspector's inputs, read as copies of events: each browser tag hit, each event in each
 * Conversions API request (with Pinterest's answer for it), and each server tag run (with its messages).
 * Everything is recorded traffic, so every field is checked for type before use.
 */
import type { TagRun } from '../../gtm-sandbox/container/server-container';
import { capiEventFor, tagEventFor } from '../../pinterest/events';
import type { RecordedRequest } from '../../pinterest-fake/conversions-api';
import type { TagEvent } from '../../pinterest-fake/pinterest-fake';
import { displayApiEvent, displaySafe } from './privacy';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

export interface BrowserCopy { time: number; event: string; tagId: string; page: string; data: Json; partner: Json }
export interface ApiCopy { time: number; status: number; message: string; delivered: boolean; test: boolean; event: Json; shown: unknown }
export interface ServerRun { time: number; tag: string; result: string; messages: string[] }

/** The API event name both sides are compared on: the tag's name mapped through pinterest/events.ts. */
export function pairName(name: string): string {
  const lower = name.trim().toLowerCase();
  const tagName = tagEventFor(lower);
  return tagName === undefined ? lower : capiEventFor(tagName);
}

/** Pinterest's answer for event `index` of a request, in its own words. */
function answerFor(request: RecordedRequest, index: number): { message: string; delivered: boolean } {
  const response = isObject(request.response) ? request.response : {};
  if (request.status === 200) {
    const results = Array.isArray(response.events) ? response.events : [];
    const result = isObject(results[index]) ? results[index] as Json : {};
    const status = text(result.status) ?? 'processed';
    const detail = text(result.error_message) ?? text(result.warning_message);
    return { message: detail === undefined ? status : `${status}: ${detail}`, delivered: status !== 'failed' };
  }
  if (request.status === 0) return { message: 'no answer (timed out)', delivered: false };
  return { message: text(response.message) ?? request.errors.join('; '), delivered: false };
}

export function apiCopies(requests: readonly RecordedRequest[]): ApiCopy[] {
  return requests.flatMap((request) => {
    const events = isObject(request.body) && Array.isArray(request.body.data) ? request.body.data : [];
    return events.filter(isObject).map((event, index) => ({
      time: request.time, status: request.status, test: request.test, event, shown: displayApiEvent(event), ...answerFor(request, index),
    }));
  });
}

export function browserCopies(tagEvents: readonly TagEvent[]): BrowserCopy[] {
  return tagEvents.filter((t) => t.event !== 'init').map((t) => ({
    time: t.time, event: String(t.event), tagId: String(t.tagId), page: String(t.page),
    data: isObject(t.data) ? t.data : {}, partner: isObject(t.partner) ? t.partner : {},
  }));
}

/** What a server tag run logged, as messages (the Conversions API tag logs JSON lines; others, text). */
function runMessages(run: TagRun): string[] {
  return run.logs.flatMap((values) => {
    const first = values[0];
    if (typeof first === 'string' && first.startsWith('{')) {
      try {
        const line: unknown = JSON.parse(first);
        if (isObject(line)) return line.Type === 'Message' ? [[text(line.Message), text(line.ErrorMessage)].filter(Boolean).join(': ')] : [];
      } catch { /* not JSON: shown as text */ }
    }
    return [values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' ')];
  }).map((m) => String(displaySafe(m)).slice(0, 500));
}

/** Each run with the (event_id, name) keys it concerns: what it sent, else the event it ran on. */
export function serverRuns(runs: readonly TagRun[]): { run: ServerRun; keys: string[] }[] {
  return runs.map((r) => {
    const sent = r.http.flatMap((h) => {
      try {
        const body: unknown = JSON.parse(String(h.body ?? ''));
        return isObject(body) && Array.isArray(body.data) ? body.data.filter(isObject) : [];
      } catch { return []; }
    });
    const own = text(r.event.event_id) === undefined ? [] : [{ event_id: r.event.event_id, event_name: r.event.event_name }];
    const keys = (sent.length > 0 ? sent : own).flatMap((e) => (text(e.event_id) === undefined ? [] : [eventKey(String(e.event_id), String(e.event_name ?? ''))]));
    return { run: { time: r.time, tag: r.tag, result: r.result, messages: runMessages(r) }, keys: [...new Set(keys)] };
  });
}

/** Browser and server copies deduplicate when they share the event_id and the event (https://developers.pinterest.com/docs/api-features/deduplication/). */
export function eventKey(eventId: string, name: string): string {
  return `${eventId}\u0000${pairName(name)}`;
}
