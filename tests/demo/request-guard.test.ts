/**
 * What the demo's servers refuse before a handler runs: writes from other sites' pages (a no-cors POST
 * or a pixel from any page used to reach the fake and the server container, and so the inspector),
 * bodies over their limit or without a length (before reading them), and clients too slow to send a
 * request.
 */
import * as http from 'node:http';
import * as net from 'node:net';
import { DEMO_TIMEOUTS } from '../../demo/request-guard';
import { startDemo, type Demo } from '../../demo/start-demo';
import { forwardedEvent } from './forwarded-event';

let demo: Demo;
const EVIL = 'https://evil.example';

beforeAll(async () => {
  demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 }, { timeouts: { headersMs: 300, requestMs: 600 } });
});
afterAll(async () => { await demo?.close(); });

const pixel = (headers: Record<string, string>) => fetch(`${demo.pinterest}/v3/?event=lead&tid=1&ed=${encodeURIComponent(JSON.stringify({ event_id: `G-${Math.random()}` }))}`, { headers });
const forward = (headers: Record<string, string>) => fetch(`${demo.serverContainer}/pinterest/events?v=1&e=${encodeURIComponent(JSON.stringify(forwardedEvent()))}`, { headers });
const apiPost = (headers: Record<string, string>) => fetch(`${demo.pinterest}/v5/ad_accounts/1/events`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: '{"data":[]}' });

test('a no-cors POST from another site reaches neither the Conversions API fake nor the server container, nor the shop', async () => {
  const recorded = demo.fake.requests.length;
  const runs = demo.container.tagRuns.length;
  expect((await apiPost({ origin: EVIL, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' })).status).toBe(403);
  // No page sends the API's POSTs, not even the shop's.
  expect((await apiPost({ origin: demo.shop, 'sec-fetch-site': 'same-site' })).status).toBe(403);
  expect((await fetch(`${demo.serverContainer}/pinterest/events`, { method: 'POST', headers: { origin: EVIL, 'content-type': 'text/plain' }, body: JSON.stringify({ events: [forwardedEvent()] }) })).status).toBe(403);
  expect((await fetch(`${demo.shop}/inspector/withheld`, { method: 'POST', headers: { origin: EVIL, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(403);
  expect(demo.fake.requests.length).toBe(recorded);
  expect(demo.container.tagRuns.length).toBe(runs);
});

test('pixels are recorded from the shop\'s pages (either spelling of its host) and from tools, never from another site\'s page', async () => {
  const before = demo.fake.tagEvents.length;
  const shopPort = new URL(demo.shop).port;
  const fromShop: Record<string, string>[] = [{ referer: `${demo.shop}/product/VASE-01`, 'sec-fetch-site': 'same-site' }, { referer: `http://localhost:${shopPort}/`, 'sec-fetch-site': 'cross-site' }, {}];
  for (const headers of fromShop) {
    expect((await pixel(headers)).status).toBe(200);
  }
  expect(demo.fake.tagEvents.length).toBe(before + 3);
  const fromElsewhere: Record<string, string>[] = [{ referer: `${EVIL}/page`, 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }, { referer: 'http://127.0.0.1:1/', 'sec-fetch-site': 'same-site' }];
  for (const headers of fromElsewhere) {
    expect((await pixel(headers)).status).toBe(403);
    expect((await forward(headers)).status).toBe(403);
  }
  expect(demo.fake.tagEvents.length).toBe(before + 3);
  expect((await forward({ referer: `${demo.shop}/contact` })).status).toBe(200);
});

/** A raw request: what the server answered before it closed the connection. */
function raw(base: string, request: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let text = '';
    socket.on('data', (c: Buffer) => { text += c.toString('latin1'); });
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
    socket.write(request.replace('HOST', url.host));
  });
}

test.each(['shop', 'serverContainer', 'pinterest'] as const)('the %s server refuses a body declared over its limit (413) or sent without a length (411), unread', async (name) => {
  const huge = await raw(demo[name], 'POST /v5/ad_accounts/1/events HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 300000000\r\n\r\n');
  expect(huge).toMatch(/^HTTP\/1\.1 413 /);
  const chunked = await raw(demo[name], 'POST /pinterest/events HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n');
  expect(chunked).toMatch(/^HTTP\/1\.1 411 /);
});

test('pages are only read: a POST to a shop page is 405', async () => {
  expect((await fetch(`${demo.shop}/product/VASE-01`, { method: 'POST', body: 'x' })).status).toBe(405);
});

test.each(['shop', 'serverContainer', 'pinterest'] as const)('the %s server closes a connection whose headers never finish (408)', async (name) => {
  const answer = await raw(demo[name], 'GET / HTTP/1.1\r\nHost: HOST\r\nX-Slow: ');
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
});

test('by default the servers wait at most 10 s for headers and 30 s for a whole request; the options reach every server', async () => {
  expect([demo.servers.serverContainer.headersTimeout, demo.servers.serverContainer.requestTimeout]).toEqual([300, 600]);
  const other = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 });
  try {
    for (const server of Object.values(other.servers) as http.Server[]) {
      expect([server.headersTimeout, server.requestTimeout]).toEqual([DEMO_TIMEOUTS.headersMs, DEMO_TIMEOUTS.requestMs]);
    }
    expect(DEMO_TIMEOUTS).toEqual({ headersMs: 10_000, requestMs: 30_000 });
  } finally {
    await other.close();
  }
});
