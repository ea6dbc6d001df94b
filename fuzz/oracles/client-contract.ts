/**
 * What the Pinterest client promises (docs/event-protocol.md) about what it produces from a request:
 * event data holds only the keys the client sets (custom properties under their prefix), the address is
 * the X-Forwarded-For entry the trusted proxies appended (never one the caller wrote) and a public one,
 * the user agent is the request's own, times are clamped to the server clock, page URLs carry no query
 * string or fragment; a GET from another site (marked cross-site, an Origin not allowed, a Referer or page
 * off the site's hosts) runs nothing and sets no cookie; cookies hold only RFC 6265 cookie-octets with
 * attributes nobody injected and no time after now; every error answer is JSON with `nosniff`.
 * The address and site rules are written here again with Node's own parts (net.BlockList, URL, tldts),
 * from the documentation, not from the template's code.
 */
import { BlockList, isIP } from 'node:net';
import { getDomain } from 'tldts';
import { CLICK_ID_TIME_COOKIE, DEFAULT_PROXY_HOPS, MAX_PROXY_HOPS } from '../../server-template/client/src/choices';
import { CLIENT_EVENT_DATA_KEYS, CUSTOM_PROPERTY_PREFIX } from '../../pinterest/forwarding-protocol';
import type { World } from '../../gtm-sandbox/world/world';
import { finding, type Finding } from './finding';
import { hasControl } from './text';

/** RFC 6265 §4.1.1 cookie-octet: visible ASCII without DQUOTE, comma, semicolon and backslash. */
const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

/** Not a visitor's address (IANA special-purpose registries, multicast; the documentation blocks are accepted). */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
function isPublicIp(ip: string): boolean {
  if (isIP(ip) === 4) return !NOT_PUBLIC.check(ip, 'ipv4');
  // IPv6: hex groups only (no zone, no dotted tail), in the global unicast space 2000::/3 outside 2001::/23.
  if (isIP(ip) !== 6 || ip.includes('.') || ip.includes('%')) return false;
  const [first, second] = ip.split(':').map((group) => parseInt(group === '' ? '0' : group, 16));
  return first >= 0x2000 && first <= 0x3fff && !(first === 0x2001 && second < 0x200);
}

export type ClientSettings = Record<string, unknown>;

/** A numeric field as the client reads it: a whole number from 1 to max, else the default. */
function bounded(value: unknown, fallback: number, max: number): number {
  const n = Number(value);
  return n >= 1 ? Math.min(max, Math.trunc(n)) : fallback;
}

/** The X-Forwarded-For entry the trusted proxies appended: `hops` from the right. */
function trustedEntry(world: World, settings: ClientSettings): string | undefined {
  const entries = header(world, 'x-forwarded-for').split(',');
  const hops = bounded(settings.trustedProxyHops, DEFAULT_PROXY_HOPS, MAX_PROXY_HOPS);
  return entries.length >= hops ? entries[entries.length - hops].trim() : undefined;
}

const hostOf = (text: string): string => {
  try {
    return new URL(text.includes('//') ? text : `https://${text}`).hostname;
  } catch {
    return '';
  }
};

/** The site's hosts as docs/event-protocol.md defines them ("Requests from other sites"). */
function siteHosts(world: World, settings: ClientSettings): string[] {
  const listed = [settings.siteHosts, settings.allowedOrigins].map((v) => (typeof v === 'string' ? v : '')).join(',').split(',')
    .map((e) => hostOf(e.trim())).filter((h) => h !== '');
  if (listed.length > 0) return listed;
  const own = hostOf(header(world, 'host'));
  return own === '' ? [] : [getDomain(own) ?? own];
}

/** Why a GET does not come from the site's pages, or undefined. */
function crossSite(world: World, settings: ClientSettings): string | undefined {
  if (world.request.method !== 'GET') return undefined;
  if (header(world, 'sec-fetch-site') === 'cross-site') return 'marked cross-site';
  const origin = header(world, 'origin');
  const allowed = String(settings.allowedOrigins ?? '').split(',').map((e) => e.trim().toLowerCase());
  if (origin.trim() !== '' && !allowed.includes(origin.trim().toLowerCase())) return 'from an Origin not allowed';
  const hosts = siteHosts(world, settings);
  const onSite = (url: string): boolean => { const host = hostOf(url); return host !== '' && hosts.some((h) => host === h || host.endsWith(`.${h}`)); };
  const referer = header(world, 'referer').trim();
  if (referer !== '' && !onSite(referer)) return 'with a Referer off the site';
  const query = world.request.query?.e;
  const e = typeof query === 'string' ? query : Array.isArray(query) ? query[0] : new URLSearchParams(world.request.path.split('?')[1] ?? '').get('e');
  let page: unknown;
  try {
    page = (JSON.parse(e ?? 'null') as { page_location?: unknown } | null)?.page_location;
  } catch { /* not JSON: the client refuses it anyway */ }
  return typeof page === 'string' && !onSite(page) ? 'from a page off the site' : undefined;
}

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

function eventFindings(event: Record<string, unknown>, world: World, now: number, settings: ClientSettings): Finding[] {
  const out: Finding[] = [];
  for (const key of Object.keys(event)) {
    if (!CLIENT_EVENT_DATA_KEYS.includes(key) && !key.startsWith(CUSTOM_PROPERTY_PREFIX)) out.push(finding('invalid', 'event data key outside the protocol', key.slice(0, 100)));
  }
  const ip = event.ip_override;
  if (ip !== undefined && ip !== trustedEntry(world, settings)) out.push(finding('invalid', 'ip_override is not the request\'s address', JSON.stringify(ip)?.slice(0, 200) ?? ''));
  else if (ip !== undefined && !isPublicIp(ip as string)) out.push(finding('invalid', 'ip_override is a private or reserved address', JSON.stringify(ip)));
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

/** A request from another site's page ran events or set a cookie. */
function siteFindings(world: World, settings: ClientSettings): Finding[] {
  const why = world.events.length > 0 || world.cookiesSet.length > 0 ? crossSite(world, settings) : undefined;
  return why === undefined ? [] : [finding('invalid', 'a GET from another site ran events or set a cookie', why)];
}

export function clientContractFindings(world: World, now: number, settings: ClientSettings = {}): Finding[] {
  return [
    ...world.events.flatMap((event) => eventFindings(event, world, now, settings)), ...siteFindings(world, settings), ...cookieFindings(world, now), ...responseFindings(world),
  ];
}
