/**
 * First-party click id: when an event's click id came from the page URL (an ad click), the server sets
 * `_epik` itself, so Safari's 7-day cap on script-set cookies does not cut Pinterest's attribution
 * window (up to 30 days). Secure, SameSite=Lax, readable by Pinterest's tag (not HttpOnly). A companion
 * cookie holds when it was written, so an older event never overwrites a newer click id.
 * https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies
 *
 * Hostile input: the click id has passed the protocol's alphabet check (pinterest/text-rules.ts) and is
 * still written with setCookie's encoding on (never noEncode), so no value can add cookie attributes;
 * every time is clamped to the server's clock, so a far-future event_time (or a planted timestamp
 * cookie) cannot lock the cookie against later genuine click ids; and an event whose page denied
 * ad_storage sets no cookie (https://developers.google.com/tag-platform/security/concepts/consent-mode).
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#setcookie
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import type { ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { toNumber, toText } from '../../../pinterest/values';
import { CLICK_ID_COOKIE, CLICK_ID_TIME_COOKIE } from './choices';

// The cookie APIs are required only when an event carries a click id from the page URL.
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

const atMost = (time: number, now: number): number => (time > now ? now : time);

/** The newest click id from the page URL among the events allowed to store one, with its time. */
function newestClickId(events: ForwardedEvent[], now: number): { value: string; time: number } | undefined {
  let newest: { value: string; time: number } | undefined;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.click_id_from_url !== true || event.click_id === undefined) continue;
    if (event.consent !== undefined && event.consent.ad_storage === 'denied') continue;
    const time = atMost(toNumber(event.event_time) ?? now, now);
    if (newest === undefined || time >= newest.time) newest = { value: event.click_id, time: time };
  }
  return newest;
}

/**
 * The cookie's Domain: "auto" (GTM picks the registrable domain) or a host name (letters, digits, dots and
 * hyphens, RFC 1034 §3.5). Anything else from the field (say "evil.example; HttpOnly") would add cookie
 * attributes, so it falls back to "auto".
 */
export function cookieDomainOf(value: unknown): string {
  const text = toText(value);
  if (text === undefined || text.length > 253) return 'auto';
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '-')) return 'auto';
  }
  return lower;
}

export function keepClickId(events: ForwardedEvent[], now: number, maxAgeDays: number, domain: string): boolean {
  const newest = newestClickId(events, now);
  if (newest === undefined) return false;
  // We only ever write clamped times: a stored time after now was planted, and counts for nothing.
  const getCookieValues = require('getCookieValues');
  const stored = toNumber(getCookieValues(CLICK_ID_TIME_COOKIE)[0]);
  const storedTime = stored === undefined || stored > now ? undefined : stored;
  if (storedTime !== undefined && storedTime > newest.time) return false;
  if (toText(getCookieValues(CLICK_ID_COOKIE)[0]) === newest.value && storedTime !== undefined) return false;
  const options = { domain: cookieDomainOf(domain), path: '/', 'max-age': maxAgeDays * 86400, secure: true, sameSite: 'Lax' as const, httpOnly: false };
  const setCookie = require('setCookie');
  setCookie(CLICK_ID_COOKIE, newest.value, options);
  setCookie(CLICK_ID_TIME_COOKIE, '' + newest.time, options);
  return true;
}
