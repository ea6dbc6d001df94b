/**
 * The Conversions API tag as users run it: the built template.tpl through `gtm-sandbox run` with real
 * APIs, outgoing HTTP answered by scripted responses, and every request body validated against
 * schemas/conversion-events.schema.json.
 */
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld } from '../../gtm-sandbox/world/world';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { EVENT_DATA_KEYS } from '../../server-template/tag/src/choices';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const TAG = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template', 'tag', 'template.tpl'), 'utf8'));
const WEB_TAG = parseTemplate(fs.readFileSync(path.join(ROOT, 'web-template', 'tag', 'template.tpl'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'conversion-events.schema.json'), 'utf8')));
const file = jsonFiles('server-tag-run');
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const OK = { url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' };

const settings = (extra: Record<string, unknown> = {}) => ({ adAccountId: '549755885175', accessToken: 'pina_TOKEN', logMode: 'always', ...extra });
const purchaseEvent = (extra: Record<string, unknown> = {}) => ({
  event_name: 'purchase', transaction_id: 'T-1001', value: 129.98, currency: 'usd', page_location: 'https://shop.example/thanks',
  ip_override: '203.0.113.9:5123', user_agent: 'Mozilla/5.0 (X11)', 'x-ga-gcs': 'G111',
  items: [
    { item_id: 'SKU-1', item_name: 'Vase', item_category: 'Home', item_brand: 'Acme', price: 64.99, quantity: 1 },
    { item_id: 'SKU-2', item_name: 'Mug', item_category: 'Kitchen', item_brand: 'Acme', price: 32.495, quantity: 2 },
  ],
  user_data: { email_address: ' Jane@Example.com ', phone_number: '+1 (650) 555-1234' },
  ...extra,
});

async function send(event: unknown, options: { data?: Record<string, unknown>; respond?: unknown[]; cookies?: Record<string, string> } = {}): Promise<RunReport> {
  return runOnce(TAG, {
    data: file(settings(options.data)), event: file(event), respond: file(options.respond ?? [OK]), cookies: file(options.cookies ?? {}),
  });
}
const body = (report: RunReport, i = 0) => JSON.parse((report.http as { body: string }[])[i].body);

test('a GA4 purchase becomes one valid checkout request with the Bearer token', async () => {
  const report = await send(purchaseEvent(), { cookies: { _epik: 'dj0yEPIKCOOKIE1' } });
  expect(report.result).toBe('success');
  expect(report.http).toHaveLength(1);
  const request = (report.http as { url: string; headers: Record<string, string> }[])[0];
  expect(request.url).toBe('https://api.pinterest.com/v5/ad_accounts/549755885175/events');
  expect(request.headers).toEqual({ Authorization: 'Bearer pina_TOKEN', 'Content-Type': 'application/json' });
  const sent = body(report);
  expect(validate(sent)).toBe(true);
  const event = sent.data[0];
  expect(event).toMatchObject({ event_name: 'checkout', action_source: 'web', event_id: 'checkout_T-1001', event_source_url: 'https://shop.example/thanks' });
  expect(event.custom_data).toEqual({
    currency: 'USD', value: '129.98', order_id: 'T-1001', num_items: 3, content_ids: ['SKU-1', 'SKU-2'],
    contents: [
      { id: 'SKU-1', item_price: '64.99', quantity: 1, item_name: 'Vase', item_category: 'Home', item_brand: 'Acme' },
      { id: 'SKU-2', item_price: '32.5', quantity: 2, item_name: 'Mug', item_category: 'Kitchen', item_brand: 'Acme' },
    ],
  });
  expect(event.user_data).toEqual({
    em: [sha('jane@example.com')], ph: [sha('16505551234')], client_ip_address: '203.0.113.9', client_user_agent: 'Mozilla/5.0 (X11)', click_id: 'dj0yEPIKCOOKIE1',
  });
});

test('nothing is sent when the event says ad storage is denied (x-ga-gcs G100)', async () => {
  const report = await send(purchaseEvent({ 'x-ga-gcs': 'G100' }));
  expect(report.result).toBe('success');
  expect(report.http).toEqual([]);
  expect(JSON.stringify(report.logs)).toContain('ad_storage is denied');
});

test('test mode adds test=true', async () => {
  const report = await send(purchaseEvent(), { data: { testMode: true } });
  expect((report.http as { url: string }[])[0].url).toBe('https://api.pinterest.com/v5/ad_accounts/549755885175/events?test=true');
});

test('a purchase without event_id gets the same id on every run, the id the web tag derived', async () => {
  const first = body(await send(purchaseEvent())).data[0].event_id;
  const second = body(await send(purchaseEvent())).data[0].event_id;
  const web = await runOnce(WEB_TAG, {
    data: file({ tagId: '2612345678901', eventName: 'auto' }),
    datalayer: file({ event: 'purchase', 'gtm.uniqueEventId': 9, ecommerce: { transaction_id: 'T-1001', value: 129.98, currency: 'USD' } }),
  });
  const track = (web.windowCalls as { args: unknown[] }[]).map((c) => c.args).find((a) => a[0] === 'track' && a[1] === 'checkout') as [string, string, { event_id: string }];
  expect([first, second]).toEqual([track[2].event_id, track[2].event_id]);
});

test.each([
  ['page_view', { event_name: 'page_view', page_location: 'https://shop.example/', ip_override: '2001:db8::1', user_agent: 'UA' }, 'page_visit'],
  ['add_to_cart', { event_name: 'add_to_cart', event_id: 'E-1', currency: 'EUR', value: '10', items: [{ item_id: 'A', price: '10', quantity: '1' }], ip_override: '198.51.100.1', user_agent: 'UA' }, 'add_to_cart'],
  ['generate_lead', { event_name: 'generate_lead', event_id: 'E-2', user_data: { sha256_email_address: sha('a@b.c').toUpperCase() } }, 'lead'],
  ['search', { event_name: 'search', event_id: 'E-3', search_term: 'vase', ip_override: '198.51.100.1', user_agent: 'UA' }, 'search'],
])('%s requests pass the schema', async (_name, event, expected) => {
  const report = await send(event);
  const sent = body(report);
  expect(validate(sent)).toBe(true);
  expect(sent.data[0].event_name).toBe(expected);
});

test('429 is retried twice with the same body, then the tag fails', async () => {
  const report = await send(purchaseEvent(), { respond: [{ url: 'https://api.pinterest.com/v5/', status: 429, body: '{"code":8,"message":"rate limited"}' }] });
  const http = report.http as { body: string }[];
  expect(http).toHaveLength(3);
  expect(new Set(http.map((h) => h.body)).size).toBe(1);
  expect(report.result).toBe('failure');
});

test('401 is not retried and fails with Pinterest\'s code logged; the token never appears in logs', async () => {
  const report = await send(purchaseEvent(), { respond: [{ url: 'https://api.pinterest.com/', status: 401, body: '{"code":2,"message":"Authentication failed."}' }] });
  expect(report.http).toHaveLength(1);
  expect(report.result).toBe('failure');
  const logs = JSON.stringify(report.logs);
  expect(logs).toContain('Authentication failed.');
  expect(logs).not.toContain('pina_TOKEN');
  expect(logs).not.toContain('203.0.113.9');
  expect(logs).not.toContain('Jane');
});

test.each([
  ['a 422 whose details hold nulls', { status: 422, body: '{"code":953,"message":"bad","details":{"events":[null,{"status":"failed","error_message":null}]}}' }, 'failure'],
  ['a 200 whose events are junk', { status: 200, body: '{"events":[null,"x",7,{"status":null}]}' }, 'success'],
  ['a 200 whose events are not a list', { status: 200, body: '{"events":"not a list"}' }, 'success'],
  ['a 200 that is not JSON', { status: 200, body: 'not json' }, 'success'],
  ['a 400 with an empty body', { status: 400, body: '' }, 'failure'],
  ['a transport failure', { error: 'failed' }, 'failure'],
  ['a timeout', { error: 'timed_out' }, 'failure'],
])('every answer ends the fire: %s', async (_what, answer, outcome) => {
  const report = await send(purchaseEvent(), { data: { maxRetries: '0' }, respond: [{ url: 'https://api.pinterest.com/', ...answer }] });
  expect(report.result).toBe(outcome);
  expect(report.http).toHaveLength(1);
});

test('Retries are capped at 5 whatever the field holds: a billion retries against a Pinterest answering 503 make 6 attempts', async () => {
  for (const maxRetries of ['1000000000', 1e9, '7']) {
    // Pinterest answers 503 to the first 50 attempts, then 200: without the cap the fire would end in success after 51.
    const world = createWorld({ eventData: purchaseEvent() });
    let attempts = 0;
    world.transport = async () => (++attempts <= 50 ? { status: 503, headers: {}, body: '' } : { status: 200, headers: {}, body: OK.body });
    const session = createSession(TAG, world);
    session.runCode(session.marshal.toSandbox(settings({ maxRetries })));
    await session.scheduler.drain();
    expect({ maxRetries, attempts, completion: session.completion }).toEqual({ maxRetries, attempts: 6, completion: 'failure' });
  }
});

test('the tag reads only EVENT_DATA_KEYS: an event cut down to them sends the same request and logs the same lines', async () => {
  const event = purchaseEvent({
    event_id: 'E-42', language: 'fr-fr', user_id: 'U-1', email: 'flat@example.com', phone: '+44 20 7946 0958', click_id: 'EPIK9', epik: 'EPIK8',
    partner_id: 'P-1', search_term: 'vase', content_name: 'Vases', content_category: 'Home', content_brand: 'Acme', opt_out_type: 'LDP',
    'x-ga-gcd': '13r3r3r3r5', action_source: 'web', consent_state: { ad_storage: 'granted' }, opt_out: false,
    // Keys the tag must not read: what GA4 and the Pinterest client also put in event data.
    page_referrer: 'https://shop.example/cart', page_title: 'Thanks', client_id: '1.2', 'x-ga-measurement_id': 'G-1', 'x-pinterest-custom-email': 'x@example.com',
    client_hints: { platform: 'Windows' }, coupon: 'PIN10', lead_type: 'Demo', 'x-pinterest-gtm-source': 'client', ecommerce: { value: 1 },
  });
  const listed = Object.fromEntries(Object.entries(event).filter(([key]) => EVENT_DATA_KEYS.includes(key)));
  expect(Object.keys(listed).length).toBeLessThan(Object.keys(event).length);
  const [all, cut] = [await send(event), await send(listed)];
  expect(body(all)).toEqual(body(cut));
  const lines = (report: RunReport) => JSON.stringify(report.logs).split(/"FireId\\?":\\?"[^"\\]*/).join('');
  expect(lines(all)).toBe(lines(cut));
});
