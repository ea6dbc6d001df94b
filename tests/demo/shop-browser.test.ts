/**
 * The shop's pages in a real browser: ecommerce events come after GTM's page events, except a product
 * page's view_item (above the container snippet), and the /app single-page app pushes a GA4 page_view
 * per route change (none for the page it is opened on), its product route's view_item just before it,
 * and the web container fires the Pinterest tag on each.
 */
import type { Browser, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../demo/start-demo';
import { launchChromium } from '../e2e/browser';

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

type Message = { event?: string; page_location?: string; ecommerce?: { items?: { item_id: string }[] } };
/** The dataLayer's events in order, as `event` or `event item_id` or `page_view <path>`. */
const events = (page: Page): Promise<string[]> => page.evaluate(() => ((globalThis as unknown as { dataLayer: Message[] }).dataLayer)
  .filter((m) => typeof m.event === 'string')
  .map((m) => [m.event, m.ecommerce?.items?.[0]?.item_id, m.page_location === undefined ? undefined : new URL(m.page_location).pathname].filter(Boolean).join(' ')));
const until = (page: Page, count: number, event: string): Promise<unknown> => page.waitForFunction(([n, name]) => ((globalThis as unknown as { dataLayer: Message[] }).dataLayer)
  .filter((m) => m.event === name).length >= (n as number), [count, event] as const);
const tagRuns = (page: Page): Promise<{ tag: string; event: string; result: string }[]> => page.evaluate(() => (globalThis as unknown as { pinterestGtmSandboxRuns: { tag: string; event: string; result: string }[] }).pinterestGtmSandboxRuns.slice());
const open = async (path: string): Promise<Page> => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(demo.shop + path);
  return page;
};

test('a product page has view_item above the container snippet (before GTM\'s page events), and an early add to cart after them', async () => {
  const page = await open('/product/VASE-01');
  await page.click('#add');
  await until(page, 1, 'add_to_cart');
  expect(await events(page)).toEqual(['view_item VASE-01', 'gtm.js', 'gtm.dom', 'gtm.load', 'add_to_cart VASE-01']);
  await page.context().close();
});

test.each([['/', 'view_item_list VASE-01'], ['/checkout?item=MUG-02', 'begin_checkout MUG-02'], ['/thanks?order=ORD-1&item=MUG-02', 'purchase MUG-02'], ['/search?q=vase', 'search']])(
  '%s pushes %s after GTM\'s page events', async (path, expected) => {
    const page = await open(path);
    const name = expected.split(' ')[0];
    await until(page, 1, name);
    expect(await events(page)).toEqual(['gtm.js', 'gtm.dom', 'gtm.load', expected]);
    await page.context().close();
  },
);

test('the app: each route change is a page_view with its page_location; the product route\'s view_item comes just before it; the tag fires on each', async () => {
  const page = await open('/app');
  await until(page, 1, 'gtm.load');
  await page.evaluate(() => { (globalThis as unknown as { sameDocument: boolean }).sameDocument = true; });
  await page.click('#spa-product');
  await until(page, 1, 'view_item');
  expect(page.url()).toBe(`${demo.shop}/app/product/MUG-02`);
  expect(await page.textContent('h1')).toBe('Speckled mug');
  await page.click('#spa-help');
  await until(page, 2, 'page_view');
  await page.goBack();
  await until(page, 2, 'view_item');
  expect(await events(page)).toEqual(['gtm.js', 'gtm.dom', 'gtm.load', 'view_item MUG-02', 'page_view /app/product/MUG-02', 'page_view /app/help',
    'view_item MUG-02', 'page_view /app/product/MUG-02']);
  expect(await page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  // A run reads 'timeout' until its tag calls gtmOnSuccess or gtmOnFailure.
  await page.waitForFunction(() => (globalThis as unknown as { pinterestGtmSandboxRuns: { result: string }[] }).pinterestGtmSandboxRuns.filter((r) => r.result !== 'timeout').length >= 6);
  const runs = (await tagRuns(page)).filter((r) => r.event === 'page_view' || r.event === 'view_item');
  expect(runs.map((r) => [r.tag, r.event, r.result])).toEqual(['view_item', 'page_view', 'page_view', 'view_item', 'page_view']
    .map((event) => ['Pinterest - GA4 ecommerce (automatic)', event, 'success']));
  await page.context().close();
});

test('the app opened on a product route pushes no page_view (the page load is GTM\'s page view), only its view_item, above the container snippet', async () => {
  const page = await open('/app/product/LAMP-03');
  await until(page, 1, 'gtm.load');
  expect(await events(page)).toEqual(['view_item LAMP-03', 'gtm.js', 'gtm.dom', 'gtm.load']);
  expect(await page.textContent('h1')).toBe('Linen lamp');
  await page.context().close();
});

test('as gtm.js does, a message\'s tags run when it is pushed: a tag still waiting for core.js holds back no later message', async () => {
  const context = await browser.newContext();
  // core.js is answered only when the test says so: until then every Pinterest tag fire waits on it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await context.route('**/ct/core.js', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await page.goto(`${demo.shop}/app`);
  await page.click('#spa-product');
  // The route's view_item and page_view ran (with the URL of that route) while gtm.js's own fire still waits.
  await page.waitForFunction(() => (globalThis as unknown as { pinterestGtmSandboxRuns: { event: string }[] }).pinterestGtmSandboxRuns
    .filter((r) => r.event === 'view_item' || r.event === 'page_view').length === 2);
  expect((await tagRuns(page)).map((r) => [r.event, r.result])).toEqual([['gtm.js', 'timeout'], ['view_item', 'timeout'], ['page_view', 'timeout']]);
  release();
  // Then each fire completes, in its own run: those that queued on the one core.js load too.
  await page.waitForFunction(() => (globalThis as unknown as { pinterestGtmSandboxRuns: { result: string }[] }).pinterestGtmSandboxRuns.every((r) => r.result === 'success'));
  await context.close();
});
