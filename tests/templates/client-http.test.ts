/**
 * The review's proofs of concept over real HTTP: the fixture server container (Pinterest client and
 * Conversions API tag, gtm-sandbox's server runtime) answering hostile requests, with the Pinterest fake
 * recording what would reach Pinterest. Response headers, Set-Cookie and the API requests are real.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer } from '../../gtm-sandbox/container/server-container';
import { createConversionsApiFake, type ConversionsApiFake } from '../../pinterest-fake/conversions-api';

const FILE = path.resolve(__dirname, '..', 'fixtures', 'containers', 'server-container.json');
const HASH = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
let fake: ConversionsApiFake;
let base = '';
const closers: (() => void)[] = [];

beforeAll(async () => {
  fake = createConversionsApiFake();
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  const fakeUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  const container = createServerContainer(readContainerExport(fs.readFileSync(FILE, 'utf8'), FILE), createTransport([{ from: 'https://api.pinterest.com', to: fakeUrl }], false));
  const server = createContainerServer(container);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(() => server.close(), () => fake.server.close());
});
afterAll(() => closers.forEach((close) => close()));

const lead = (extra: Record<string, unknown> = {}) => ({
  event_name: 'lead', event_id: `L-${Math.random().toString(36).slice(2)}`, event_time: Date.now(), page_location: 'https://shop.example/contact', user_data: { em: [HASH] }, ...extra,
});
const pixel = (event: unknown) => fetch(`${base}/pinterest/events?v=1&e=${encodeURIComponent(JSON.stringify(event))}`, { headers: { 'user-agent': 'Mozilla/5.0 (http)' } });
const post = (body: unknown) => fetch(`${base}/pinterest/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Backend/1' }, body: JSON.stringify(body) });

test('an epik carrying cookie attributes or a line feed sets no cookie, gets a JSON 400 with nosniff, and the server stays up', async () => {
  for (const clickId of ['X; Domain=evil.example; HttpOnly', 'X\nSet-Cookie: y=z']) {
    const response = await pixel(lead({ click_id: clickId, click_id_from_url: true }));
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).not.toContain('evil');
  }
  const after = await pixel(lead({ click_id: 'dj0y+JnU9', click_id_from_url: true }));
  expect(after.status).toBe(200);
  expect(after.headers.get('set-cookie')).toMatch(/^_epik=dj0y%2BJnU9;/);
});

test('custom properties named ip_override, user_agent, partner_id or page_location never reach Pinterest as such', async () => {
  const before = fake.accepted().length;
  const event = lead({ custom_data: { ip_override: '2001:db8::66', user_agent: 'Evil/1', partner_id: 'P-EVIL', page_location: 'https://evil.example/x', event_id: 'E-EVIL' } });
  const response = await post({ v: 1, events: [event] });
  expect(response.status).toBe(204);
  const [sent] = fake.accepted().slice(before) as { event_id: string; event_source_url: string; user_data: Record<string, unknown> }[];
  expect(sent.event_id).toBe(event.event_id);
  expect(sent.event_source_url).toBe('https://shop.example/contact');
  expect(sent.user_data.client_user_agent).toBe('Backend/1');
  expect(sent.user_data.client_ip_address).not.toBe('2001:db8::66');
  expect(sent.user_data).not.toHaveProperty('partner_id');
});

test('an unauthenticated POST of 6 events is refused before any reaches Pinterest', async () => {
  const before = fake.requests.length;
  const response = await post({ v: 1, events: [1, 2, 3, 4, 5, 6].map(() => lead()) });
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ error: 'events: at most 5 events per request' });
  expect(fake.requests.length).toBe(before);
});
