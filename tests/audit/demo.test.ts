/**
 * The audit on the demo shop (`npm start`'s servers, started here on free ports): GTM with the fixture
 * web container, the server container and the Pinterest fake. A clean journey gives no errors and every
 * browser event is paired with its Conversions API copy in the demo's log file; an API error the fake is
 * told to answer is reported with its code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startDemo, type Demo } from '../../demo/start-demo';
import type { AuditOptions, AuditResult } from '../../verify/audit/audit-types';
import { launchAuditBrowser } from '../../verify/audit/browser';
import { parseJourney } from '../../verify/audit/journey';
import { runAudit } from '../../verify/audit/run-audit';
import { FIXTURES } from './fixture-server';

jest.setTimeout(180_000);
let demo: Demo;
let browser: Browser;
let logFile: string;

beforeAll(async () => {
  logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'audit-demo-')), 'capi.jsonl');
  demo = await startDemo({ shop: 0, serverContainer: 0, pinterest: 0 }, { logFile });
  browser = await launchAuditBrowser(false, { ...process.env, PINTEREST_GTM_NO_SANDBOX: '1' });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const audit = (journey: string, extra: Partial<AuditOptions> = {}): Promise<AuditResult> => runAudit({
  startUrl: `${demo.shop}/`, journey: parseJourney(journey, 'journey.yaml'), journeyFile: 'journey.yaml', maxPages: 1, consent: 'none',
  // The demo's pages already load Pinterest's hosts from the fake: the routes let the audit recognise them.
  routes: [{ from: 'https://s.pinimg.com', to: demo.pinterest }, { from: 'https://ct.pinterest.com', to: demo.pinterest }],
  serverOrigins: [demo.serverContainer], headed: false, screenshots: false, stepTimeoutMs: 10_000, settleMs: 1500,
  serverLogs: logFile, serverWaitMs: 15_000, ...extra,
}, { browser });

test('a clean journey through the demo shop: no errors, and 100 % of its events paired with the server logs', async () => {
  const result = await audit(fs.readFileSync(path.join(FIXTURES, 'demo-journey.yaml'), 'utf8'));
  expect(result.aborted).toBeUndefined();
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(result.steps.every((s) => s.ok)).toBe(true);
  expect(result.pairing).toMatchObject({ rate: 1, browserOnly: [], serverOnly: [], nameMismatch: [], errors: [] });
  expect(result.pairing?.paired).toBeGreaterThanOrEqual(10);
  const names = result.views.flatMap((v) => v.calls.filter((c) => c.args[0] === 'track').map((c) => c.args[1]));
  expect(names).toEqual(expect.arrayContaining(['viewcategory', 'pagevisit', 'addtocart', 'initiatecheckout', 'checkout', 'lead', 'search']));
  expect(result.views.every((v) => v.requests.some((r) => r.kind === 'server' && r.status === 200))).toBe(true);
});

test('an error the Conversions API answers is reported with its code', async () => {
  fs.truncateSync(logFile);
  demo.fake.queueFaults({ status: 400 }, { status: 400 });
  const result = await audit('- goto: /search?q=lamp\n- expect: search\n');
  const errors = result.findings.filter((f) => f.id === 'capi-error');
  expect(errors.length).toBeGreaterThanOrEqual(1);
  expect(errors[0].message).toMatch(/HTTP 400, Pinterest code 4196/);
  expect(result.pairing?.errors.length).toBe(errors.length);
});
