/**
 * The audit in a real browser (Debian's chromium) on small pages of our own, each with one planted
 * mistake (tests/fixtures/audit): the audit reports exactly that finding. None of the pages uses GTM:
 * they install Pinterest's base code by hand, or the image tag, as the runbook's users start.
 */
import type { Browser } from 'playwright-core';
import type { AuditOptions, AuditResult } from '../../verify/audit/audit-types';
import { launchAuditBrowser } from '../../verify/audit/browser';
import { parseJourney } from '../../verify/audit/journey';
import { htmlReport } from '../../verify/audit/report/html-report';
import { jsonReport, textReport } from '../../verify/audit/report/text-report';
import { runAudit } from '../../verify/audit/run-audit';
import { csvFeed, product, writeFile } from '../verify/builders';
import { EMAIL, ids } from './builders';
import { startFixtureSite, type FixtureSite } from './fixture-server';

jest.setTimeout(120_000);
let site: FixtureSite;
let browser: Browser;
let feed: string;

beforeAll(async () => {
  site = await startFixtureSite();
  browser = await launchAuditBrowser(false, { ...process.env, PINTEREST_GTM_NO_SANDBOX: '1' });
  feed = writeFile('catalog.csv', csvFeed([product('VASE-01'), product('MUG-02')]));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const audit = (page: string, extra: Partial<AuditOptions> = {}): Promise<AuditResult> => runAudit({
  startUrl: `${site.origin}/${page}`, maxPages: 1, consent: 'none', routes: site.routes, serverOrigins: [], headed: false,
  screenshots: false, stepTimeoutMs: 5000, settleMs: 800, serverWaitMs: 0, feed, ...extra,
}, { browser });

test.each([
  ['clean-checkout.html', []],
  ['image-tag.html', []],
  ['tag-loaded-twice.html', ['tag-loaded-twice']],
  ['raw-email.html', ['em-not-hashed']],
  ['checkout-without-order-id.html', ['checkout-order-id-missing']],
  ['conversion-without-event-id.html', ['event-id-missing']],
  ['event-before-consent.html', ['consent-denied-event']],
  ['product-not-in-feed.html', ['product-not-in-catalog']],
  ['wrong-currency.html', ['currency-invalid']],
  ['corejs-failing.html', ['corejs-failed']],
])('%s: exactly %j', async (...[page, expected]) => {
  const result = await audit(page);
  expect(result.aborted).toBeUndefined();
  expect(ids(result.findings)).toEqual(expected);
});

test('the clean page is seen as a Tag Helper sees it: tag ID, page, the checkout and its request', async () => {
  const result = await audit('clean-checkout.html');
  const [view] = result.views;
  expect(view.calls.map((c) => c.args[0])).toEqual(['load', 'page', 'track']);
  expect(view.requests.map((r) => [r.kind, r.event, r.status])).toEqual([['core-js', undefined, 200], ['tag', 'init', 200], ['tag', 'pagevisit', 200], ['tag', 'checkout', 200]]);
  expect(result.catalog).toEqual({ products: 2, idsSent: 1, idsNotInCatalog: 0, feedProblems: 0 });
  expect(textReport(result)).toMatch(/PASS: no errors$/);
});

test('the planted raw email is reported but never printed, in text, JSON or HTML', async () => {
  const result = await audit('raw-email.html', { screenshots: true });
  expect(result.findings[0].message).toMatch(/raw email address/);
  for (const report of [textReport(result), jsonReport(result), htmlReport(result)]) expect(report).not.toContain(EMAIL);
  expect(result.steps[0].screenshot?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
});

test('the product missing from the feed is named, with where it was sent', async () => {
  const [f] = (await audit('product-not-in-feed.html')).findings;
  expect(f).toMatchObject({ id: 'product-not-in-catalog', page: 0, event: 'checkout' });
  expect(f.message).toContain('"VASE-99"');
});

test('--consent accept: the tag loads after the click with ad_storage granted; nothing before', async () => {
  const result = await audit('consent-banner.html', { consent: 'accept' });
  expect(ids(result.findings)).toEqual([]);
  expect(result.views[0].auditConsent?.choice).toBe('accept');
  expect(result.views[0].calls.map((c) => [c.args[0], c.consent.adStorage])).toEqual([['load', 'granted'], ['page', 'granted']]);
});

test('--consent reject: a site that respects it sends nothing and is fine', async () => {
  const result = await audit('consent-banner.html', { consent: 'reject' });
  expect(ids(result.findings)).toEqual([]);
  expect(result.views[0].requests).toEqual([]);
});

test('--consent reject: a site whose banner only hides itself keeps tracking on the next page: an error', async () => {
  const result = await audit('banner-ignored.html', { consent: 'reject', maxPages: 2 });
  expect(result.views.map((v) => v.url.replace(site.origin, ''))).toEqual(['/banner-ignored.html', '/banner-ignored-next.html']);
  expect(ids(result.findings)).toEqual(['consent-denied-event']);
  expect(result.findings[0]).toMatchObject({ page: 1, message: expect.stringContaining('after cookies were rejected') });
});

test('a hostile page (throwing getters, cycles, forged records) is audited; pintrk is left as the page and core.js set it', async () => {
  // The page writes its verdict on its load event: wait for it (the timeout only ends a hang), then read it.
  const steps = parseJourney('- goto: hostile-page.html\n- wait: { text: "transparent: " }\n  timeout: 60000\n- wait: { text: "transparent: yes" }\n  timeout: 1000\n', 'j.yaml');
  const result = await audit('hostile-page.html', { journey: steps });
  expect(result.steps.map((s) => s.ok)).toEqual([true, true, true]);
  expect(ids(result.findings)).toEqual(['param-unknown']);
  expect(result.views).toHaveLength(1);
  expect(result.views[0].calls[2].args[2]).toEqual({ event_id: 'lead-1', lead_type: 'Demo', trap: '[unreadable]' });
  expect(result.views[0].dataLayer).toEqual([{ event: 'cyclic', self: { event: 'cyclic', self: expect.anything() } }, '[element BODY]']);
});

test('--consent accept on a site without a banner says so', async () => {
  expect(ids((await audit('clean-checkout.html', { consent: 'accept', feed: undefined })).findings)).toEqual(['consent-banner-not-found']);
});
