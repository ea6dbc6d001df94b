/**
 * The fixture web container run by gtm-sandbox's web runtime on a simulated page, forwarding to the
 * fixture server container over real HTTP, which sends to the Pinterest fake: the browser's pintrk
 * events and the Conversions API events carry the same event_id, a reloaded thank-you page produces
 * no new id, and consent holds traffic back until granted.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer } from '../../gtm-sandbox/container/server-container';
import { createWebContainer } from '../../gtm-sandbox/container/web-container';
import { createWorld, type World } from '../../gtm-sandbox/world/world';
import { createConversionsApiFake, type ConversionsApiFake } from '../../pinterest-fake/conversions-api';

// Two containers over real HTTP: seconds per test on a loaded machine, beyond jest's default 5 s.
jest.setTimeout(60_000);
const DIR = path.resolve(__dirname, '..', 'fixtures', 'containers');
const load = (name: string) => readContainerExport(fs.readFileSync(path.join(DIR, name), 'utf8'), name);
let fake: ConversionsApiFake;
let serverUrl = '';
const closers: (() => void)[] = [];

beforeAll(async () => {
  fake = createConversionsApiFake();
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  const server = createContainerServer(createServerContainer(load('server-container.json'),
    createTransport([{ from: 'https://api.pinterest.com', to: `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}` }], false)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(() => server.close(), () => fake.server.close());
});
afterAll(() => closers.forEach((close) => close()));

/** A page: the web container on a World whose server-forwarding pixels really reach the server container. */
async function page(url: string, consent?: 'denied') {
  const world: World = createWorld({ url, consent: consent ? { ad_storage: consent } : {}, now: undefined });
  const web = load('web-container.json');
  const constant = (web.containerVersion.variable ?? []).find((v) => v.name === 'Server container URL');
  // The page forwards to https (as in production, and as the tag's permission requires); this simulated
  // network routes that host to the local server container.
  if (constant?.parameter?.[0]) constant.parameter[0].value = 'https://sgtm.shop.example/pinterest/events';
  const container = createWebContainer(web, world);
  const flushPixels = async (): Promise<void> => {
    for (const pixel of world.pixels.splice(0)) {
      // As Cloud Run's front end hands the request over: the visitor's address appended to X-Forwarded-For.
      await fetch(pixel.replace('https://sgtm.shop.example', serverUrl), { headers: { 'user-agent': 'Mozilla/5.0 (simulated page)', 'x-forwarded-for': '203.0.113.7' } });
    }
  };
  return {
    world,
    push: async (message: unknown) => { await container.push(message); await flushPixels(); },
    // Tracked events other than the page visit of the page view (a pagevisit with its event_id only).
    tracked: () => world.windowCalls.filter((c) => c.fn === 'pintrk' && c.args[0] === 'track').map((c) => c.args as [string, string, Record<string, unknown>])
      .filter((a) => !(a[1] === 'pagevisit' && Object.keys(a[2]).join() === 'event_id')),
    pageVisits: () => world.windowCalls.filter((c) => c.fn === 'pintrk' && c.args[0] === 'track' && c.args[1] === 'pagevisit').map((c) => (c.args[2] as { event_id: string }).event_id),
  };
}

const purchase = { event: 'purchase', customer: { email: 'Jane@Example.com' }, ecommerce: { transaction_id: 'T-900', value: 59.8, currency: 'EUR', items: [{ item_id: 'SKU-1', item_name: 'Vase', price: 29.9, quantity: 2 }] } };

test('a purchase is tracked in the browser and delivered by the server with the same event_id; a reload makes no new id', async () => {
  const first = await page('https://shop.example/thanks?epik=EPIK-900');
  await first.push({ event: 'gtm.js' });
  await first.push(purchase);
  const browser = first.tracked();
  expect(browser.map((t) => t[1])).toEqual(['checkout']);
  expect(first.world.windowCalls.filter((c) => c.fn === 'pintrk').map((c) => c.args[0])).toEqual(['load', 'track', 'set', 'track']);
  // The page visit pairs with the server's page_visit of the GA4 page_view.
  expect(fake.accepted().filter((e) => e.event_name === 'page_visit').map((e) => e.event_id)).toContain(first.pageVisits()[0]);
  const server = fake.accepted().filter((e) => e.event_name === 'checkout');
  expect(server.map((e) => e.event_id)).toEqual([browser[0][2].event_id]);

  const reload = await page('https://shop.example/thanks');
  await reload.push({ event: 'gtm.js' });
  await reload.push(purchase);
  expect(reload.tracked()[0][2].event_id).toBe(browser[0][2].event_id);
  expect(new Set(fake.accepted().filter((e) => e.event_name === 'checkout').map((e) => e.event_id))).toEqual(new Set(['checkout_T-900']));
});

test('page views and add to cart get ids unique to the page and event, equal on both sides', async () => {
  const p = await page('https://shop.example/p/vase');
  await p.push({ event: 'gtm.js' });
  await p.push({ event: 'add_to_cart', ecommerce: { currency: 'EUR', value: 29.9, items: [{ item_id: 'SKU-1', price: 29.9, quantity: 1 }] } });
  const id = p.tracked()[0][2].event_id;
  expect(id).toMatch(/^\d+\.\d+\.\d+$/);
  expect(p.pageVisits()).toEqual([expect.stringMatching(/^\d+\.\d+\.page1$/)]);
  expect(fake.accepted().some((e) => e.event_id === id && e.event_name === 'add_to_cart')).toBe(true);
});

test('with consent denied nothing leaves the page; granting it later lets the event flow', async () => {
  const p = await page('https://shop.example/contact', 'denied');
  const before = fake.requests.length;
  await p.push({ event: 'gtm.js' });
  await p.push({ event: 'generate_lead', lead_type: 'Demo' });
  expect(p.world.injectedScripts).toEqual([]);
  expect(p.world.windowCalls).toEqual([]);
  expect(fake.requests.length).toBe(before);
  await p.push(['consent', 'update', { ad_storage: 'granted' }]);
  expect(p.tracked().map((t) => t[1])).toEqual(['lead']);
  expect(p.world.injectedScripts).toEqual(['https://s.pinimg.com/ct/core.js']);
});
