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
import { MAX_BATCH_EVENTS, MAX_BODY_BYTES, SECRET_HEADER } from '../../../pinterest/forwarding-protocol';
import { toText, withDefaults } from '../../../pinterest/values';
import { DEFAULT_MAX_AGE_DAYS, DEFAULT_PROXY_HOPS, MAX_PROXY_HOPS } from './choices';
import { keepClickId } from './click-id-cookie';
import { FIELD_DEFAULTS } from './field-defaults';
import type { ClientData } from './client-data';
import { allowedOrigin, allowOrigin } from './cors';
import { readIncoming } from './incoming-events';
import { requestFacts } from './request-facts';
import { answerDone, answerError } from './respond';
import { eventLimit } from './shared-secret';
import { notFromSite, siteHosts } from './site-check';

// APIs are required where they are used: a request on another path (most of a server container's traffic)
// costs one getRequestPath call, not a require() of every API the client can use.
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

declare const data: ClientData;

/**
 * A numeric field as a whole number from 1 to max, else the fallback. Fields are the operator's typed text:
 * unary plus reads it as makeNumber() does (junk is NaN, which is not >= 1), without an API call.
 */
const bounded = (value: unknown, fallback: number, max: number): number => {
  const n = +(value as string);
  return n >= 1 ? (n > max ? max : n - (n % 1)) : fallback;
};

function refuse(status: number, error: string): void {
  require('logToConsole')('[Pinterest client] rejected: ' + error);
  answerError(status, error);
}

export function main(): void {
  // Fields a client was saved without (added by later versions) read as their UI defaults.
  const settings = withDefaults(data, FIELD_DEFAULTS);
  // The field's validator keeps it a path under /pinterest/; it is only compared, never used otherwise.
  if (require('getRequestPath')() !== settings.path) return;
  require('claimRequest')();
  const method = require('getRequestMethod')();
  // A browser sends Origin on preflights, POSTs and cross-origin fetches: only the allowed origins may use the endpoint.
  const origin = toText(require('getRequestHeader')('origin'));
  const allowed = origin === undefined ? '' : allowedOrigin(settings.allowedOrigins, origin);
  if (allowed === undefined || (method === 'OPTIONS' && allowed === '')) return refuse(403, 'origin: not allowed');
  if (allowed !== '') allowOrigin(allowed, method === 'OPTIONS');
  if (method === 'OPTIONS') return answerDone(false);
  // Amplification guard: without the shared secret, one request runs at most a few events.
  const maxEvents = eventLimit(method, settings.sharedSecret, bounded(settings.maxEvents, MAX_BATCH_EVENTS, MAX_BATCH_EVENTS));
  if (maxEvents === 0) return refuse(403, SECRET_HEADER + ': does not match');
  const incoming = readIncoming(method, maxEvents, bounded(settings.maxBodyBytes, MAX_BODY_BYTES, MAX_BODY_BYTES));
  if (incoming.events === undefined) return refuse(incoming.status as number, incoming.error as string);
  const events = incoming.events;
  // A GET is the web tag's pixel: it must come from the site's own pages (src/site-check.ts).
  const notSite = incoming.asPixel ? notFromSite(siteHosts(settings.siteHosts, settings.allowedOrigins), events[0].page_location) : undefined;
  if (notSite !== undefined) return refuse(403, notSite);
  const facts = requestFacts(bounded(settings.trustedProxyHops, DEFAULT_PROXY_HOPS, MAX_PROXY_HOPS));
  if (settings.setClickIdCookie !== false) {
    keepClickId(events, facts.now, bounded(settings.cookieMaxAgeDays, DEFAULT_MAX_AGE_DAYS, 400), settings.cookieDomain);
  }
  let pending = events.length;
  for (let i = 0; i < events.length; i++) {
    require('runContainer')(eventDataFromForwarded(events[i], facts) as SandboxObject, () => {
      pending--;
      if (pending === 0) answerDone(incoming.asPixel as boolean);
    });
  }
}
