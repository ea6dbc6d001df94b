/**
 * The events a request carries (pinterest/forwarding-protocol.ts): the web tag's GET `?v=1&e=<json>`
 * or a POST `{"v": 1, "events": [...]}`; each one validated strictly. Any problem rejects the whole
 * request, so a half-valid batch never runs. Error texts are fixed or name protocol fields only.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { forwardedEventProblem } from '../../../pinterest/forwarded-event-validation';
import { EVENT_PARAM, MAX_GET_LENGTH, PROTOCOL_VERSION, VERSION_PARAM, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { isList, toList, toObject } from '../../../pinterest/values';

// The request APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export interface Incoming { events?: ForwardedEvent[]; status?: number; error?: string; asPixel?: boolean }

/**
 * The UTF-8 size of a text in bytes, or undefined when it is not valid Unicode. encodeUriComponent
 * writes each UTF-8 byte of a non-ASCII or reserved character as one %XX, and each other character
 * as itself (https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuricomponent).
 */
export function utf8Length(text: string): number | undefined {
  const encoded = require('encodeUriComponent')(text);
  if (encoded === undefined) return undefined;
  return encoded.length - 2 * (encoded.split('%').length - 1);
}

/** 413 when the body is over maxBytes (UTF-8), 400 when it is not valid Unicode, else undefined. */
function bodySizeProblem(body: string, maxBytes: number): Incoming | undefined {
  const tooLarge = { status: 413, error: 'body: larger than ' + maxBytes + ' bytes' };
  // A UTF-16 unit is at least one UTF-8 byte and at most three: count exactly only in between.
  if (body.length > maxBytes) return tooLarge;
  if (body.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(body);
  if (bytes === undefined) return { status: 400, error: 'body: must be UTF-8 text' };
  return bytes > maxBytes ? tooLarge : undefined;
}

function checked(list: unknown[], maxEvents: number, asPixel: boolean): Incoming {
  if (list.length === 0) return { status: 400, error: 'events: must not be empty' };
  if (list.length > maxEvents) return { status: 413, error: 'events: at most ' + maxEvents + ' events per request' };
  for (let i = 0; i < list.length; i++) {
    const problem = forwardedEventProblem(list[i]);
    if (problem !== undefined) return { status: 400, error: (list.length > 1 ? 'events[' + i + '].' : '') + problem };
  }
  return { events: list as ForwardedEvent[], asPixel: asPixel };
}

/** The events of a request whose method (getRequestMethod) the caller has read. */
export function readIncoming(method: string, maxEvents: number, maxBodyBytes: number): Incoming {
  if (method === 'GET') {
    // Query parameters are text: the version is compared as the text of PROTOCOL_VERSION.
    const getRequestQueryParameter = require('getRequestQueryParameter');
    if (getRequestQueryParameter(VERSION_PARAM) !== '' + PROTOCOL_VERSION) return { status: 400, error: 'v: unsupported protocol version' };
    const param = getRequestQueryParameter(EVENT_PARAM);
    if (typeof param === 'string' && param.length > MAX_GET_LENGTH) return { status: 413, error: 'e: longer than ' + MAX_GET_LENGTH + ' characters' };
    const event = typeof param === 'string' ? require('JSON').parse(param) : undefined;
    return event === undefined ? { status: 400, error: 'e: must be JSON' } : checked([event], 1, true);
  }
  if (method !== 'POST') return { status: 405, error: 'method: use GET or POST' };
  const body = require('getRequestBody')() ?? '';
  const sizeProblem = bodySizeProblem(body, maxBodyBytes);
  if (sizeProblem !== undefined) return sizeProblem;
  const parsed = toObject(require('JSON').parse(body));
  if (parsed === undefined) return { status: 400, error: 'body: must be a JSON object' };
  if (parsed[VERSION_PARAM] !== PROTOCOL_VERSION) return { status: 400, error: 'v: unsupported protocol version' };
  if (!isList(parsed.events)) return { status: 400, error: 'events: must be an array' };
  return checked(toList(parsed.events), maxEvents, false);
}
