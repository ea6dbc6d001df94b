/**
 * The Pinterest fake holds hashed emails, IPs and user agents: no other origin may read it (no CORS),
 * it keeps a bounded history, refuses oversized bodies and records Pinterest's answer to each request.
 */
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES } from '../../pinterest-fake/conversions-api';
import { createPinterestFake, type PinterestFake } from '../../pinterest-fake/pinterest-fake';

jest.setTimeout(30000);
let fake: PinterestFake;
let base = '';
const HOSTILE_ORIGIN = 'https://evil.example';

beforeAll(async () => {
  fake = createPinterestFake({ maxRecords: 3 });
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => { fake.server.close(() => r()); fake.server.closeAllConnections(); }));

const apiEvent = (id: string) => ({ event_name: 'lead', action_source: 'web', event_time: Math.floor(Date.now() / 1000), event_id: id, user_data: { em: ['b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514'] } });
const post = (body: string) => fetch(`${base}/v5/ad_accounts/123/events`, { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json', origin: HOSTILE_ORIGIN }, body });
const tagHit = (event: string, ed: string) => fetch(`${base}/v3/?event=${event}&tid=1&ed=${encodeURIComponent(ed)}`, { headers: { origin: HOSTILE_ORIGIN } });

test.each(['/_fake/requests', '/_fake/tag-events', '/ct/core.js', '/v5/ad_accounts/1/events'])('%s sends no CORS header to a hostile Origin', async (path) => {
  const response = await fetch(base + path, { headers: { origin: HOSTILE_ORIGIN } });
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
});

test('a CORS preflight from another origin is not granted', async () => {
  const response = await fetch(`${base}/_fake/requests`, { method: 'OPTIONS', headers: { origin: HOSTILE_ORIGIN, 'access-control-request-method': 'GET' } });
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
});

test('only the most recent requests and tag events are kept', async () => {
  for (const id of ['a', 'b', 'c', 'd', 'e']) {
    await post(JSON.stringify({ data: [apiEvent(id)] }));
    await tagHit('lead', JSON.stringify({ event_id: id }));
  }
  expect(fake.requests.map((r) => r.body?.data?.[0]?.event_id)).toEqual(['c', 'd', 'e']);
  expect(fake.tagEvents.map((t) => t.data.event_id)).toEqual(['c', 'd', 'e']);
  expect(((await (await fetch(`${base}/_fake/requests`)).json()) as unknown[])).toHaveLength(3);
});

test('each request keeps the answer Pinterest gave', async () => {
  await post(JSON.stringify({ data: [apiEvent('answered')] }));
  expect(fake.requests.at(-1)).toMatchObject({ status: 200, response: { num_events_processed: 1, events: [{ status: 'processed' }] } });
  fake.queueFaults({ status: 429 });
  await post(JSON.stringify({ data: [apiEvent('limited')] }));
  expect(fake.requests.at(-1)).toMatchObject({ status: 429, response: { code: 8, message: 'Rate limit exceeded' } });
});

test('a body over the cap is refused with 413 and not kept', async () => {
  const response = await post(JSON.stringify({ data: [apiEvent('x'.repeat(MAX_BODY_BYTES))] }));
  expect(response.status).toBe(413);
  expect(fake.requests.at(-1)).toMatchObject({ status: 413, body: null });
});

test.each([['an array', '[1,2]'], ['a number', '42'], ['a string', '"text"'], ['null', 'null'], ['a __proto__ key', '{"__proto__":{"polluted":1}}'], ['bad JSON', '{'], ['5000 characters', 'x'.repeat(5000)]])('tag event data that is %s reads as an object and pollutes nothing', async (_label, ed) => {
  expect((await tagHit('hostile', ed)).status).toBe(200);
  const last = fake.tagEvents.at(-1) as { data: Record<string, unknown> };
  expect(typeof last.data).toBe('object');
  expect(Array.isArray(last.data)).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
