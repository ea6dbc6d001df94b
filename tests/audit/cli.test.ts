/**
 * `pinterest-gtm audit` as CI runs it: a separate process, exit status 1 on errors, JSON on stdout,
 * progress on stderr, the HTML report written, clear messages for a bad journey, a wrong command line
 * and a missing browser.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAuditArgs } from '../../verify/audit/command';
import { writeFile } from '../verify/builders';
import { FIXTURES, startFixtureSite, type FixtureSite } from './fixture-server';

jest.setTimeout(120_000);
const BIN = path.resolve(__dirname, '..', '..', 'bin', 'pinterest-gtm.js');
let site: FixtureSite;

beforeAll(async () => { site = await startFixtureSite(); });
afterAll(async () => { await site?.close(); });

/** Runs the CLI without blocking this process (the fixture site answers from it). */
const cli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
  execFile(process.execPath, [BIN, 'audit', ...args], { env: { ...process.env, ...env }, timeout: 100_000 }, (error, stdout, stderr) => {
    resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
  });
});
const routes = (): string[] => site.routes.flatMap((r) => ['--route', `${r.from}=${r.to}`]);

test('errors exit 1 with JSON on stdout, progress on stderr and the HTML report with its screenshot', async () => {
  const html = writeFile('audit.html', '');
  const run = await cli([`${site.origin}/wrong-currency.html`, ...routes(), '--json', '--html', html, '--settle', '800']);
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout);
  expect(report).toMatchObject({ tool: 'pinterest-gtm audit', passed: false, counts: { error: 1, warning: 0, info: 0 } });
  expect(report.findings.map((f: { id: string }) => f.id)).toEqual(['currency-invalid']);
  expect(report.pages[0]).toMatchObject({ tagIds: ['2612345678901'], page: true, events: [{ name: 'checkout', eventId: 'checkout_ORD-1003' }] });
  expect(run.stderr).toContain('… start page');
  expect(run.stderr).toContain(`… HTML report: ${html}`);
  expect(fs.readFileSync(html, 'utf8')).toMatch(/<img alt="start page" src="data:image\/jpeg;base64,/);
});

test('a clean page exits 0 with the text summary', async () => {
  const run = await cli([`${site.origin}/clean-checkout.html`, ...routes(), '--settle', '800', '--tag-id', '2612345678901']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/tag: 2612345678901; page: sent/);
  expect(run.stdout.trim().split('\n').pop()).toBe('PASS: no errors');
});

test('an invalid journey file: the step and line are named, the report still printed and written, exit 1', async () => {
  const html = writeFile('audit.html', '');
  const run = await cli([`${site.origin}/shop.html`, '--journey', path.join(FIXTURES, 'invalid-journey.yaml'), '--json', '--html', html]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('invalid-journey.yaml:3: step 3 (fill): fill needs "value" and "field" or "selector" [journey-invalid]');
  expect(JSON.parse(run.stdout).findings.map((f: { id: string }) => f.id)).toEqual(['journey-invalid']);
  expect(fs.readFileSync(html, 'utf8')).toContain('step 3 (fill)');
});

test('no chromium: a clear message naming CHROMIUM_PATH, exit 1', async () => {
  const run = await cli([`${site.origin}/clean-checkout.html`], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('The audit stopped early: no chromium at /nonexistent/chromium: install it');
});

test.each([
  [[], 'give the start URL'],
  [['https://a.example', 'https://b.example'], 'one start URL, got 2 arguments'],
  [['https://a.example', '--bogus'], 'unknown option --bogus'],
  [['https://a.example', '--consent', 'maybe'], '--consent must be accept, reject or none'],
  [['https://a.example', '--feed', '/no/such/feed.csv'], '--feed /no/such/feed.csv: no such file'],
  [['https://a.example', '--route', 'https://s.pinimg.com/ct/=http://x'], 'must be an origin'],
  [['https://a.example', '--route', 'https://s.pinimg.com'], 'write ORIGIN=URL'],
  [['https://a.example', '--max-pages', 'many'], '--max-pages must be a whole number'],
  [['https://a.example', '--tag-id', '123'], '--tag-id must be the 13-digit tag ID'],
  [['ftp://a.example'], 'the start URL must be http or https'],
])('a wrong command line %j: exit 2 with %j', async (args, message) => {
  expect(() => parseAuditArgs(args)).toThrow(message);
});

test('a wrong command line exits 2 with the usage', async () => {
  const run = await cli(['https://a.example', '--bogus']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^pinterest-gtm audit: unknown option --bogus \(see --help for the options\)\nusage: pinterest-gtm audit START_URL/);
  expect(run.stdout).toBe('');
});

test('options: defaults, a bare host, repeated routes and inline values', () => {
  const parsed = parseAuditArgs(['shop.example', '--route', 'https://s.pinimg.com=http://127.0.0.1:8790/', '--route=https://ct.pinterest.com=http://127.0.0.1:8790', '--server-container', 'https://sgtm.shop.example', '--max-pages=3']);
  expect(parsed?.options).toMatchObject({
    startUrl: 'https://shop.example/', maxPages: 3, consent: 'none', screenshots: false, stepTimeoutMs: 10_000, settleMs: 3000, serverWaitMs: 5000,
    routes: [{ from: 'https://s.pinimg.com', to: 'http://127.0.0.1:8790' }, { from: 'https://ct.pinterest.com', to: 'http://127.0.0.1:8790' }],
    serverOrigins: ['https://sgtm.shop.example'],
  });
  expect(parsed?.json).toBe(false);
});
