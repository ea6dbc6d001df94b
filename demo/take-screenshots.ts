/**
 * `npx tsx demo/take-screenshots.ts`: regenerates the README's inspector screenshots (docs/images/) from
 * a real journey in the demo: a purchase with a reloaded thank-you page, a search, and a lead sent
 * while core.js is blocked (as an ad blocker would), in Debian's chromium through Playwright.
 */
import * as path from 'node:path';
import { launchChromium, waitFor } from '../tests/e2e/browser';
import { startDemo } from './start-demo';

const IMAGES = path.resolve(__dirname, '..', 'docs', 'images');

async function main(): Promise<void> {
  const demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const shop = await context.newPage();
    await shop.goto(`${demo.shop}/product/VASE-01?epik=dj0yJnU9ZXhhbXBsZQ`);
    await shop.click('#add');
    await waitFor('add to cart', () => demo.fake.accepted().filter((e) => e.event_name === 'add_to_cart').length, (n) => n === 1);
    await shop.click('#checkout');
    await shop.click('#place');
    await shop.waitForURL(/\/thanks/);
    await shop.waitForTimeout(1500);
    await shop.reload();
    await waitFor('the reloaded purchase', () => demo.fake.accepted().filter((e) => e.event_name === 'checkout').length, (n) => n === 2);
    await shop.goto(`${demo.shop}/search?q=vase`);
    await shop.waitForTimeout(1000);
    const blocked = await browser.newContext();
    await blocked.route('**/ct/core.js', (route) => route.abort());
    const lead = await blocked.newPage();
    await lead.goto(`${demo.shop}/contact`);
    await lead.click('#send');
    await lead.waitForTimeout(1500);
    const inspector = await context.newPage();
    await inspector.goto(demo.inspector);
    await inspector.waitForSelector('tr[data-dedup="server-only"]');
    await inspector.waitForTimeout(500);
    await inspector.screenshot({ path: path.join(IMAGES, 'inspector.png') });
    await inspector.click('tr[data-event-id^="checkout_"]');
    await inspector.waitForSelector('#detail:not([hidden])');
    await inspector.locator('#detail').screenshot({ path: path.join(IMAGES, 'inspector-detail.png') });
    console.log(`screenshots written to ${IMAGES}`);
  } finally {
    await browser.close();
    await demo.close();
  }
}

main().catch((error: unknown) => { console.error(error); process.exitCode = 1; });
