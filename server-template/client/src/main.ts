/**
 * Pinterest client by pinterest-gtm: claims requests on its path that carry events from the
 * pinterest-gtm web tag (or a site's backend), validates them strictly, runs the container once per event
 * with event data the Conversions API tag reads as is, keeps the click id in a first-party cookie, and
 * answers when every event has run. Requests on other paths are left to other clients.
 */
import { claimRequest, getRemoteAddress, getRequestHeader, getRequestMethod, getRequestPath, getTimestampMillis, logToConsole, runContainer } from '../../../gtm-sandbox/import/server';
import type { SandboxObject } from '../../../gtm-sandbox/types/values';
import { eventDataFromForwarded } from '../../../pinterest/forwarded-event-data';
import { DEFAULT_PATH, MAX_BATCH_EVENTS, MAX_BODY_BYTES } from '../../../pinterest/forwarding-protocol';
import { toInteger, toText } from '../../../pinterest/values';
import { DEFAULT_MAX_AGE_DAYS } from './choices';
import { keepClickId } from './click-id-cookie';
import type { ClientData } from './client-data';
import { allowOrigin, originAllowed, requestOrigin } from './cors';
import { readIncoming } from './incoming-events';
import { answerDone, answerError } from './respond';

declare const data: ClientData;

const bounded = (value: unknown, fallback: number, max: number): number => {
  const n = toInteger(value);
  return n === undefined || n < 1 ? fallback : n > max ? max : n;
};

export function main(): void {
  if (getRequestPath() !== (toText(data.path) ?? DEFAULT_PATH)) return;
  claimRequest();
  const origin = requestOrigin();
  const allowed = origin !== undefined && originAllowed(data.allowedOrigins, origin);
  if (getRequestMethod() === 'OPTIONS') {
    if (!allowed) {
      answerError(403, 'origin not allowed');
      return;
    }
    allowOrigin(origin as string, true);
    answerDone(false);
    return;
  }
  if (origin !== undefined && getRequestMethod() === 'POST' && !allowed) {
    answerError(403, 'origin not allowed');
    return;
  }
  if (allowed) allowOrigin(origin as string, false);
  const incoming = readIncoming(bounded(data.maxEvents, MAX_BATCH_EVENTS, MAX_BATCH_EVENTS), bounded(data.maxBodyBytes, MAX_BODY_BYTES, MAX_BODY_BYTES));
  if (incoming.events === undefined) {
    logToConsole('[Pinterest client] rejected: ' + (incoming.error ?? ''));
    answerError(incoming.status ?? 400, incoming.error ?? 'bad request');
    return;
  }
  const events = incoming.events;
  if (data.setClickIdCookie !== false) {
    keepClickId(events, getTimestampMillis(), bounded(data.cookieMaxAgeDays, DEFAULT_MAX_AGE_DAYS, 400), toText(data.cookieDomain) ?? 'auto');
  }
  const facts = { ip: toText(getRemoteAddress()), userAgent: toText(getRequestHeader('user-agent')) };
  let pending = events.length;
  for (let i = 0; i < events.length; i++) {
    runContainer(eventDataFromForwarded(events[i], facts) as SandboxObject, () => {
      pending--;
      if (pending === 0) answerDone(incoming.asPixel === true);
    });
  }
}
