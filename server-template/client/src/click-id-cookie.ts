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
import { toText } from '../../../pinterest/values';
import { CLICK_ID_COOKIE, CLICK_ID_TIME_COOKIE } from './choices';

// The cookie APIs are required only when an event carries a click id from the page URL.
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/**
 * The cookie's Domain: "auto" (GTM picks the registrable domain) or a host name (letters, digits, dots and
 * hyphens, RFC 1034 §3.5). Anything else from the field (say "evil.example; HttpOnly") would add cookie
 * attributes, so it falls back to "auto".
 */
export function cookieDomainOf(value: unknown): string {
  const domain = (toText(value) || 'auto').toLowerCase();
  for (let i = 0; i < domain.length; i++) if ('abcdefghijklmnopqrstuvwxyz0123456789.-'.indexOf(domain.charAt(i)) === -1) return 'auto';
  return domain.length > 253 ? 'auto' : domain;
}

/**
 * Sets _epik (and its time) from the newest click id from a page URL among the validated events whose page
 * did not deny ad_storage, unless the stored one is newer or the same. Every time is clamped to `now`.
 */
export function keepClickId(events: ForwardedEvent[], now: number, maxAgeDays: number, domain: unknown): boolean {
  let value: string | undefined;
  let time = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.click_id_from_url !== true || event.click_id === undefined || (event.consent !== undefined && event.consent.ad_storage === 'denied')) continue;
    const eventTime = event.event_time === undefined || event.event_time > now ? now : event.event_time;
    if (value === undefined || eventTime >= time) {
      value = event.click_id;
      time = eventTime;
    }
  }
  if (value === undefined) return false;
  const getCookieValues = require('getCookieValues');
  // We only ever write clamped times: a stored time after now (or junk, NaN) was planted, and counts for nothing.
  const stored = +(getCookieValues(CLICK_ID_TIME_COOKIE)[0] || 'none');
  if (stored <= now && (stored > time || getCookieValues(CLICK_ID_COOKIE)[0] === value)) return false;
  const options = { domain: cookieDomainOf(domain), path: '/', 'max-age': maxAgeDays * 86400, secure: true, sameSite: 'Lax' as const, httpOnly: false };
  const setCookie = require('setCookie');
  setCookie(CLICK_ID_COOKIE, value, options);
  setCookie(CLICK_ID_TIME_COOKIE, '' + time, options);
  return true;
}
