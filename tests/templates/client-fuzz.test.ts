/**
 * A seeded campaign of hostile requests through the built client (real APIs): junk methods, bodies,
 * headers and events with planted canaries (markup, a raw email, the shared secret). Every request must be
 * answered without an exception, and no canary may come back in a response, reach event data, a cookie or a
 * log line. A phone-shaped text is planted too but is not a canary: there is no phone rule (an order number
 * can look like one; docs/event-protocol.md), and a custom property holding one is the sender's free text.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { CLIENT_EVENT_DATA_KEYS, CUSTOM_PROPERTY_PREFIX, MAX_UNAUTHENTICATED_EVENTS } from '../../pinterest/forwarding-protocol';
import { seededRandom } from '../../fuzz/prng';

const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template/client/template.tpl'), 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SEED = 20240613;
const REQUESTS = 150;
const SECRET = 'Fz8Qw2Er5Ty7Ui9Op1As3Df6Gh4Jk0Lm';
const MARK = '<canary onerror=x>';
const EMAIL = 'canary.jane@example.com';
const PHONE = '+44 20 7946 0958';
const CANARIES = ['canary', EMAIL, 'canary.jane%40example.com', SECRET];

const random = seededRandom(SEED);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
const deep = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

const STRINGS = [MARK, EMAIL, 'canary.jane%40example.com', PHONE, 'x'.repeat(3000), '😀'.repeat(300), 'a\ud800b', 'nul\u0000', 'X; Domain=evil.example',
  '__proto__', '', ' ', 'javascript:alert("canary")', '9'.repeat(400), 'Grüße ☕', 'https://canary.example/?email=' + EMAIL];
const VALUES = (): unknown[] => [...STRINGS, 0, -1, 1e308, 9999999999999, true, null, [], {}, deep(2000), { [MARK]: MARK }, [EMAIL]];
const KEYS = ['event_name', 'event_id', 'event_time', 'page_location', 'page_referrer', 'click_id', 'click_id_from_url', 'custom_data', 'user_data', 'opt_out_type', 'consent', MARK, '__proto__'];
const CUSTOM_KEYS = ['colour', 'ip_override', 'event_id', MARK, 'Email', 'contact', 'line_items', 'value', 'order_id', 'lead_type', '__proto__', 'constructor'];

/** An event the client should accept, built from edge cases: reserved names, unicode, far-future times, URL queries. */
function edgyEvent(): Record<string, unknown> {
  const custom: Record<string, unknown> = { [pick(CUSTOM_KEYS.filter((k) => /^[a-z_]+$/.test(k)))]: pick(['v1', 'Grüße ☕', '😀'.repeat(256), 7, false]) };
  // Now and then a raw email address (refused, so the request runs nothing) or a phone-shaped text (accepted).
  if (random() < 0.1) custom.contact = pick([PHONE, EMAIL, 'canary.jane%40example.com']);
  if (random() < 0.5) custom[pick(['ip_override', 'user_agent', 'page_location', 'partner_id', 'event_name', 'x_ga_gcs', 'email'])] = 'planted';
  const event: Record<string, unknown> = {
    event_name: pick(['lead', 'checkout', 'My_Event']), event_id: pick(['E-1', 'ид-😀', 'checkout_T-1']), custom_data: custom,
    page_location: pick(['https://shop.example/a', 'https://shop.example/thanks?email=' + EMAIL + '#x', 'https://bücher.example/grün']),
  };
  if (random() < 0.5) event.event_time = pick([Date.now() - 1000, 9999999999999, 0]);
  if (random() < 0.5) event.consent = pick([{ ad_storage: 'granted' }, { ad_user_data: 'denied' }, {}]);
  if (random() < 0.5) { event.click_id = pick(['dj0yJnU9b2JD', 'a+b/c==', 'EPIK-1']); event.click_id_from_url = random() < 0.7; }
  return event;
}

function hostileEvent(): Record<string, unknown> {
  const event = edgyEvent();
  for (let i = 0, m = 1 + Math.floor(random() * 3); i < m; i++) {
    const what = random();
    if (what < 0.4) event[pick(KEYS)] = pick(VALUES());
    else if (what < 0.75) event.custom_data = { ...(typeof event.custom_data === 'object' ? event.custom_data : {}), [pick(CUSTOM_KEYS)]: pick(VALUES()) };
    else if (what < 0.85) event.consent = pick([{ ad_storage: pick(['granted', 'denied', MARK]) }, { [MARK]: 'granted' }, MARK]);
    else if (what < 0.95) event.user_data = pick([{ em: [EMAIL] }, { em: ['a'.repeat(64)] }, { [MARK]: [] }, { em: 'x' }]);
    else { event.click_id = pick(STRINGS); event.click_id_from_url = true; }
  }
  return event;
}

function hostileRequest(): { request: Record<string, unknown>; secret: boolean } {
  const hostile = random() < 0.4;
  const method = hostile ? pick(['GET', 'POST', 'PUT', 'OPTIONS']) : pick(['GET', 'POST']);
  const secretHeader = pick(hostile ? [undefined, SECRET, 'wrong', MARK] : [undefined, undefined, SECRET]);
  // A hostile user agent is the request's own: it may pass through, so it carries another mark than the body's.
  const headers: Record<string, string> = { 'user-agent': hostile ? pick(['Mozilla/5.0', '<ua onerror=x>', 'U'.repeat(2000)]) : 'Mozilla/5.0' };
  const origin = hostile ? pick([undefined, 'https://shop.example', 'https://evil.example', MARK]) : pick([undefined, 'https://shop.example']);
  if (origin !== undefined) headers.origin = origin;
  if (secretHeader !== undefined) headers['x-pinterest-gtm-secret'] = secretHeader;
  const events = Array.from({ length: 1 + Math.floor(random() * (random() < 0.8 ? 3 : 8)) }, () => (hostile && random() < 0.6 ? hostileEvent() : edgyEvent()));
  const json = JSON.stringify({ v: hostile ? pick([1, 2, '1', MARK]) : 1, events });
  const body = hostile ? pick([json, json.slice(0, Math.floor(random() * json.length)), MARK, '']) : json;
  const query = { v: hostile ? pick(['1', MARK]) : '1', e: hostile ? pick([JSON.stringify(events[0]), MARK, 'x'.repeat(9000)]) : JSON.stringify(events[0]) };
  const remoteAddress = pick(['198.51.100.8', MARK, '2001:db8::1']);
  return { request: { method, path: '/pinterest/events', headers, body, query, remoteAddress }, secret: method === 'POST' && secretHeader === SECRET };
}

const plantedOnlyUnderPrefix = (event: Record<string, unknown>): boolean =>
  Object.keys(event).every((k) => event[k] !== 'planted' || k.startsWith(CUSTOM_PROPERTY_PREFIX));

test(`${REQUESTS} seeded hostile requests: always answered, nothing reflected or leaked`, async () => {
  const data = path.join(dir, 'data.json');
  fs.writeFileSync(data, JSON.stringify({ allowedOrigins: 'https://shop.example', sharedSecret: SECRET }));
  const counts = { exceptions: 0, unanswered: 0, reflections: 0, leaks: 0, tooMany: 0, badKeys: 0, badCookies: 0, future: 0, answered: 0 };
  let ran = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const { request, secret } = hostileRequest();
    const requestFile = path.join(dir, `r${i}.json`);
    fs.writeFileSync(requestFile, JSON.stringify(request));
    const started = Date.now();
    const report: RunReport = await runOnce(CLIENT, { data, request: requestFile });
    if (report.result !== 'success') counts.exceptions++;
    if (report.response === null || report.response === undefined) { counts.unanswered++; continue; }
    counts.answered++;
    const body = report.response.status === 200 ? '' : report.response.body;
    if (CANARIES.some((c) => body.includes(c)) || body.includes('<')) counts.reflections++;
    const events = (report.events ?? []) as Record<string, unknown>[];
    ran += events.length;
    const carried = JSON.stringify([events, report.cookiesSet, report.logs]);
    if (CANARIES.slice(1).some((c) => carried.includes(c)) || carried.includes('"planted"') && !events.every(plantedOnlyUnderPrefix)) counts.leaks++;
    if (!secret && events.length > MAX_UNAUTHENTICATED_EVENTS) counts.tooMany++;
    for (const event of events) {
      if (Object.keys(event).some((k) => !CLIENT_EVENT_DATA_KEYS.includes(k) && !k.startsWith(CUSTOM_PROPERTY_PREFIX))) counts.badKeys++;
      if (event['x-pinterest-gtm-source'] !== 'client' || event.ip_override === MARK || event.user_agent === MARK) counts.badKeys++;
      if (typeof event.event_time === 'number' && event.event_time > Date.now()) counts.future++;
      if (typeof event.event_time === 'number' && event.event_time < 0) counts.future++;
    }
    for (const cookie of report.cookiesSet as { value: string }[]) if (!/^[A-Za-z0-9%_.-]+$/.test(cookie.value)) counts.badCookies++;
    expect(started).toBeLessThanOrEqual(Date.now());
  }
  // The campaign must reach the paths that produce event data, not only the refusals.
  expect(ran).toBeGreaterThan(REQUESTS / 3);
  expect(counts).toEqual({ exceptions: 0, unanswered: 0, reflections: 0, leaks: 0, tooMany: 0, badKeys: 0, badCookies: 0, future: 0, answered: REQUESTS });
}, 240000);
