/**
 * The cross-domain journey (docs/cross-domain.md) in a real browser: an ad click on shop.example, a purchase
 * on checkout.example, two registrable domains with separate cookie jars, served by the demo on loopback.
 * This suite launches a chromium of its own: only launch flags map the two reserved `.example` names to
 * 127.0.0.1 and let the demo's plain-http origins keep Secure cookies, as HTTPS sites would.
 */
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startDemo, type Demo } from '../../demo/start-demo';
import { DEMO_SHOP_DOMAINS } from '../../demo/linker-stand-in';
import { CHROMIUM_PATH, waitFor } from './browser';

jest.setTimeout(120_000);
let demo: Demo;
let browser: Browser;
const [SHOP, CHECKOUT] = DEMO_SHOP_DOMAINS;

beforeAll(async () => {
  demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 });
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`no chromium at ${CHROMIUM_PATH}: run apt-get install -y chromium, or set CHROMIUM_PATH`);
  const ports = [new URL(demo.shop).port, new URL(demo.serverContainer).port];
  const origins = DEMO_SHOP_DOMAINS.flatMap((name) => ports.map((port) => `http://${name}:${port}`));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--host-resolver-rules=${DEMO_SHOP_DOMAINS.map((name) => `MAP ${name} 127.0.0.1`).join(', ')}`,
      `--unsafely-treat-insecure-origin-as-secure=${origins.join(',')}`],
  });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

test('cross-domain: ad click on one domain, purchase on another; the tag\'s and the API\'s checkout both carry the click id and pair', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const shopPort = new URL(demo.shop).port;
  await page.goto(`http://${SHOP}:${shopPort}/product/VASE-01?epik=dj0yXDOMAIN1`);
  // The ad click's page visit reached the server, which kept the click id under the client id's hash.
  await waitFor('the click id in Firestore', () => [...demo.container.firestore.values()], (docs) => docs.some((d) => d.click_id === 'dj0yXDOMAIN1'));
  await page.click('#other-domain');
  await page.waitForURL(new RegExp(`^http://${CHECKOUT}:${shopPort}/checkout`));
  // Another registrable domain: no _epik of shop.example here, only the _ga the linker stand-in carried.
  // All cookies, then by domain: cookies(url) leaves Secure ones out for an http URL.
  const cookiesOf = async (domain: string) => (await context.cookies()).filter((c) => c.domain === domain);
  const checkoutCookies = () => cookiesOf(CHECKOUT);
  const shopGa = (await cookiesOf(SHOP)).find((c) => c.name === '_ga')?.value;
  expect(shopGa).toMatch(/^GA1\.1\.\d+\.\d+$/);
  expect((await checkoutCookies()).find((c) => c.name === '_ga')?.value).toBe(shopGa);
  // Its first forwarded event found the click id: the server set _epik on checkout.example.
  await waitFor('_epik on checkout.example', checkoutCookies, (cookies) => cookies.some((c) => c.name === '_epik' && c.value === 'dj0yXDOMAIN1'));
  expect(demo.container.tagRuns.some((run) => JSON.stringify(run.logs).includes('cross-domain: click id restored'))).toBe(true);
  await page.click('#place');
  await page.waitForURL(/\/thanks/);
  const order = await page.textContent('#order');
  const [tag, api] = await waitFor('the purchase on both sides',
    () => [demo.fake.tagEvents.filter((e) => e.event === 'checkout'), demo.fake.accepted().filter((e) => e.event_name === 'checkout')] as const,
    ([t, a]) => t.length === 1 && a.length === 1);
  expect(tag[0].page.startsWith(`http://${CHECKOUT}:${shopPort}/thanks`)).toBe(true);
  expect(tag[0].clickId).toBe('dj0yXDOMAIN1');
  expect((api[0].user_data as Record<string, unknown>).click_id).toBe('dj0yXDOMAIN1');
  expect(tag[0].data.event_id).toBe(`checkout_${order}`);
  expect(api[0].event_id).toBe(tag[0].data.event_id);
  await context.close();
});
