/**
 * End to end in a real browser (Debian's chromium through Playwright): the demo shop with the fixture
 * web container in gtm-sandbox's gtm.js stand-in, the fixture server container, and the Pinterest fake.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../demo/start-demo';
import { capiEventFor, tagEventFor } from '../../pinterest/events';
import { EVENT_TABLE } from '../../pinterest/event-table';
import { launchChromium, waitFor } from './browser';

jest.setTimeout(60000);
let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const tagIds = (event: string): string[] => demo.fake.tagEvents.filter((e) => e.event === event).map((e) => String(e.data.event_id));
const apiIds = (event: string): string[] => demo.fake.accepted().filter((e) => e.event_name === event).map((e) => String(e.event_id));
/** Tag events (page visits included) as [API name, event_id], and whether each has its API twin. */
const tagPairs = (): [string, string][] => demo.fake.tagEvents.filter((e) => e.event !== 'init')
  .map((e) => [capiEventFor(tagEventFor(e.event) ?? e.event), String(e.data.event_id)]);
const unpaired = (): [string, string][] => {
  const api = new Set(demo.fake.accepted().map((e) => `${e.event_name} ${e.event_id}`));
  return tagPairs().filter(([name, id]) => !api.has(`${name} ${id}`));
};
const NOT_CONVERSIONS = new Set(EVENT_TABLE.filter((r) => r.pinterest === null).map((r) => r.ga4).concat(['custom']));
const open = async (context: BrowserContext, path: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(demo.shop + path);
  return page;
};

test('a shopping journey: browser and API events share every event_id; the reloaded thank-you page adds no id; _epik is set by the server', async () => {
  const context = await browser.newContext();
  const page = await open(context, '/product/VASE-01?epik=EPIK-E2E');
  await waitFor('the product view on both sides', () => [tagIds('pagevisit'), apiIds('page_visit')], ([t, a]) => t.length > 0 && a.some((id) => t.includes(id)));
  await page.click('#add');
  await waitFor('add to cart on both sides', () => [tagIds('addtocart'), apiIds('add_to_cart')], ([t, a]) => t.length === 1 && a.length === 1);
  expect(apiIds('add_to_cart')).toEqual(tagIds('addtocart'));
  await page.click('#checkout');
  await waitFor('initiate checkout', () => apiIds('initiate_checkout'), (a) => a.length === 1);
  await page.click('#place');
  await page.waitForURL(/\/thanks/);
  const order = await page.textContent('#order');
  const [browserIds] = await waitFor('the purchase on both sides', () => [tagIds('checkout'), apiIds('checkout')], ([t, a]) => t.length === 1 && a.length === 1);
  expect(browserIds).toEqual([`checkout_${order}`]);
  const tagPurchase = demo.fake.tagEvents.find((e) => e.event === 'checkout') as { data: Record<string, unknown>; partner: Record<string, unknown> };
  expect(tagPurchase.data).toMatchObject({ value: 39.9, currency: 'EUR', order_id: order, order_quantity: 1, line_items: [{ product_id: 'VASE-01', product_price: 39.9, product_quantity: 1 }] });
  expect(String(tagPurchase.partner.em)).toMatch(/^[a-f0-9]{64}$/);
  expect(apiIds('checkout')).toEqual(browserIds);
  const purchase = demo.fake.accepted().find((e) => e.event_name === 'checkout') as { user_data: Record<string, unknown>; custom_data: Record<string, unknown> };
  expect(purchase.user_data).toMatchObject({ click_id: 'EPIK-E2E' });
  expect((purchase.user_data.em as string[]).length).toBe(1);
  expect(purchase.custom_data).toMatchObject({ currency: 'EUR', value: '39.9', order_id: order, content_ids: ['VASE-01'] });
  await page.reload();
  await waitFor('the reloaded purchase', () => apiIds('checkout'), (a) => a.length === 2);
  expect(new Set([...tagIds('checkout'), ...apiIds('checkout')])).toEqual(new Set([`checkout_${order}`]));
  expect((await context.cookies()).find((c) => c.name === '_epik')?.value).toBe('EPIK-E2E');
  expect(demo.fake.requests.every((r) => r.status === 200)).toBe(true);
  // Every tag event of the journey, page visits included, has its API twin: same event_id, matching name.
  expect(tagPairs().filter(([name]) => name === 'page_visit').length).toBeGreaterThanOrEqual(4);
  await waitFor('an API twin for every tag event', unpaired, (u) => u.length === 0);
  expect(tagPairs().every(([, id]) => id !== 'undefined')).toBe(true);
  // And nothing that is not a conversion was sent on either side.
  expect(demo.fake.accepted().filter((e) => NOT_CONVERSIONS.has(String(e.event_name)))).toEqual([]);
  expect(demo.fake.tagEvents.filter((e) => NOT_CONVERSIONS.has(e.event))).toEqual([]);
  const inspector = await context.newPage();
  await inspector.goto(demo.inspector);
  await inspector.waitForSelector(`tr[data-event-id="checkout_${order}"][data-dedup="paired"]`, { timeout: 10000 });
  await context.close();
});

test('a lead form and a search are tracked on both sides with the same ids', async () => {
  const context = await browser.newContext();
  const page = await open(context, '/contact');
  await page.click('#send');
  await waitFor('the lead', () => [tagIds('lead'), apiIds('lead')], ([t, a]) => t.length === 1 && a.length === 1);
  expect(apiIds('lead')).toEqual(tagIds('lead'));
  await open(context, '/search?q=vase');
  await waitFor('the search', () => [tagIds('search'), apiIds('search')], ([t, a]) => t.length === 1 && a.length === 1);
  expect(apiIds('search')).toEqual(tagIds('search'));
  await context.close();
});

test('with consent denied no Pinterest traffic leaves the page; granting it lets events flow', async () => {
  const context = await browser.newContext();
  const pinterestRequests: string[] = [];
  context.on('request', (r) => { if (r.url().startsWith(demo.pinterest) || r.url().startsWith(demo.serverContainer)) pinterestRequests.push(r.url()); });
  const before = demo.fake.tagEvents.length;
  const page = await open(context, '/search?q=denied&consent=denied');
  // Until GTM has run the tag on the page's search and held it for consent (the gtm.js stand-in's record of
  // its runs): from then on, anything the tag would send has been sent.
  await page.waitForFunction(() => ((globalThis as unknown as { pinterestGtmSandboxRuns?: { event: string; result: string }[] }).pinterestGtmSandboxRuns ?? [])
    .some((r) => r.event === 'search' && r.result === 'blocked by consent'), undefined, { timeout: 60_000 });
  expect(pinterestRequests).toEqual([]);
  expect(demo.fake.tagEvents.length).toBe(before);
  await page.click('#grant');
  await waitFor('events after consent', () => demo.fake.tagEvents.slice(before).map((e) => e.event), (events) => events.includes('search'));
  await context.close();
});

test('with core.js blocked the server path still delivers', async () => {
  const context = await browser.newContext();
  await context.route('**/ct/core.js', (route) => route.abort());
  const before = apiIds('lead').length;
  const page = await open(context, '/contact');
  await page.click('#send');
  await waitFor('the lead through the server', () => apiIds('lead'), (a) => a.length === before + 1);
  await context.close();
});

test('a 429 then a 200 delivers exactly once', async () => {
  const context = await browser.newContext();
  demo.fake.queueFaults({ status: 429 });
  const before = demo.fake.requests.length;
  await open(context, '/search?q=retry');
  await waitFor('the retried search', () => demo.fake.requests.slice(before).filter((r) => r.status === 200).map((r) => r.body?.data?.[0]?.event_name), (s) => s.includes('search') && s.includes('page_visit'));
  // The page visit and the search share the page's requests: whichever got the 429 was retried once, and
  // every event was delivered exactly once, under one event_id.
  const requests = demo.fake.requests.slice(before);
  expect(requests.filter((r) => r.status === 429)).toHaveLength(1);
  const byId = new Map<string, number[]>();
  for (const r of requests) {
    const id = String(r.body?.data?.[0]?.event_id);
    byId.set(id, [...(byId.get(id) ?? []), r.status]);
  }
  expect([...byId.values()].map((statuses) => statuses.filter((s) => s === 200).length)).toEqual([...byId.keys()].map(() => 1));
  expect([...byId.values()].some((statuses) => statuses.join() === '429,200')).toBe(true);
  await context.close();
});

/** A page URL's path (the server's event_source_url may leave the query out). */
const pathOf = (url: unknown): string => new URL(String(url || 'x:/')).pathname;
/** Page visits of pages whose path starts with `prefix`: the tag's [path, event_id] and the API's event_ids. */
const pageVisits = (prefix: string): { tag: [string, string][]; api: string[] } => ({
  tag: demo.fake.tagEvents.filter((e) => e.event === 'pagevisit' && pathOf(e.page).startsWith(prefix))
    .map((e) => [pathOf(e.page), String(e.data.event_id)]),
  api: demo.fake.accepted().filter((e) => e.event_name === 'page_visit' && pathOf(e.event_source_url).startsWith(prefix))
    .map((e) => String(e.event_id)),
});
/** Both sides have the same page visits and no more: every tag page visit has its API twin and back. */
const twinned = ({ tag, api }: { tag: [string, string][]; api: string[] }): boolean =>
  tag.length === api.length && tag.every(([, id]) => api.includes(id));

test('one page view, one page visit, with its API twin: a product page, and a single-page app\'s three routes and a back', async () => {
  const context = await browser.newContext();
  // A product page: GTM's page view and its view_item are one page visit (README, Page visits), with its products.
  await open(context, '/product/LAMP-03');
  const product = await waitFor('the product page visit on both sides', () => pageVisits('/product/LAMP-03'), (v) => v.tag.length > 0 && twinned(v));
  // The single-page app: its load, then a route per click and one back; each is a page view.
  const app = await open(context, '/app');
  await waitFor('the app\'s first page visit', () => pageVisits('/app'), (v) => v.tag.length === 1 && twinned(v));
  await app.click('#spa-product');
  await waitFor('the product route', () => pageVisits('/app'), (v) => v.tag.length === 2 && twinned(v));
  await app.click('#spa-help');
  await waitFor('the help route', () => pageVisits('/app'), (v) => v.tag.length === 3 && twinned(v));
  await app.goBack();
  const routes = await waitFor('the product route again', () => pageVisits('/app'), (v) => v.tag.length === 4 && twinned(v));
  // Another page's visit on both sides: anything the pages above would still send has been sent by then.
  await open(context, '/product/MUG-02');
  await waitFor('a later page on both sides', () => pageVisits('/product/MUG-02'), (v) => v.tag.length === 1 && twinned(v));
  expect(pageVisits('/product/LAMP-03')).toEqual(product);
  expect(product.tag).toHaveLength(1);
  expect(pageVisits('/app')).toEqual(routes);
  expect(routes.tag.map(([path]) => path)).toEqual(['/app', '/app/product/MUG-02', '/app/help', '/app/product/MUG-02']);
  // Each route is its own page view: four ids, none shared, so none deduplicates another away.
  expect(new Set(routes.tag.map(([, id]) => id)).size).toBe(4);
  // The product routes' page visits carry the product on both sides (its view_item came first).
  const productIds = (id: string): unknown[] => [
    (demo.fake.tagEvents.find((e) => e.event === 'pagevisit' && String(e.data.event_id) === id)?.data.line_items as { product_id?: string }[] | undefined)?.map((l) => l.product_id),
    (demo.fake.accepted().find((e) => e.event_name === 'page_visit' && String(e.event_id) === id)?.custom_data as { content_ids?: string[] } | undefined)?.content_ids];
  expect(routes.tag.map(([, id]) => productIds(id))).toEqual([[undefined, undefined], [['MUG-02'], ['MUG-02']], [undefined, undefined], [['MUG-02'], ['MUG-02']]]);
  expect(productIds(product.tag[0][1])).toEqual([['LAMP-03'], ['LAMP-03']]);
  await context.close();
}, 180_000);
