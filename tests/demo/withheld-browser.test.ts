/**
 * In a real browser: with ad consent denied, the shop's page reports the tag fires GTM held back, and
 * the open inspector shows them greyed with the reason; granting consent releases them, and the rows
 * say so.
 */
import type { Browser } from 'playwright-core';
import type { InspectorView } from '../../demo/inspector/timeline';
import { startDemo, type Demo } from '../../demo/start-demo';
import { launchChromium, waitFor } from '../e2e/browser';

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

const withheldRows = async () => ((await (await fetch(`${demo.inspector}/events.json`)).json()) as InspectorView).rows.filter((r) => r.dedup.state === 'withheld');

test('held-back tag fires appear greyed with their reason, and say when consent released them', async () => {
  const context = await browser.newContext();
  const shop = await context.newPage();
  await shop.goto(`${demo.shop}/search?q=held&consent=denied`);
  const rows = await waitFor('the held-back fires of the page', withheldRows, (r) => r.length === 2);
  expect(rows.map((r) => r.tagEvent).sort()).toEqual(['gtm.js', 'search']);
  expect(rows.every((r) => r.page === '/search' && r.dedup.detail === 'ad_storage denied' && r.apiMessage === 'waiting for consent')).toBe(true);
  expect(demo.fake.tagEvents).toEqual([]);

  const inspector = await context.newPage();
  await inspector.goto(demo.inspector);
  const greyed = inspector.locator('tr.withheld[data-dedup="withheld"]');
  await greyed.first().waitFor();
  expect(await greyed.count()).toBe(2);
  expect(await greyed.first().textContent()).toMatch(/withheld by consent.*ad_storage denied/);
  expect(await inspector.textContent('#total-withheld')).toBe('2');

  await shop.click('#grant');
  const released = await waitFor('the fires released by the grant', withheldRows, (r) => r.length === 2 && r.every((x) => x.apiMessage === 'fired later, when consent was granted'));
  expect(released.map((r) => r.dedup.detail)).toEqual(['ad_storage denied; fired when consent was granted', 'ad_storage denied; fired when consent was granted']);
  await waitFor('the search sent after the grant', () => demo.fake.tagEvents.map((e) => e.event), (events) => events.includes('search'));
  await context.close();
});
