/**
 * The events a request carries (pinterest/forwarding-protocol.ts): the web tag's GET `?v=1&e=<json>`
 * or a POST `{"v": 1, "events": [...]}`; each one validated strictly. Any problem rejects the whole
 * request, so a half-valid batch never runs. Error texts are fixed or name protocol fields only.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { forwardedEventProblem } from '../../../pinterest/forwarded-event-validation';
import { EVENT_PARAM, MAX_GET_LENGTH, PROTOCOL_VERSION, VERSION_PARAM, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { isList, isObject } from '../../../pinterest/values';

// The request APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export interface Incoming { events?: ForwardedEvent[]; status?: number; error?: string; asPixel?: boolean }

const refused = (status: number, error: string): Incoming => ({ status: status, error: error });

/**
 * The UTF-8 size of a text in bytes, or undefined when it is not valid Unicode. encodeUriComponent
 * writes each UTF-8 byte of a non-ASCII or reserved character as one %XX, and each other character
 * as itself (https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuricomponent).
 */
export function utf8Length(text: string): number | undefined {
  const encoded = require('encodeUriComponent')(text);
  return encoded === undefined ? undefined : encoded.length - 2 * (encoded.split('%').length - 1);
}

/** 413 when the body is over maxBytes (UTF-8), 400 when it is not valid Unicode, else undefined. */
function bodySizeProblem(body: string, maxBytes: number): Incoming | undefined {
  // A UTF-16 unit is at least one UTF-8 byte and at most three: count exactly only in between.
  const bytes = body.length > maxBytes ? body.length : body.length * 3 <= maxBytes ? 0 : utf8Length(body);
  return bytes === undefined ? refused(400, 'body: must be UTF-8 text') : bytes > maxBytes ? refused(413, 'body: larger than ' + maxBytes + ' bytes') : undefined;
}

function checked(list: unknown[], maxEvents: number, asPixel: boolean): Incoming {
  if (list.length === 0) return refused(400, 'events: must not be empty');
  if (list.length > maxEvents) return refused(413, 'events: at most ' + maxEvents + ' events per request');
  for (let i = 0; i < list.length; i++) {
    const problem = forwardedEventProblem(list[i]);
    if (problem !== undefined) return refused(400, (list.length > 1 ? 'events[' + i + '].' : '') + problem);
  }
  return { events: list as ForwardedEvent[], asPixel: asPixel };
}

/** The events of a request whose method (getRequestMethod) the caller has read. */
export function readIncoming(method: string, maxEvents: number, maxBodyBytes: number): Incoming {
  const unsupported = refused(400, 'v: unsupported protocol version');
  if (method === 'GET') {
    // Query parameters are text: the version is compared as the text of PROTOCOL_VERSION.
    const getRequestQueryParameter = require('getRequestQueryParameter');
    if (getRequestQueryParameter(VERSION_PARAM) !== '' + PROTOCOL_VERSION) return unsupported;
    const param = getRequestQueryParameter(EVENT_PARAM);
    if (typeof param !== 'string') return refused(400, 'e: must be JSON');
    if (param.length > MAX_GET_LENGTH) return refused(413, 'e: longer than ' + MAX_GET_LENGTH + ' characters');
    const event = require('JSON').parse(param);
    return event === undefined ? refused(400, 'e: must be JSON') : checked([event], 1, true);
  }
  if (method !== 'POST') return refused(405, 'method: use GET or POST');
  const body = require('getRequestBody')() || '';
  const sizeProblem = bodySizeProblem(body, maxBodyBytes);
  if (sizeProblem !== undefined) return sizeProblem;
  const parsed = require('JSON').parse(body) as Record<string, unknown>;
  if (!isObject(parsed)) return refused(400, 'body: must be a JSON object');
  if (parsed[VERSION_PARAM] !== PROTOCOL_VERSION) return unsupported;
  return isList(parsed.events) ? checked(parsed.events as unknown[], maxEvents, false) : refused(400, 'events: must be an array');
}
