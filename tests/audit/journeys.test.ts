/** Journeys in a real browser on the fixture shop: every step form, expectations, a failing step, unreachable pages and the crawl. */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { AuditOptions, AuditResult } from '../../verify/audit/audit-types';
import { launchAuditBrowser } from '../../verify/audit/browser';
import { parseJourney } from '../../verify/audit/journey';
import { htmlReport } from '../../verify/audit/report/html-report';
import { runAudit } from '../../verify/audit/run-audit';
import { ids } from './builders';
import { FIXTURES, startFixtureSite, type FixtureSite } from './fixture-server';

jest.setTimeout(120_000);
let site: FixtureSite;
let browser: Browser;

beforeAll(async () => {
  site = await startFixtureSite();
  browser = await launchAuditBrowser(false, { ...process.env, PINTEREST_GTM_NO_SANDBOX: '1' });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A port nothing listens on: one the OS just gave out and took back. */
const closedPort = (): Promise<number> => new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});
const journey = (file: string): AuditOptions['journey'] => parseJourney(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), file);
const audit = (start: string, extra: Partial<AuditOptions> = {}): Promise<AuditResult> => runAudit({
  startUrl: `${site.origin}/${start}`, maxPages: 5, consent: 'none', routes: site.routes, serverOrigins: [], headed: false,
  screenshots: false, stepTimeoutMs: 5000, settleMs: 800, serverWaitMs: 0, ...extra,
}, { browser });

test('a clean journey: every step runs, every expectation is met, no findings; a screenshot per step', async () => {
  const progress: string[] = [];
  const result = await runAudit({
    startUrl: `${site.origin}/shop.html`, journey: journey('shop-journey.yaml'), journeyFile: 'shop-journey.yaml', maxPages: 1, consent: 'none', routes: site.routes,
    serverOrigins: [], headed: false, screenshots: true, stepTimeoutMs: 5000, settleMs: 800, serverWaitMs: 0,
  }, { browser, progress: (m) => progress.push(m) });
  expect(result.findings).toEqual([]);
  expect(result.steps.map((s) => s.ok)).toEqual(Array(10).fill(true));
  expect(result.steps.every((s) => s.screenshot !== undefined)).toBe(true);
  expect(result.views.map((v) => v.url.replace(site.origin, ''))).toEqual(['/shop.html', '/clean-checkout.html']);
  expect(result.steps[6]).toMatchObject({ label: 'step 7 (Go to the order page)', pages: [1] });
  expect(progress[4]).toBe('step 5 (click "Add to cart")');
  const added = result.views[0].calls.find((c) => c.args[1] === 'addtocart');
  expect(added?.args[2]).toMatchObject({ line_items: [{ product_variant: 'l' }] });
  expect(htmlReport(result).match(/data:image\/jpeg;base64,/g)).toHaveLength(10);
});

test('a step that cannot be done stops the journey, names the step and its line, and keeps what was seen', async () => {
  const result = await audit('shop.html', { journey: journey('broken-journey.yaml'), journeyFile: 'broken-journey.yaml' });
  expect(ids(result.findings)).toEqual(['step-failed']);
  expect(result.findings[0].message).toMatch(/^broken-journey\.yaml:4: step 3 \(click "Gift wrap"\): text "Gift wrap" not found/);
  expect(result.steps.map((s) => s.ok)).toEqual([true, true, false]);
  expect(result.views[0].calls.map((c) => c.args[0])).toEqual(['load', 'page', 'track']);
});

test('an expectation that is not met is reported and the journey goes on', async () => {
  const steps = parseJourney('- goto: shop.html\n- expect: checkout\n  timeout: 300\n- click: Add to cart\n- expect: addtocart\n', 'j.yaml');
  const result = await audit('shop.html', { journey: steps });
  expect(ids(result.findings)).toEqual(['expect-not-met']);
  expect(result.findings[0]).toMatchObject({ step: 1, message: 'no "checkout" event was sent' });
  expect(result.steps.map((s) => s.ok)).toEqual([true, true, true, true]);
});

test('a site that cannot be reached, and a page that answers 404, are clear errors', async () => {
  const closed = await closedPort();
  const down = await audit('', { startUrl: `http://127.0.0.1:${closed}/` });
  expect(ids(down.findings)).toEqual(['site-unreachable']);
  expect(down.findings[0].message).toContain(`start page: http://127.0.0.1:${closed}/ could not be loaded: `);
  expect(down.views.map((v) => v.loadError !== undefined)).toEqual([true]);
  const missing = await audit('no-such-page.html');
  expect(missing.findings.map((f) => f.message)).toEqual([`start page: ${site.origin}/no-such-page.html answered HTTP 404`]);
  expect(missing.views[0].loadError).toMatch(/HTTP 404/);
});

test('without a journey: the start page and the same-origin pages it links to', async () => {
  const result = await audit('shop.html');
  expect(result.steps.map((s) => s.label)).toEqual(['start page', 'link 1']);
  expect(result.views.map((v) => v.url.replace(site.origin, ''))).toEqual(['/shop.html', '/clean-checkout.html']);
  expect(result.findings).toEqual([]);
});
