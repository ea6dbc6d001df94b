/** pinterest-gtm plan from the fixture containers, and the CLI's commands, exit codes and errors. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../verify/cli';
import { trackingPlan } from '../../verify/plan/tracking-plan';
import { csvFeed, jsonLines, product, tagLog, writeFile } from './builders';
import { captureCli } from '../support/capture-cli';

const CONTAINERS = path.resolve(__dirname, '..', 'fixtures', 'containers');
const read = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(CONTAINERS, name), 'utf8'));

const capture = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

test('the tracking plan lists every Pinterest event, its trigger, sources, route, matching and consent', () => {
  const { text: plan } = trackingPlan({ file: 'web.json', json: read('web-container.json') }, { file: 'server.json', json: read('server-container.json') });
  expect(plan).toContain('purchase → checkout');
  expect(plan).toContain('| Pinterest events | base code and the page visit (load, then track pagevisit) |');
  expect(plan).toContain('GA4 ecommerce events (CUSTOM_EVENT');
  expect(plan).toContain('{{Customer email}}: dataLayer `customer.email` (hashed in GTM)');
  expect(plan).toContain('server forwarding to {{Server container URL}}');
  expect(plan).toContain('Client **Pinterest** on `/pinterest/events`');
  expect(plan).toContain('denied ad_storage or ad_user_data ⇒ not sent');
  expect(plan).toContain('Claim your website domain');
  // The event_id rule in README's form ("Deduplication: the event_id rule"): a page visit is `<page load id>.page<n>`.
  expect(plan).toContain('| event_id | pinterest-gtm rule: a checkout with an order id → `checkout_<order id>`; a page visit (`track` `pagevisit`) → `<page load id>.page<n>` (one per page view: n = 1 for the loaded page, +1 per SPA route change); any other event → `<page load id>.<gtm.uniqueEventId>` |');
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  for (const form of ['`checkout_<order ID>`', '`<page load id>.page<n>`', '`<page load id>.<gtm.uniqueEventId>`']) expect(readme).toContain(form);
  expect(plan).not.toContain('`<page view>.<gtm.uniqueEventId>`');
});

test('CLI: catalog-check exits 1 when ids do not match, plan writes a file, report writes HTML', async () => {
  const feed = writeFile('feed.csv', csvFeed([product('SKU-1')]));
  const check = await capture(['catalog-check', '--feed', feed, '--events', writeFile('e.jsonl', jsonLines([{ content_ids: ['SKU-9'] }]))]);
  expect(check.code).toBe(1);
  expect(check.out).toContain('not in catalog: "SKU-9"');
  const out = writeFile('plan.md', '');
  expect((await capture(['plan', path.join(CONTAINERS, 'web-container.json'), '--out', out])).code).toBe(0);
  expect(fs.readFileSync(out, 'utf8')).toContain('# Pinterest tracking plan');
  const html = writeFile('report.html', '');
  const report = await capture(['report', writeFile('logs.jsonl', jsonLines(tagLog({ event_name: 'lead', event_id: 'L-1' }, [200]))), '--html', html]);
  expect(report.code).toBe(0);
  expect(fs.readFileSync(html, 'utf8')).toContain('Enhanced Match coverage');
});

test('CLI: catalog-check reports an unreadable line and keeps going (exit 1); ids with terminal escapes are printed escaped', async () => {
  const feed = writeFile('hostile.csv', `${csvFeed([product('SKU-1')])}"SKU-2,never closed\n${csvFeed([product('SKU-3')]).split('\n')[1]}\n`);
  const check = await capture(['catalog-check', '--feed', feed, '--events', writeFile('e.jsonl', jsonLines([{ content_ids: ['SKU-3', '\u001b[2J\u001b[31mgotcha'] }]))]);
  expect(check.code).toBe(1);
  expect(check.out).toContain(`${feed}:3: a quoted field opens here and is never closed; line 3 skipped`);
  expect(check.out).toContain('not in catalog: "\\u001b[2J\\u001b[31mgotcha" (1 events)');
  expect(check.out).not.toContain('\u001b');
});

test('CLI: usage errors exit 2; bad files exit 1 with the file named', async () => {
  expect((await capture(['catalog-check', '--feed', 'x'])).code).toBe(2);
  const bad = await capture(['plan', writeFile('not-a-container.json', '{"hello":1}')]);
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/not a GTM container export/);
  for (const [content, message] of [['null', 'the file is not a JSON object'], ['[1]', 'the file is not a JSON object'], ['{"exportFormatVersion":2,"containerVersion":null}', 'containerVersion is not an object'],
    ['{"exportFormatVersion":2,"containerVersion":{"tag":[{"name":"x","type":"cvt_1","parameter":"nope"}]}}', 'containerVersion.tag[0].parameter is not a list']]) {
    const file = writeFile('odd.json', content);
    expect(await capture(['plan', file])).toEqual({ code: 1, out: '', err: `pinterest-gtm plan: ${file}: not a GTM container export: ${message}` });
  }
  const broken = writeFile('broken.json', '{"a":\u0007');
  expect(await capture(['plan', broken])).toEqual({ code: 1, out: '', err: `pinterest-gtm plan: ${broken}:1:6: not valid JSON: Unexpected token '\\u0007'` });
});

test('CLI: a syntax error in an export is reported by line and column, never with the parser\'s quote of the file', async () => {
  const token = 'pina_AAAAAAAAAAAAAAAAAAAAAA';
  for (const content of [`{\n  "accessToken": ${token}\n}`, `{"a": "${token}" "b": 1}`, `{"x": "${token}`]) {
    const file = writeFile('broken.json', content);
    const run = await capture(['plan', file]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^pinterest-gtm plan: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid JSON`));
    expect(run.err).not.toContain('pina_A');
    expect(run.err).not.toContain('AAAA');
  }
});
