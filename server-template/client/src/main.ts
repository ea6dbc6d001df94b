/**
 * Pinterest client by pinterest-gtm: claims requests on its path that carry events from the
 * pinterest-gtm web tag (or a site's backend), validates them strictly, runs the container once per event
 * with event data the Conversions API tag reads as is, keeps the click id in a first-party cookie, and
 * answers when every event has run. Requests on other paths are left to other clients.
 * The endpoint is public: see docs/event-protocol.md for what it refuses and why.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import type { SandboxObject } from '../../../gtm-sandbox/types/values';
import { eventDataFromForwarded } from '../../../pinterest/forwarded-event-data';
import { DEFAULT_PATH, MAX_BATCH_EVENTS, MAX_BODY_BYTES, MAX_UNAUTHENTICATED_EVENTS, SECRET_HEADER } from '../../../pinterest/forwarding-protocol';
import { toInteger, toText, withDefaults } from '../../../pinterest/values';
import { DEFAULT_MAX_AGE_DAYS } from './choices';
import { keepClickId } from './click-id-cookie';
import { FIELD_DEFAULTS } from './field-defaults';
import type { ClientData } from './client-data';
import { allowedOrigin, allowOrigin, requestOrigin } from './cors';
import { readIncoming } from './incoming-events';
import { requestFacts } from './request-facts';
import { answerDone, answerError } from './respond';
import { callerOf } from './shared-secret';

// APIs are required where they are used: a request on another path (most of a server container's traffic)
// costs one getRequestPath call, not a require() of every API the client can use.
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

declare const data: ClientData;

const bounded = (value: unknown, fallback: number, max: number): number => {
  const n = toInteger(value);
  return n === undefined || n < 1 ? fallback : n > max ? max : n;
};

function refuse(status: number, error: string): void {
  require('logToConsole')('[Pinterest client] rejected: ' + error);
  answerError(status, error);
}

export function main(): void {
  // Fields a client was saved without (added by later versions) read as their UI defaults.
  const settings = withDefaults(data, FIELD_DEFAULTS);
  if (require('getRequestPath')() !== (toText(settings.path) ?? DEFAULT_PATH)) return;
  require('claimRequest')();
  const method = require('getRequestMethod')();
  const origin = requestOrigin();
  const allowed = origin === undefined ? undefined : allowedOrigin(settings.allowedOrigins, origin);
  if (method === 'OPTIONS') {
    if (allowed === undefined) return refuse(403, 'origin: not allowed');
    allowOrigin(allowed, true);
    answerDone(false);
    return;
  }
  if (origin !== undefined && method === 'POST' && allowed === undefined) return refuse(403, 'origin: not allowed');
  if (allowed !== undefined) allowOrigin(allowed, false);
  const caller = method === 'POST' ? callerOf(settings.sharedSecret) : 'anonymous';
  if (caller === 'wrong secret') return refuse(403, SECRET_HEADER + ': does not match');
  // Amplification guard: without the secret, one request runs at most a few events.
  const configured = bounded(settings.maxEvents, MAX_BATCH_EVENTS, MAX_BATCH_EVENTS);
  const maxEvents = caller === 'authenticated' || configured < MAX_UNAUTHENTICATED_EVENTS ? configured : MAX_UNAUTHENTICATED_EVENTS;
  const incoming = readIncoming(method, maxEvents, bounded(settings.maxBodyBytes, MAX_BODY_BYTES, MAX_BODY_BYTES));
  if (incoming.events === undefined) return refuse(incoming.status ?? 400, incoming.error ?? 'request: invalid');
  const events = incoming.events;
  const facts = requestFacts();
  if (settings.setClickIdCookie !== false) {
    keepClickId(events, facts.now, bounded(settings.cookieMaxAgeDays, DEFAULT_MAX_AGE_DAYS, 400), toText(settings.cookieDomain) ?? 'auto');
  }
  let pending = events.length;
  for (let i = 0; i < events.length; i++) {
    require('runContainer')(eventDataFromForwarded(events[i], facts) as SandboxObject, () => {
      pending--;
      if (pending === 0) answerDone(incoming.asPixel === true);
    });
  }
}
