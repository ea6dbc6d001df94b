/**
 * Hostile inputs for the Conversions API tag: event data in GA4's shape and in the Pinterest client's,
 * settings as variables can fill them (tokens with CR/LF and spaces, junk tables, any type), and
 * every answer Pinterest can give (https://developers.pinterest.com/docs/api/v5/events-create:
 * 200 with per-event results, 400/401/403 Error, 422 DetailedError with per-event details, 429, 5xx),
 * plus malformed bodies and transport failures, one answer per attempt.
 */
import { CANARY } from '../canaries';
import type { Rng } from '../prng';
import { hexDigest, hostileText, identifier, junkObject, junkValue, mostly, scalarJunk, setOwn } from '../values';
import { clickIdValue, ga4Items, GA4_EVENTS, pageUrl } from './page-inputs';

const CAPI_NAMES = ['page_visit', 'checkout', 'add_to_cart', 'lead', 'signup', 'search', 'view_category', 'custom', 'My_Event', 'not valid!'];
const IPS = ['203.0.113.9', '203.0.113.9:5123', '[2001:db8::1]:443', '2001:db8::1', '198.51.100.1, 10.0.0.1', '::ffff:192.0.2.1', '999.1.1.1', 'unknown'];

function ip(rng: Rng): unknown {
  return mostly(rng, 0.8, () => (rng.chance(0.1) ? hexDigest(rng) : rng.pick(IPS)));
}

/** A user agent is raw text by design: junk, but never a canary (no template could tell it apart). */
function userAgent(rng: Rng): unknown {
  if (rng.chance(0.2)) return rng.chance(0.5) ? scalarJunk(rng) : hostileText(rng, { canaries: false });
  return rng.weighted<string>([[6, 'Mozilla/5.0 (X11; Linux x86_64)'], [1, hexDigest(rng)], [1, 'UA'.repeat(3000)], [1, 'Mozilla\r\nX: 1']]);
}

function ga4UserData(rng: Rng): unknown {
  if (rng.chance(0.1)) return junkValue(rng);
  const user: Record<string, unknown> = {};
  if (rng.chance(0.6)) user.email_address = mostly(rng, 0.8, () => rng.pick([CANARY.email, ` ${CANARY.email.toUpperCase()} `, [CANARY.email, 'x'], 'not an email']));
  if (rng.chance(0.4)) user.phone_number = mostly(rng, 0.8, () => rng.pick([CANARY.phone, '415-555-0142', '+14155550142']));
  if (rng.chance(0.2)) user.sha256_email_address = mostly(rng, 0.7, () => hexDigest(rng));
  if (rng.chance(0.5)) {
    const address = (): Record<string, unknown> => ({
      first_name: mostly(rng, 0.8, () => CANARY.firstName), last_name: mostly(rng, 0.8, () => CANARY.lastName),
      city: mostly(rng, 0.7, () => 'San Francisco'), region: mostly(rng, 0.7, () => rng.pick(['CA', 'California'])),
      postal_code: mostly(rng, 0.7, () => '94103'), country: mostly(rng, 0.7, () => rng.pick(['US', 'usa', 'United States'])),
    });
    user.address = rng.chance(0.3) ? [address(), address()] : address();
  }
  if (rng.chance(0.1)) Object.assign(user, junkObject(rng));
  return user;
}

/** Event data as the GA4 client produces it (https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data). */
function ga4Event(rng: Rng): Record<string, unknown> {
  const event: Record<string, unknown> = { event_name: mostly(rng, 0.9, () => rng.pick(GA4_EVENTS)) };
  const maybe = (p: number, key: string, good: () => unknown): void => { if (rng.chance(p)) event[key] = mostly(rng, 0.75, good); };
  // Identifiers are sent as they are, never judged by their shape (docs/event-protocol.md): no canaries there.
  const maybeId = (p: number, key: string, good: () => unknown): void => { if (rng.chance(p)) event[key] = identifier(rng, 0.75, good); };
  maybeId(0.4, 'event_id', () => rng.pick(['1772452800000.5.7', 'checkout_T-1', 'x'.repeat(300), 'checkout_2024-0615-0042']));
  maybeId(0.5, 'transaction_id', () => `T-${rng.int(1000)}`);
  maybe(0.6, 'value', () => rng.pick<unknown>([129.98, '59.80', 0, -1, '1,234', 1e21]));
  maybe(0.5, 'currency', () => rng.pick(['usd', 'EUR', 'EURO', '']));
  if (rng.chance(0.6)) event.items = ga4Items(rng);
  maybe(0.8, 'page_location', () => pageUrl(rng));
  maybe(0.2, 'page_referrer', () => pageUrl(rng));
  maybe(0.8, 'ip_override', () => ip(rng));
  if (rng.chance(0.8)) event.user_agent = userAgent(rng);
  if (rng.chance(0.6)) event.user_data = ga4UserData(rng);
  maybe(0.5, 'x-ga-gcs', () => rng.pick(['G111', 'G100', 'G101', 'G110', 'G1', 'junk']));
  maybe(0.3, 'x-ga-gcd', () => rng.pick(['11t1t1t1t5', '11p1p1p1p5', '13r3r3r3r5', 'xx']));
  maybe(0.1, 'email', () => CANARY.email);
  maybe(0.1, 'phone', () => CANARY.phone);
  maybe(0.1, 'user_id', () => rng.pick(['C-42', CANARY.email]));
  maybe(0.1, 'search_term', () => rng.pick(['vases', CANARY.email]));
  maybe(0.05, 'event_time', () => rng.pick<unknown>([1772452800, 1772452800000, 4102444800, 1000]));
  maybe(0.05, 'click_id', () => clickIdValue(rng));
  maybeId(0.05, 'partner_id', () => 'p-1'); // a partner's user id (RampID), an identifier
  return event;
}

/** Event data as the Pinterest client produces it (docs/event-protocol.md, "Event data produced"). */
function clientEvent(rng: Rng, now: number): Record<string, unknown> {
  const event: Record<string, unknown> = {
    event_name: mostly(rng, 0.9, () => rng.pick(CAPI_NAMES)), event_id: identifier(rng, 0.9, () => `${now}.${rng.int(1e9)}.${rng.int(500)}`),
    'x-pinterest-gtm-source': mostly(rng, 0.9, () => 'client'),
  };
  const maybe = (p: number, key: string, good: () => unknown): void => { if (rng.chance(p)) setOwn(event, key, mostly(rng, 0.8, good)); };
  maybe(0.8, 'event_time', () => rng.pick([now, now - 1000, now - 8 * 86400000, now + 3600000, Math.floor(now / 1000), now - 6 * 86400000]));
  maybe(0.8, 'page_location', () => pageUrl(rng));
  maybe(0.8, 'ip_override', () => ip(rng));
  if (rng.chance(0.8)) event.user_agent = userAgent(rng);
  maybe(0.4, 'click_id', () => clickIdValue(rng));
  maybe(0.4, 'value', () => rng.pick<unknown>([42.5, 0, '12']));
  maybe(0.4, 'currency', () => rng.pick(['EUR', 'usd']));
  maybe(0.3, 'transaction_id', () => 'T-77');
  if (rng.chance(0.4)) event.items = ga4Items(rng);
  maybe(0.5, 'user_data', () => ({ em: rng.pick([[hexDigest(rng)], [CANARY.email], hexDigest(rng), []]), external_id: [hexDigest(rng)] }));
  maybe(0.4, 'consent_state', () => ({ ad_storage: rng.pick(['granted', 'denied']), ad_user_data: rng.pick(['granted', 'denied', 'maybe']) }));
  maybe(0.1, 'opt_out_type', () => rng.pick(['LDP', 'x']));
  maybe(0.2, 'x-pinterest-custom-colour', () => rng.pick(['blue', CANARY.email]));
  maybe(0.1, 'lead_type', () => 'Demo');
  return event;
}

export function serverEvent(rng: Rng, now: number): Record<string, unknown> {
  const event = rng.chance(0.55) ? ga4Event(rng) : clientEvent(rng, now);
  // Cross-domain click id: GA's client id (the GA4 client's and ours), near misses and a canary; the client's marker.
  if (rng.chance(0.4)) event.client_id = mostly(rng, 0.8, () => rng.pick(['123456789.1700000000', '42.1', CANARY.email, 'GA1.1.1.2']));
  if (rng.chance(0.2)) event.click_id_from_url = mostly(rng, 0.8, () => true);
  if (rng.chance(0.05)) Object.assign(event, junkObject(rng));
  if (rng.chance(0.03)) {
    const key = rng.pick(['page_location', 'event_id', 'event_name']);
    event[key] = hostileText(rng, { huge: true, canaries: key !== 'event_id' });
  }
  return event;
}

const table = (rng: Rng, row: () => Record<string, unknown>): unknown => (rng.chance(0.1) ? junkValue(rng) : Array.from({ length: rng.between(0, 4) }, row));

export function serverTagSettings(rng: Rng): Record<string, unknown> {
  const settings: Record<string, unknown> = {
    adAccountId: mostly(rng, 0.9, () => rng.pick(['549755885175', ' 549755885175', '1'.repeat(19), '549/../1'])),
    accessToken: mostly(rng, 0.9, () => rng.weighted<string>([
      [6, CANARY.token], [1, ` ${CANARY.token} `], [1, `${CANARY.token}\r\nX-Injected: 1`], [1, `${CANARY.token} extra`], [1, `${CANARY.token}\n`], [0.5, ''],
    ])),
    logMode: mostly(rng, 0.9, () => rng.pick(['always', 'always', 'debug', 'off'])),
  };
  const maybe = (p: number, key: string, good: () => unknown): void => { if (rng.chance(p)) settings[key] = mostly(rng, 0.75, good); };
  maybe(0.2, 'testMode', () => rng.chance(0.5));
  maybe(0.3, 'eventNameSource', () => rng.pick(['inherit', 'standard', 'custom']));
  maybe(0.2, 'eventNameStandard', () => rng.pick(CAPI_NAMES));
  maybe(0.2, 'customEventName', () => rng.pick(['My_Event', 'has space', 'checkout']));
  maybe(0.2, 'eventNameMapping', () => table(rng, () => ({ ga4Event: rng.pick(GA4_EVENTS), pinterestEvent: rng.pick(CAPI_NAMES) })));
  maybe(0.3, 'unknownEvents', () => rng.pick(['skip', 'custom', 'passthrough']));
  maybe(0.3, 'userDataOverrides', () => table(rng, () => {
    const field = rng.chance(0.9) ? rng.pick(['em', 'ph', 'fn', 'ln', 'client_ip_address', 'client_user_agent', 'click_id', 'external_id', 'partner_id', 'xx']) : junkValue(rng);
    // A user agent and a partner id are raw text by design: no canaries there.
    const raw = field === 'client_user_agent' || field === 'partner_id';
    // A name is a canary only in a name field: elsewhere no template could tell it from other text.
    const names = field === 'fn' || field === 'ln' ? [CANARY.firstName, CANARY.lastName] : [];
    const value = raw ? rng.pick(['Mozilla/5.0', hexDigest(rng), 'p\r\n1'])
      : mostly(rng, 0.8, () => rng.pick<unknown>([CANARY.email, CANARY.phone, ...names, hexDigest(rng), '203.0.113.5', [CANARY.email]]));
    return { field, value };
  }));
  maybe(0.3, 'customDataOverrides', () => table(rng, () => {
    const field = mostly(rng, 0.9, () => rng.pick(['value', 'currency', 'content_ids', 'contents', 'num_items', 'order_id', 'search_string', 'np', 'unknown']));
    // Ids (order_id, content_ids, contents' ids) are sent as they are: canaries only in the free-text fields.
    const id = field === 'order_id' || field === 'content_ids' || field === 'contents';
    const good = (): unknown => rng.pick(['12.5', 'EUR', '["a","b"]', '[{"id":"a","quantity":1.5,"extra":1}]', '[1,2', 'a,b', id ? '2024-0615-0042' : CANARY.email, '-3', '3.7']);
    return { field, value: id ? identifier(rng, 0.8, good) : mostly(rng, 0.8, good) };
  }));
  maybe(0.3, 'defaultCurrency', () => rng.pick(['EUR', 'usd', 'EURO']));
  maybe(0.1, 'partnerName', () => rng.pick(['ss-partner', CANARY.email]));
  maybe(0.5, 'consentMode', () => rng.pick(['respect', 'limited', 'always']));
  if (rng.chance(0.3)) {
    settings.bigQueryLogging = mostly(rng, 0.9, () => true);
    settings.bigQueryDatasetId = mostly(rng, 0.9, () => 'pinterest');
    settings.bigQueryTableId = mostly(rng, 0.9, () => 'capi_logs');
  }
  if (rng.chance(0.4)) {
    settings.crossDomain = mostly(rng, 0.9, () => true);
    // Hostile domain lists: schemes, paths, IPs, upper case, a canary, suffix tricks.
    settings.crossDomainDomains = mostly(rng, 0.8, () => rng.pick(['shop.example, checkout.example', 'shop.example', 'https://shop.example/x, 10.0.0.1', 'SHOP.example', `${CANARY.email}, example`, ' , ,', 'hop.example,checkout.example.evil.test']));
    maybe(0.5, 'crossDomainCollection', () => rng.pick(['pinterest_click_ids', 'users', '../pinterest_click_ids', 'pinterest_click_ids/x/y', '']));
    maybe(0.3, 'crossDomainProjectId', () => rng.pick(['my-project', CANARY.email, '']));
  }
  maybe(0.4, 'maxRetries', () => rng.pick<unknown>(['0', '1', '2', '5', '9', '-1', 3, '2.5']));
  maybe(0.2, 'timeoutMs', () => rng.pick<unknown>(['5000', '1', '0', '-5']));
  return settings;
}

export type Answer = { status: number; body: string; headers?: Record<string, string> } | { error: 'failed' | 'timed_out' };

function answer(rng: Rng): Answer {
  const ok = JSON.stringify({ num_events_received: 1, num_events_processed: 1, events: [{ status: 'processed', error_message: null, warning_message: null }] });
  const eventsJunk = (): string => JSON.stringify({
    num_events_received: 1, num_events_processed: rng.pick([0, null]),
    events: rng.pick<unknown>([null, 'x', [null], [{ status: null }], [{ status: 'failed', error_message: null }], [{}], {}, [{ status: 'failed', warning_message: '<b>x</b>'.repeat(1000) }]]),
  });
  const detailed = (): string => JSON.stringify({
    code: 953, message: 'Some or all data provided is invalid',
    details: rng.pick<unknown>([null, [], 'x', { events: null }, { events: [null, { status: null, error_message: null }] }, { num_events_received: 1, events: [{ status: 'failed', error_message: null, warning_message: null }] }]),
  });
  const error = (code: number, message: string): string => JSON.stringify(rng.chance(0.8) ? { code, message } : rng.pick<unknown>([null, [], { code: null }, { message: [1] }]));
  return rng.weighted<() => Answer>([
    [6, () => ({ status: 200, body: ok })],
    [2, () => ({ status: rng.pick([200, 201, 204]), body: eventsJunk() })],
    [1, () => ({ status: 400, body: error(4196, 'Invalid request body') })],
    [1, () => ({ status: 401, body: error(2, 'Authentication failed.') })],
    [1, () => ({ status: 403, body: error(29, 'You are not permitted to access that resource.') })],
    [2, () => ({ status: 422, body: detailed() })],
    [2, () => ({ status: 429, body: error(8, 'Rate limit exceeded'), headers: { 'retry-after': rng.pick(['1', 'junk', '99999']) } })],
    [2, () => ({ status: rng.pick([500, 502, 503, 504]), body: error(4197, 'Endpoint ramped down, not accepting traffic') })],
    [2, () => ({ status: rng.pick([200, 400, 422, 500]), body: rng.pick(['', '<html>oops</html>', '{', 'null', '[]', '"x"', '{"events":', 'x'.repeat(100000)]) })],
    [1, () => ({ status: rng.pick([0, 100, 302, 418, 999, -1]), body: ok })],
    [2, () => ({ error: rng.pick(['failed', 'timed_out'] as const) })],
  ])();
}

/** One answer per attempt; the last one repeats when the tag tries more often. */
export function answers(rng: Rng): Answer[] {
  return Array.from({ length: rng.between(1, 7) }, () => answer(rng));
}
