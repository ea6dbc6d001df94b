/**
 * The inspector in a real browser, as a marketer uses it: open it, shop in another tab, and watch every
 * event appear (no reload) with its browser and API copies paired; a blocked core.js shows "server
 * only"; hostile traffic is shown as text; and the page logs no console errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HIDDEN_IP, HIDDEN_PERSONAL } from '../../demo/inspector/privacy';
import { startDemo, type Demo } from '../../demo/start-demo';
import { launchChromium, waitFor } from './browser';

jest.setTimeout(90000);
let demo: Demo;
let browser: Browser;
const RAW_EMAIL = 'jane.doe@example.com';

beforeAll(async () => {
  demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** The inspector page, with every console error and uncaught exception it produces. */
async function openInspector(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.goto(demo.inspector);
  await page.waitForSelector('#live.on');
  return { page, errors };
}
const row = (id: string): string => `tr[data-event-id="${id}"]`;
const accepted = (name: string): string[] => demo.fake.accepted().filter((e) => e.event_name === name).map((e) => String(e.event_id));

test('after a shopping journey the open inspector shows every pair, the reloaded purchase deduplicated, hashes only, and no console errors', async () => {
  const context = await browser.newContext();
  const inspector = await openInspector(context);
  const shop = await context.newPage();
  await shop.goto(`${demo.shop}/product/VASE-01?epik=dj0yEPIKINSPECT1`);
  await shop.click('#add');
  await waitFor('add to cart through the API', () => accepted('add_to_cart'), (ids) => ids.length === 1);
  await shop.click('#checkout');
  await shop.click('#place');
  await shop.waitForURL(/\/thanks/);
  const order = String(await shop.textContent('#order'));
  await waitFor('the purchase through the API', () => accepted('checkout'), (ids) => ids.length === 1);
  await shop.reload();
  await waitFor('the reloaded purchase through the API', () => accepted('checkout'), (ids) => ids.length === 2);

  const browserIds = new Set(demo.fake.tagEvents.map((t) => t.data.event_id).filter((id): id is string => typeof id === 'string'));
  const pairs = [...new Set(demo.fake.accepted().map((e) => String(e.event_id)))].filter((id) => browserIds.has(id));
  expect(pairs).toContain(`checkout_${order}`);
  expect(pairs.length).toBeGreaterThanOrEqual(3);
  for (const id of pairs) {
    await inspector.page.waitForSelector(`${row(id)}[data-dedup="paired"]`, { timeout: 15000 });
    expect(await inspector.page.textContent(row(id))).toContain('paired: Pinterest counts this once');
  }
  expect(Number(await inspector.page.textContent('#total-paired'))).toBeGreaterThanOrEqual(pairs.length);

  const purchase = inspector.page.locator(row(`checkout_${order}`));
  await waitFor('both purchase requests in the row', () => purchase.textContent(), (t) => /answered 200, then 200 on resend/.test(t ?? ''));
  expect(await purchase.textContent()).toMatch(/39\.9.*EUR.*ORD-/);
  await purchase.click();
  await inspector.page.waitForSelector('#detail:not([hidden])');
  expect(await inspector.page.locator('#detail-api pre').count()).toBe(2);
  const detail = String(await inspector.page.textContent('#detail'));
  expect(detail).toContain('derived from the order id');
  expect(detail).toContain(HIDDEN_IP);
  expect(detail).toMatch(/"em": \[\s*"[a-f0-9]{64}"/);
  expect(detail).toContain('dj0yEPIKINSPECT1');
  expect(await inspector.page.textContent('#legend-seen')).toContain('addtocart ↔ add_to_cart');
  expect(await inspector.page.content()).not.toContain(RAW_EMAIL);
  expect(inspector.errors).toEqual([]);
  await context.close();
});

test('with core.js blocked, the lead shows as "server only"', async () => {
  const context = await browser.newContext();
  await context.route('**/ct/core.js', (route) => route.abort());
  const before = new Set(accepted('lead'));
  const page = await context.newPage();
  await page.goto(`${demo.shop}/contact`);
  await page.click('#send');
  const [id] = (await waitFor('the lead through the server', () => accepted('lead').filter((i) => !before.has(i)), (ids) => ids.length === 1));
  const inspector = await openInspector(context);
  await inspector.page.waitForSelector(`${row(id)}[data-dedup="server-only"]`, { timeout: 15000 });
  expect(await inspector.page.textContent(row(id))).toContain('server only');
  expect(Number(await inspector.page.textContent('#total-server-only'))).toBeGreaterThanOrEqual(1);
  expect(inspector.errors).toEqual([]);
  await context.close();
});

test('hostile traffic is shown as text: no markup runs in the inspector and a raw email is not shown', async () => {
  const context = await browser.newContext();
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const ed = JSON.stringify({ event_id: 'HOSTILE-1', order_id: payload, value: payload, email: RAW_EMAIL });
  await fetch(`${demo.pinterest}/v3/?event=${encodeURIComponent(payload)}&tid=1&ed=${encodeURIComponent(ed)}&ad=${encodeURIComponent(JSON.stringify({ loc: `${demo.shop}/${payload}` }))}`);
  const inspector = await openInspector(context);
  await inspector.page.waitForSelector(row('HOSTILE-1'));
  expect(await inspector.page.textContent(row('HOSTILE-1'))).toContain(payload);
  await inspector.page.click(row('HOSTILE-1'));
  const detail = String(await inspector.page.textContent('#detail'));
  expect(detail).toContain(HIDDEN_PERSONAL);
  expect(await inspector.page.content()).not.toContain(RAW_EMAIL);
  expect(await inspector.page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await inspector.page.locator('#rows img, #rows script, #detail img').count()).toBe(0);
  expect(inspector.errors).toEqual([]);
  await context.close();
});

test('query data cannot run script in the shop: an unknown checkout item is a 404, a hostile search term is text', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const script = '</script><script>window.__pwned=1</script>';
  const checkout = await page.goto(`${demo.shop}/checkout?item=${encodeURIComponent(script)}`);
  expect(checkout?.status()).toBe(404);
  await page.goto(`${demo.shop}/search?q=${encodeURIComponent(script)}`);
  expect(await page.textContent('h1')).toBe(`Search: ${script}`);
  expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  await context.close();
});
