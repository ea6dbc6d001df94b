/**
 * The events a request carries (pinterest/forwarding-protocol.ts): the web tag's GET `?v=1&e=<json>`
 * or a POST `{"v": 1, "events": [...]}`; each one validated strictly. Any problem rejects the whole
 * request, so a half-valid batch never runs.
 */
import { getRequestBody, getRequestMethod, getRequestQueryParameter, getType, JSON, makeString } from '../../../gtm-sandbox/import/server';
import { forwardedEventProblem } from '../../../pinterest/forwarded-event-validation';
import { EVENT_PARAM, PROTOCOL_VERSION, VERSION_PARAM, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { toList, toObject } from '../../../pinterest/values';

export interface Incoming { events?: ForwardedEvent[]; status?: number; error?: string; asPixel?: boolean }

function checked(list: unknown[], maxEvents: number, asPixel: boolean): Incoming {
  if (list.length === 0) return { status: 400, error: 'no events' };
  if (list.length > maxEvents) return { status: 413, error: 'at most ' + maxEvents + ' events per request' };
  for (let i = 0; i < list.length; i++) {
    const problem = forwardedEventProblem(list[i]);
    if (problem !== undefined) return { status: 400, error: (list.length > 1 ? 'events[' + i + '].' : '') + problem };
  }
  return { events: list as ForwardedEvent[], asPixel: asPixel };
}

export function readIncoming(maxEvents: number, maxBodyBytes: number): Incoming {
  const method = getRequestMethod();
  if (method === 'GET') {
    if (makeString(getRequestQueryParameter(VERSION_PARAM)) !== makeString(PROTOCOL_VERSION)) return { status: 400, error: 'unsupported protocol version' };
    const event = JSON.parse(makeString(getRequestQueryParameter(EVENT_PARAM)));
    return event === undefined ? { status: 400, error: 'e: must be JSON' } : checked([event], 1, true);
  }
  if (method !== 'POST') return { status: 405, error: 'use GET or POST' };
  const body = getRequestBody() ?? '';
  if (body.length > maxBodyBytes) return { status: 413, error: 'the body is larger than ' + maxBodyBytes + ' bytes' };
  const parsed = toObject(JSON.parse(body));
  if (parsed === undefined) return { status: 400, error: 'the body must be a JSON object' };
  if (parsed[VERSION_PARAM] !== PROTOCOL_VERSION) return { status: 400, error: 'unsupported protocol version' };
  if (getType(parsed.events) !== 'array') return { status: 400, error: 'events: must be an array' };
  return checked(toList(parsed.events), maxEvents, false);
}
