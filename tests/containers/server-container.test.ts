/**
 * The fixture server container run by gtm-sandbox's server runtime over real HTTP: the Pinterest client
 * receives the web tag's request, the Conversions API tag fires on its events, and the Pinterest fake
 * validates and records what arrives. No real Pinterest host is reached: api.pinterest.com is routed.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer, type ServerContainer } from '../../gtm-sandbox/container/server-container';
import { createConversionsApiFake, type ConversionsApiFake } from '../../pinterest-fake/conversions-api';

const FILE = path.resolve(__dirname, '..', 'fixtures', 'containers', 'server-container.json');
const HASH = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
let fake: ConversionsApiFake;
let container: ServerContainer;
let base = '';
const closers: (() => void)[] = [];

beforeAll(async () => {
  fake = createConversionsApiFake();
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  const fakeUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  container = createServerContainer(readContainerExport(fs.readFileSync(FILE, 'utf8'), FILE), createTransport([{ from: 'https://api.pinterest.com', to: fakeUrl }], false));
  const server = createContainerServer(container);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(() => server.close(), () => fake.server.close());
});
afterAll(() => closers.forEach((close) => close()));

const forwarded = (overrides: Record<string, unknown> = {}) => ({
  event_name: 'checkout', event_id: 'checkout_T-5', event_time: Date.now(), page_location: 'https://shop.example/thanks',
  click_id: 'EPIK-5', click_id_from_url: true, custom_data: { value: 25, currency: 'USD', order_id: 'T-5', line_items: [{ product_id: 'SKU-1', product_price: 12.5, product_quantity: 2 }] },
  user_data: { em: [HASH] }, ...overrides,
});
const pixelRequest = (event: unknown) => fetch(`${base}/pinterest/events?v=1&e=${encodeURIComponent(JSON.stringify(event))}`, { headers: { 'user-agent': 'Mozilla/5.0 (e2e)' } });

test('the web tag\'s request reaches the Conversions API, valid and with the same event_id; _epik is set by the server', async () => {
  const response = await pixelRequest(forwarded());
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/gif');
  expect(response.headers.get('set-cookie')).toContain('_epik=EPIK-5');
  const accepted = fake.accepted();
  expect(accepted).toHaveLength(1);
  expect(accepted[0]).toMatchObject({ event_name: 'checkout', event_id: 'checkout_T-5', user_data: { em: [HASH], click_id: 'EPIK-5', client_user_agent: 'Mozilla/5.0 (e2e)' } });
  expect(fake.requests.every((r) => r.status === 200)).toBe(true);
});

test('a 429 then a 200 delivers the event exactly once', async () => {
  const before = fake.accepted().length;
  fake.queueFaults({ status: 429 });
  await pixelRequest(forwarded({ event_id: 'E-429', event_name: 'lead', custom_data: {} }));
  const accepted = fake.accepted().slice(before);
  expect(accepted.map((e) => e.event_id)).toEqual(['E-429']);
  expect(fake.requests.filter((r) => (r.body?.data ?? [])[0]?.event_id === 'E-429').map((r) => r.status)).toEqual([429, 200]);
});

test('a request on another path is not claimed: 400 from the container, nothing sent', async () => {
  const before = fake.requests.length;
  const response = await fetch(`${base}/g/collect?v=2`);
  expect(response.status).toBe(400);
  expect(fake.requests.length).toBe(before);
});

test('the tag runs are recorded for inspection', () => {
  expect(container.tagRuns.map((r) => [r.tag, r.result])).toContainEqual(['Pinterest Conversions API', 'success']);
});

test('cross-domain: Firestore outlives a request, and the tag\'s _epik reaches the response (as in server-side GTM)', async () => {
  const send = (event: unknown) => fetch(`${base}/pinterest/events?v=1&e=${encodeURIComponent(JSON.stringify(event))}`, {
    headers: { 'user-agent': 'Mozilla/5.0 (e2e)', cookie: '_ga=GA1.1.424242.1700000000' },
  });
  const consent = { ad_storage: 'granted', ad_user_data: 'granted' };
  await send(forwarded({ event_name: 'page_visit', event_id: 'XD-1', page_location: 'https://shop.example/', click_id: 'EPIK-XD', custom_data: {}, consent }));
  expect([...container.firestore.values()]).toContainEqual(expect.objectContaining({ click_id: 'EPIK-XD' }));
  const response = await send(forwarded({ event_name: 'page_visit', event_id: 'XD-2', page_location: 'https://checkout.example/', click_id: undefined, click_id_from_url: undefined, custom_data: {}, consent }));
  expect(response.headers.get('set-cookie')).toContain('_epik=EPIK-XD');
  expect(fake.accepted().find((e) => e.event_id === 'XD-2')?.user_data).toMatchObject({ click_id: 'EPIK-XD' });
});
