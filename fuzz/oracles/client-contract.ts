/**
 * What the Pinterest client promises (docs/event-protocol.md) about what it produces from a request:
 * event data holds only the keys the client sets (custom properties under their prefix), the address
 * and user agent come from the request itself, times are clamped to the server clock, page URLs
 * carry no query string or fragment; cookies hold only RFC 6265 cookie-octets with attributes nobody
 * injected and no time after now; every error answer is JSON with `nosniff`.
 */
import { CLICK_ID_TIME_COOKIE } from '../../server-template/client/src/choices';
import { CLIENT_EVENT_DATA_KEYS, CUSTOM_PROPERTY_PREFIX } from '../../pinterest/forwarding-protocol';
import type { World } from '../../gtm-sandbox/world/world';
import { finding, type Finding } from './finding';
import { hasControl } from './text';

/** RFC 6265 §4.1.1 cookie-octet: visible ASCII without DQUOTE, comma, semicolon and backslash. */
const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;
const IP_TEXT = /^[0-9a-fA-F.:]{2,45}$/;

const header = (world: World, name: string): string => {
  const value = Object.entries(world.request.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  // Repeated headers read as one, joined with ", " (gtm-sandbox/apis/server/request-parts.ts, as HTTP joins them).
  return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
};

function pageUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not text';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'is not an http(s) URL';
  if (value.includes('?') || value.includes('#')) return 'keeps a query string or fragment';
  return undefined;
}

function eventFindings(event: Record<string, unknown>, world: World, now: number): Finding[] {
  const out: Finding[] = [];
  for (const key of Object.keys(event)) {
    if (!CLIENT_EVENT_DATA_KEYS.includes(key) && !key.startsWith(CUSTOM_PROPERTY_PREFIX)) out.push(finding('invalid', 'event data key outside the protocol', key.slice(0, 100)));
  }
  const addresses = [world.request.remoteAddress, header(world, 'x-forwarded-for'), header(world, 'forwarded')].join(' ');
  const ip = event.ip_override;
  if (ip !== undefined && (typeof ip !== 'string' || !IP_TEXT.test(ip) || !addresses.includes(ip))) out.push(finding('invalid', 'ip_override is not the request\'s address', JSON.stringify(ip)));
  const agent = event.user_agent;
  if (agent !== undefined && agent !== header(world, 'user-agent').trim()) out.push(finding('invalid', 'user_agent is not the request\'s User-Agent', JSON.stringify(agent)?.slice(0, 200) ?? ''));
  if (typeof event.event_time === 'number' && event.event_time > now) out.push(finding('invalid', 'event_time after the server clock', String(event.event_time)));
  if (event.event_time !== undefined && typeof event.event_time !== 'number') out.push(finding('invalid', 'event_time is not a number', JSON.stringify(event.event_time)));
  for (const key of ['page_location', 'page_referrer']) {
    const problem = event[key] === undefined ? undefined : pageUrlProblem(event[key]);
    if (problem) out.push(finding('invalid', `${key} ${problem}`, JSON.stringify(event[key])?.slice(0, 200) ?? ''));
  }
  return out;
}

function cookieFindings(world: World, now: number): Finding[] {
  const out: Finding[] = [];
  for (const cookie of world.cookiesSet) {
    if (!COOKIE_OCTETS.test(cookie.name) || cookie.name === '') out.push(finding('invalid', 'cookie name outside RFC 6265 tokens', JSON.stringify(cookie.name)));
    if (!COOKIE_OCTETS.test(cookie.value)) out.push(finding('invalid', 'cookie value outside RFC 6265 cookie-octets (cookie injection)', JSON.stringify(cookie.value).slice(0, 200)));
    for (const [name, value] of Object.entries(cookie.options)) {
      if (typeof value === 'string' && (value.includes(';') || hasControl(value))) out.push(finding('invalid', `cookie attribute ${name} injects attributes`, JSON.stringify(value)));
    }
    if (cookie.name === CLICK_ID_TIME_COOKIE && !(Number(cookie.value) <= now)) out.push(finding('invalid', 'the click id time cookie is not a time up to now', cookie.value));
  }
  return out;
}

function responseFindings(world: World): Finding[] {
  const response = world.response;
  if (!response.returned || response.status < 400) return [];
  const out: Finding[] = [];
  const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (!/^application\/json\b/.test(headers['content-type'] ?? '')) out.push(finding('invalid', 'an error answer without a JSON content type', `${response.status} ${headers['content-type'] ?? '(none)'}`));
  if ((headers['x-content-type-options'] ?? '').toLowerCase() !== 'nosniff') out.push(finding('invalid', 'an error answer without X-Content-Type-Options: nosniff', String(response.status)));
  return out;
}

export function clientContractFindings(world: World, now: number): Finding[] {
  return [...world.events.flatMap((event) => eventFindings(event, world, now)), ...cookieFindings(world, now), ...responseFindings(world)];
}
