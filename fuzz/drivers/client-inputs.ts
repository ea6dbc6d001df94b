/**
 * Hostile requests for the Pinterest client's public endpoint (docs/event-protocol.md): mostly-valid
 * events with one or more hostile mutations (reserved keys, raw contact data, cookie-injecting click
 * ids, far-future times, unicode, prototype keys), malformed and huge bodies, odd methods and paths,
 * hostile headers and Origins, the shared secret right, wrong and missing.
 */
import { CANARY, REFLECTION_PAYLOADS } from '../canaries';
import type { Rng } from '../prng';
import { hexDigest, hostileText, junkKey, junkValue, mostly, scalarJunk, setOwn } from '../values';
import { clickIdValue, pageUrl, percentEncode } from './page-inputs';

export const CLIENT_PATH = '/pinterest/events';
export const ALLOWED_ORIGIN = 'https://shop.example';
const RESERVED = ['ip_override', 'user_agent', 'page_location', 'partner_id', 'event_name', 'event_id', 'event_time', 'click_id', 'user_data', 'x-pinterest-gtm-source', 'consent_state'];

function lineItem(rng: Rng): Record<string, unknown> {
  return { product_id: `SKU-${rng.int(50)}`, product_name: rng.pick(['Vase', 'Ünïcödé 商品', 'Mug']), product_price: 12.5, product_quantity: rng.between(1, 3) };
}

/** A wire event the client accepts (docs/event-protocol.md, "Event"). */
function validEvent(rng: Rng, now: number): Record<string, unknown> {
  const event: Record<string, unknown> = {
    event_name: rng.pick(['page_visit', 'checkout', 'lead', 'add_to_cart', 'My_Event']), event_id: `${now}.${rng.int(1e9)}.${rng.int(500)}`,
    event_time: now - rng.int(60000), page_location: rng.pick(['https://shop.example/thanks', 'https://shop.example/p/1?utm_source=pinterest']),
  };
  if (rng.chance(0.5)) Object.assign(event, { click_id: 'dj0yJnU9' + 'AbC123-_'.repeat(rng.between(2, 8)), click_id_from_url: rng.chance(0.7) });
  const custom: Record<string, unknown> = {};
  if (rng.chance(0.6)) Object.assign(custom, { value: 42.5, currency: 'EUR' });
  if (rng.chance(0.3)) custom.line_items = Array.from({ length: rng.between(1, 3) }, () => lineItem(rng));
  if (rng.chance(0.4)) custom.colour = 'blue';
  if (Object.keys(custom).length > 0) event.custom_data = custom;
  if (rng.chance(0.5)) event.user_data = { em: [hexDigest(rng).toLowerCase()] };
  if (rng.chance(0.5)) event.consent = { ad_storage: rng.pick(['granted', 'denied']), ad_user_data: rng.pick(['granted', 'denied']) };
  return event;
}

const custom = (event: Record<string, unknown>): Record<string, unknown> => {
  if (typeof event.custom_data !== 'object' || event.custom_data === null || Array.isArray(event.custom_data)) event.custom_data = {};
  return event.custom_data as Record<string, unknown>;
};

/** One hostile change to an event: a field an attacker controls, set to what breaks things. */
const MUTATIONS: ((rng: Rng, event: Record<string, unknown>, now: number) => void)[] = [
  // An identifier is never judged by its shape (docs/event-protocol.md): no canaries planted in it, as in the other drivers.
  (rng, e) => { e.event_id = rng.pick(['checkout_2024-0615-0042', 'x'.repeat(257), hostileText(rng, { canaries: false }), rng.pick(REFLECTION_PAYLOADS)]); },
  (rng, e) => { e.event_name = mostly(rng, 0.5, () => rng.pick(['bad name', 'x'.repeat(101), rng.pick(REFLECTION_PAYLOADS)])); },
  (rng, e, now) => { e.event_time = rng.pick<unknown>([now + 10 * 365 * 86400000, Math.floor(now / 1000), 8.64e15, -1, String(now), null]); },
  (rng, e) => { e.page_location = pageUrl(rng); },
  (rng, e) => { e.page_referrer = rng.chance(0.8) ? pageUrl(rng) : junkValue(rng); },
  (rng, e) => { Object.assign(e, { click_id: clickIdValue(rng), click_id_from_url: rng.chance(0.8) ? true : junkValue(rng) }); },
  (rng, e) => { setOwn(custom(e), rng.pick(RESERVED), rng.pick<unknown>(['203.0.113.66', 'javascript:alert(1)//?epik=STOLEN', 'evil-ua', 'p-1', 'checkout', 12])); },
  // Free text holding an email address is refused; identifiers (order_id) and phone-shaped text are not judged by their shape.
  (rng, e) => { setOwn(custom(e), rng.pick(['note', 'colour', 'lead_source', 'search_query', 'lead_type']), rng.pick<unknown>([CANARY.email, ` ${CANARY.email} `, `ring ${CANARY.email}`])); },
  (rng, e) => { setOwn(custom(e), rng.pick(['note', 'Colour', 'x'.repeat(65), rng.pick(REFLECTION_PAYLOADS), '']), hostileText(rng)); },
  (rng, e) => { custom(e).line_items = rng.chance(0.5) ? Array.from({ length: rng.between(150, 400) }, () => lineItem(rng)) : junkValue(rng); },
  (rng, e) => { e.user_data = rng.pick<unknown>([{ em: [CANARY.email] }, { em: CANARY.email }, { ph: [CANARY.phone] }, junkValue(rng)]); },
  (rng, e) => { e.consent = rng.chance(0.5) ? { ad_storage: junkValue(rng) } : junkValue(rng); },
  (rng, e) => { setOwn(e, junkKey(rng), junkValue(rng)); },
  (rng, e) => { custom(e).value = junkValue(rng); },
];

/** A wire event: valid, then zero, one or a few hostile mutations. */
export function forwardedEvent(rng: Rng, now: number): unknown {
  if (rng.chance(0.03)) return junkValue(rng);
  const event = validEvent(rng, now);
  const mutations = rng.weighted<number>([[3, 0], [5, 1], [2, rng.between(2, 4)]]);
  for (let i = 0; i < mutations; i++) rng.pick(MUTATIONS)(rng, event, now);
  return event;
}

function body(rng: Rng, now: number): string {
  const events = Array.from({ length: rng.weighted<number>([[6, 1], [3, rng.between(2, 5)], [1, rng.between(6, 120)]]) }, () => forwardedEvent(rng, now));
  const envelope: Record<string, unknown> = { v: mostly(rng, 0.95, () => 1), events };
  if (rng.chance(0.05)) setOwn(envelope, junkKey(rng), junkValue(rng));
  const json = JSON.stringify(envelope, (_k, v: unknown) => (typeof v === 'function' ? null : v)) ?? '';
  return rng.weighted<() => string>([
    [8, () => json],
    [0.5, () => json.slice(0, rng.int(json.length))],
    [0.5, () => rng.pick(['', 'null', '[]', '"x"', '{"v":1}', '{"v":1,"events":{}}', '{"__proto__":{"v":1},"events":[]}', '{"v":1,"events":[],"v":2}'])],
    [0.5, () => { const n = rng.between(500, 20000); return `{"v":1,"events":[${'{"a":['.repeat(n)}1${']}'.repeat(n)}]}`; }],
    [0.5, () => `{"v":1,"events":[${JSON.stringify({ event_name: 'lead', event_id: 'L', custom_data: { note: rng.pick(['é', '😀', 'x']).repeat(rng.between(100000, 300000)) } })}]}`],
    [0.5, () => hostileText(rng, { huge: true })],
  ])();
}

function headers(rng: Rng, secret: unknown): Record<string, unknown> {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const out: Record<string, unknown> = {};
  if (rng.chance(0.8)) out['user-agent'] = rng.chance(0.8) ? rng.pick(['Mozilla/5.0 (X11; Linux x86_64)', hexDigest(rng), 'x'.repeat(600), 'UA\r\nX: 1']) : hostileText(rng, { canaries: false });
  if (rng.chance(0.25)) out.origin = rng.pick([ALLOWED_ORIGIN, ALLOWED_ORIGIN, 'https://SHOP.example', 'https://evil.example', 'null', rng.pick(REFLECTION_PAYLOADS), `${ALLOWED_ORIGIN}.evil.example`]);
  if (rng.chance(0.5)) out['content-type'] = rng.pick(['application/json', 'text/plain', 'application/json; charset=utf-8', hostileText(rng)]);
  if (rng.chance(0.9)) out['x-forwarded-for'] = forwardedFor(rng);
  if (rng.chance(0.1)) out.forwarded = rng.pick(['for=198.51.100.9', 'for="[2001:db8::1]:443"', 'for=' + rng.pick(REFLECTION_PAYLOADS)]);
  if (rng.chance(0.7)) out.host = rng.pick(['sgtm.shop.example', 'shop.example', 'sgtm.shop.example:443', 'sgtm.evil.example', '127.0.0.1:8788', '[::1]:8788', hostileText(rng, { canaries: false })]);
  if (rng.chance(0.5)) out['sec-fetch-site'] = rng.pick(['same-origin', 'same-site', 'cross-site', 'cross-site', 'none', 'CROSS-SITE', hostileText(rng, { canaries: false })]);
  if (rng.chance(0.3)) out['x-pinterest-gtm-secret'] = rng.pick([text(secret), 'wrong', CANARY.token, '', rng.pick(REFLECTION_PAYLOADS)]);
  if (rng.chance(0.2)) out.authorization = `Bearer ${CANARY.token}`;
  if (rng.chance(0.4)) out.referer = rng.chance(0.6) ? pageUrl(rng) : rng.pick(['https://popular.example/', 'https://www.shop.example/', 'https://shop.example.evil.example/', 'null', hostileText(rng)]);
  if (rng.chance(0.2)) out.cookie = `_epik=${clickIdValue(rng)}; session=${CANARY.token}`;
  if (rng.chance(0.1)) out['trace-id'] = rng.pick(REFLECTION_PAYLOADS);
  // Header values are text; a repeated header arrives as a list.
  const plain = (): string => hostileText(rng, { canaries: false });
  if (rng.chance(0.05)) setOwn(out, rng.pick(['x-evil', '__proto__', 'constructor', 'user-agent']), rng.chance(0.5) ? plain() : [plain(), plain()]);
  return out;
}

/**
 * X-Forwarded-For as the client receives it: what the caller wrote (any text, a forged address), then what
 * the proxies in front of the container appended: the address the front end saw (the visitor's, or an
 * internal one), and sometimes a load balancer's address after it.
 */
function forwardedFor(rng: Rng): string {
  const written = Array.from({ length: rng.weighted<number>([[5, 0], [3, 1], [2, rng.between(2, 4)]]) }, () => rng.pick([
    '203.0.113.66', '2001:db8::66', '8.8.8.8', '10.0.0.1', 'evil', '', ' ', hexDigest(rng), rng.pick(REFLECTION_PAYLOADS), '1.2.3.4:80', '[2001:db8::1]',
  ]));
  const appended = [rng.pick(['198.51.100.23', '198.51.100.23', '2001:db8::23', '2606:4700:4700::1111', '10.0.0.9', '127.0.0.1', '::1', 'fd00::9', '100.64.0.9', '192.168.1.9'])];
  if (rng.chance(0.3)) appended.push(rng.pick(['34.117.1.1', '35.191.0.1']));
  return [...written, ...appended].join(rng.pick([', ', ',', ' , ']));
}

export interface ClientRequest { method: string; path: string; query: Record<string, unknown>; headers: Record<string, unknown>; body: string; remoteAddress: string }

export function clientRequest(rng: Rng, now: number, secret: unknown): ClientRequest {
  const method = rng.weighted<string>([[5, 'POST'], [4, 'GET'], [0.5, 'OPTIONS'], [0.5, rng.pick(['PUT', 'DELETE', 'get', 'HEAD', '', 'POST\r\n'])]]);
  // The query string as the request line carries it (percent-encoded bytes), a repeated name allowed.
  const pairs: [string, string][] = [];
  if (method !== 'POST' || rng.chance(0.1)) {
    if (rng.chance(0.95)) pairs.push(['v', rng.chance(0.95) ? '1' : rng.pick(['2', '1.0', '', hostileText(rng)])]);
    if (rng.chance(0.9)) {
      const event = JSON.stringify(forwardedEvent(rng, now)) ?? '';
      const e = rng.weighted<string[]>([[8, [event]], [1, [event, '{}']], [1, [hostileText(rng, { huge: true })]]]);
      for (const value of e) pairs.push(['e', value]);
    }
    if (rng.chance(0.1)) pairs.push([rng.pick(['__proto__', rng.pick(REFLECTION_PAYLOADS), 'epik']), rng.pick(REFLECTION_PAYLOADS)]);
  }
  const path = rng.weighted<string>([[9, CLIENT_PATH], [1, rng.pick(['/pinterest/events/', '/PINTEREST/events', '/', `/pinterest/events/${REFLECTION_PAYLOADS[0]}`])]]);
  const query = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return {
    method, path: query === '' ? path : `${path}?${query}`, query: {}, headers: headers(rng, secret), body: method === 'GET' ? '' : body(rng, now),
    remoteAddress: rng.pick(['203.0.113.7', '2001:db8::7', '::1', 'junk']),
  };
}

/** The operator's settings: junk of any type, but no canaries or reflection markers (nothing of the visitor's). */
export function clientSettings(rng: Rng): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const junk = (): unknown => (rng.chance(0.5) ? scalarJunk(rng) : hostileText(rng, { canaries: false, reflections: false }));
  const maybe = (p: number, key: string, good: () => unknown): void => { if (rng.chance(p)) out[key] = rng.chance(0.8) ? good() : junk(); };
  maybe(0.1, 'path', () => CLIENT_PATH);
  maybe(0.6, 'allowedOrigins', () => rng.pick([ALLOWED_ORIGIN, `${ALLOWED_ORIGIN}, https://www.shop.example`, '*', '']));
  maybe(0.4, 'siteHosts', () => rng.pick(['shop.example', 'shop.example, bücher.example', 'https://shop.example', 'www.shop.example', '', ' , ']));
  maybe(0.4, 'trustedProxyHops', () => rng.pick<unknown>(['1', '2', '3', '0', '-1', '1.5', '100']));
  maybe(0.3, 'maxEvents', () => rng.pick<unknown>(['100', '1', '10', '0', '1000', 'x']));
  maybe(0.4, 'sharedSecret', () => rng.pick([CANARY.token, 's3cr3t-value-with-32-characters!!']));
  maybe(0.3, 'maxBodyBytes', () => rng.pick<unknown>(['512000', '100', '1000000', '-1']));
  maybe(0.2, 'setClickIdCookie', () => rng.chance(0.7));
  maybe(0.2, 'cookieMaxAgeDays', () => rng.pick<unknown>(['365', '0', '100000', '-5']));
  maybe(0.2, 'cookieDomain', () => rng.pick(['auto', 'shop.example', 'evil.example; HttpOnly', 'none']));
  return out;
}

/** Cookies the browser sends with the request (a click id cookie set earlier, junk, canaries). */
export function clientCookies(rng: Rng, now: number): Record<string, string> {
  const out: Record<string, string> = {};
  if (rng.chance(0.3)) out._epik = clickIdValue(rng);
  if (rng.chance(0.2)) out._pin_gtm_epik_ts = rng.pick([String(now - 1000), String(now + 1e12), 'x', '']);
  // GA's cookie, read for event data client_id (cross-domain click id): its shape, near misses, and a canary.
  if (rng.chance(0.3)) {
    out._ga = rng.pick(['GA1.1.123456789.1700000000', 'GA1.2.1.2', `GA1.1.${CANARY.email}.1`, CANARY.email, 'GA1.1.1.2; HttpOnly', `GA1.1.${'9'.repeat(60)}.1`, 'GA1.1.1e5.2', hostileText(rng)]);
  }
  if (rng.chance(0.05)) setOwn(out, junkKey(rng), hostileText(rng));
  return out;
}
