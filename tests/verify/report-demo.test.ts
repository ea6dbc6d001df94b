/**
 * The runbook's monthly review on the demo (`npm start -- --log-file demo-capi.jsonl`, README): a shopper's
 * journey in Chromium (a product, add to cart, checkout, the thank-you page reloaded, a lead, a search),
 * then `pinterest-gtm report` on the demo's log file and the inspector on the same traffic. They must
 * agree: events, deliveries, events per name, pairs with the browser; a reloaded purchase is one event
 * sent twice, not a retry. Every wait is for an event (a log line, a page load), never a fixed time.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { InspectorView } from '../../demo/inspector/timeline';
import { startDemo, type Demo } from '../../demo/start-demo';
import { launchAuditBrowser } from '../../verify/audit/browser';
import { deliveryReport } from '../../verify/report/delivery-report';
import { scanTagEvents } from '../../verify/report/tag-events';
import { formatDeliveryReport } from '../../verify/report/text-report';

jest.setTimeout(180_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-demo-'));
const logFile = path.join(dir, 'demo-capi.jsonl');
let demo: Demo;
let browser: Browser;
/** Parsed log lines as the demo writes them, and a check run on every new line. */
const lines: Record<string, unknown>[] = [];
let onLine: () => void = () => undefined;

beforeAll(async () => {
  demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 }, {
    logFile, onLog: (line) => { try { lines.push(JSON.parse(line)); } catch { /* not a JSON line */ } onLine(); },
  });
  browser = await launchAuditBrowser(false, { ...process.env, PINTEREST_GTM_NO_SANDBOX: '1' });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Resolves when `holds()` is true, checked now and on every log line the server container writes. */
function until(what: string, holds: () => boolean): Promise<void> {
  if (holds()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // Only a hang guard: a run that never gets there fails with what it waited for.
    const guard = setTimeout(() => { onLine = () => undefined; reject(new Error(`the demo never logged ${what}`)); }, 120_000);
    onLine = () => { if (holds()) { clearTimeout(guard); onLine = () => undefined; resolve(); } };
  });
}
const answered = (event: string): number => lines.filter((l) => l.Type === 'Response' && l.EventName === event).length;
const answeredIds = (): Set<unknown> => new Set(lines.filter((l) => l.Type === 'Response').map((l) => l.EventId));

async function shop(page: Page): Promise<void> {
  await page.goto(`${demo.shop}/product/VASE-01`);
  await until('a page visit', () => answered('page_visit') >= 1);
  await page.click('#add');
  await until('the add to cart', () => answered('add_to_cart') === 1);
  await Promise.all([page.waitForURL(/\/checkout/), page.click('#checkout')]);
  await until('the checkout started', () => answered('initiate_checkout') === 1);
  await Promise.all([page.waitForURL(/\/thanks/), page.click('#place')]);
  await until('the purchase', () => answered('checkout') === 1);
  await page.reload();
  await until('the reloaded purchase', () => answered('checkout') === 2);
  await page.goto(`${demo.shop}/contact`);
  await page.click('#send');
  await until('the lead', () => answered('lead') === 1);
  await page.goto(`${demo.shop}/search?q=vase`);
  await until('the search', () => answered('search') === 1);
  // Every event the browser tracked reached the Conversions API and was answered, and nothing is in flight.
  const tracked = (): unknown[] => demo.fake.tagEvents.filter((t) => t.event !== 'init' && t.data.event_id !== undefined).map((t) => t.data.event_id);
  await until('an answer for every event the browser tracked', () => tracked().every((id) => answeredIds().has(id))
    && lines.filter((l) => l.Type === 'Response').length === demo.fake.requests.length);
}

test('report and inspector agree on the demo journey: every event delivered once, the reloaded purchase sent twice, no retries', async () => {
  const context = await browser.newContext();
  await shop(await context.newPage());
  await context.close();
  const inspector = await (await fetch(`${demo.inspector}/events.json`)).json() as InspectorView;
  const tagEvents = path.join(dir, 'tag-events.json');
  fs.writeFileSync(tagEvents, JSON.stringify(demo.fake.tagEvents)); // as `curl …/_fake/tag-events > tag-events.json` saves it
  const report = await deliveryReport(logFile, await scanTagEvents(tagEvents));

  expect(report.events).toBe(inspector.totals.apiEvents);
  expect(report.delivered).toBe(inspector.totals.delivered);
  expect(report.delivered).toBe(report.events);
  expect(report.dedup?.paired).toBe(inspector.totals.paired);
  const byName = new Map<string, { events: number; delivered: number }>();
  for (const row of inspector.rows.filter((r) => r.api.length > 0)) {
    const name = String((row.api[0].event as { event_name?: unknown }).event_name);
    const counts = byName.get(name) ?? { events: 0, delivered: 0 };
    counts.events++;
    if (row.api.some((a) => a.delivered)) counts.delivered++;
    byName.set(name, counts);
  }
  expect(Object.fromEntries(report.byEventName)).toEqual(Object.fromEntries(byName));
  expect(report.byEventName.get('checkout')).toEqual({ events: 1, delivered: 1 });

  expect(report.sends).toBe(demo.fake.requests.length);
  expect(report.sends).toBe(report.events + 1); // the reloaded thank-you page sent its purchase again
  expect(report).toMatchObject({ retriedSends: 0, resentEvents: 1, withoutFireId: 0, badLines: [] });
  const text = formatDeliveryReport(report);
  expect(text).toContain(`Conversions API delivery: ${report.events} of ${report.events} events delivered (100.0%)`);
  expect(text).toContain('Sends: ');
  expect(text.split('\n')[0]).not.toMatch(/^Action needed/);
});
