/**
 * Every regular expression of the verification tools and the release checks (verify/, release/) on
 * hostile text: work must grow linearly with the input. Not a wall-clock target on a loaded machine: each
 * case is run at two sizes eight times apart, and the CPU time of the larger may be at most 24 times the
 * smaller's (linear work gives about 8; the backtracking patterns this replaced gave 64 and more, and took
 * seconds to hours on these inputs). Each figure is the least of three runs, a larger run under 40 ms of CPU
 * passes outright (far below what quadratic work costs at these sizes), and a case gets three attempts.
 *
 * A second test lists every file of those folders that holds a regular expression and fails when one is
 * missing from CASES or REVIEWED, so a new pattern is judged here too.
 */
import * as path from 'node:path';
import { shown } from '../../verify/audit/rules/context';
import { sameSiteLinks } from '../../verify/audit/crawl';
import { trackedEvents, pageCommands } from '../../verify/audit/page-commands';
import { clean } from '../../verify/audit/report/page-summary';
import { tagPayload } from '../../verify/audit/requests';
import { recordProblems } from '../../verify/catalog/feed-rules';
import { isHttpUrl } from '../../verify/input/http-url';
import { maskEmails } from '../../verify/input/mask-emails';
import { printable } from '../../verify/input/printable';
import { code, md } from '../../verify/plan/markdown';
import { readContainer } from '../../verify/plan/plan-container';
import { resolveText } from '../../verify/plan/resolve-value';
import { readTable, rowFor } from '../../verify/plan/variable-tables';
import { headingAnchors } from '../../release/checks/folder-checks';
import { checkInfo } from '../../release/checks/info-checks';
import { readMetadata } from '../../release/checks/metadata-checks';
import { parseNotes } from '../../release/notes';
import { view } from '../audit/builders';
import { fixtureContainer } from './builders';
import { regexTable } from './environment-builders';
import { filesWithPatterns, linearRatio, RATIO_LIMIT } from '../support/regex-growth';

const ROOT = path.resolve(__dirname, '..', '..');
const N = 16_000;

const feedRecord = (fields: Record<string, string>): Parameters<typeof recordProblems>[0] => ({ line: 2, fields: { id: 'A', title: 'T', description: 'D', link: 'https://s.example/p', image_link: 'https://s.example/i.jpg', price: '1.00 USD', availability: 'in stock', ...fields } });

/** [file, what, the work for a hostile input of size n]. */
const CASES: [string, string, (n: number) => () => unknown][] = [
  ['verify/input/mask-emails.ts', 'a value without @', (n) => () => maskEmails(`${'a'.repeat(n)}@`)],
  ['verify/input/mask-emails.ts', 'many @', (n) => () => maskEmails('a@'.repeat(n))],
  ['verify/audit/rules/context.ts', 'shown() of 90,000 characters without @ (was ~20 s)', (n) => () => shown(`${'x'.repeat(n)}@`)],
  ['verify/audit/report/page-summary.ts', 'clean() of an @ and no dot (was ~20 s)', (n) => () => clean(`${'a'.repeat(n)}@${'b'.repeat(n)}`, 300)],
  ['verify/audit/report/page-summary.ts', 'clean() of control characters', (n) => () => clean('\u0001a'.repeat(n))],
  ['verify/catalog/feed-rules.ts', 'a link of dots (was seconds at 60 KB)', (n) => () => recordProblems(feedRecord({ link: `http://${'.'.repeat(n)} x`, image_link: `https://a${'.'.repeat(n)} x` }))],
  ['verify/catalog/feed-rules.ts', 'a long price', (n) => () => recordProblems(feedRecord({ price: `${'1'.repeat(n)}.1 USDX` }))],
  ['verify/input/http-url.ts', 'isHttpUrl of dots', (n) => () => isHttpUrl(`https://${'.'.repeat(n)} x`, { maxLength: Infinity })],
  ['verify/audit/requests.ts', 'an image-tag key of brackets', (n) => () => tagPayload(`https://ct.pinterest.com/v3/?ed${'['.repeat(n)}=1`, `ed${'['.repeat(n)}=1`)],
  ['verify/audit/crawl.ts', 'links with long paths', (n) => () => sameSiteLinks([`https://a.example/${'x.'.repeat(n)}`, `https://a.example/${'log'.repeat(n)}`], new URL('https://a.example/'), 10)],
  ['verify/audit/page-commands.ts', 'an event name of spaces', (n) => () => trackedEvents(pageCommands(view([['load', '2612345678901'], ['track', ` ${' \t'.repeat(n)}x`, {}]])))],
  ['verify/input/printable.ts', 'control characters and quotes', (n) => () => printable('\u001b"\\'.repeat(n), true, Infinity)],
  ['verify/plan/markdown.ts', 'backtick runs', (n) => () => [md('`<|'.repeat(n)), code('`'.repeat(n))]],
  // A RegEx Table's patterns come from the export: RE2, so a nested repeat is linear too (a backtracking engine is exponential here).
  ['verify/plan/variable-tables.ts', 'a pattern (a+)+$ against a long environment name', (n) => () => rowFor(readTable({ variableId: '1', ...regexTable('T', [['(a+)+$', 'x']], { fullMatch: false }) }), `${'a'.repeat(n)}b`)],
  ['verify/plan/resolve-value.ts', 'a field of unclosed and empty references', (n) => () => { const c = readContainer({ file: 'web.json', json: fixtureContainer('web') }); return resolveText(c, `${'{{a'.repeat(n)}${'{{}}'.repeat(n)}`, { kind: 'default' }, () => undefined); }],
  ['release/checks/folder-checks.ts', 'a heading line of spaces', (n) => () => headingAnchors(`# ${' '.repeat(n)}x\n## ${'#'.repeat(n)} y`)],
  ['release/checks/metadata-checks.ts', 'a homepage of dots', (n) => () => readMetadata(`homepage: "https://${'.'.repeat(n)} x"\ndocumentation: "https://a.example/${'/'.repeat(n)}"\nversions: []\n`)],
  ['release/checks/info-checks.ts', 'a long description and name', (n) => () => checkInfo({ type: 'TAG', displayName: `${'official'.repeat(n)}`, description: 'https:/'.repeat(n) }, 'template.tpl', '')],
  ['release/notes.ts', 'a long version and note', (n) => () => { try { parseNotes(`- version: "${'1.'.repeat(n)}"\n  changes: {}\n`); } catch { /* refused, as it should be */ } }],
];

test.each(CASES)('%s: %s grows linearly', (_, __, make) => {
  expect(linearRatio(make, N)).toBeLessThan(RATIO_LIMIT);
});

/** Files whose patterns only ever see bounded or trusted text, with the reason. */
const REVIEWED: Record<string, string> = {
  'verify/audit/browser.ts': 'one word in Chromium\'s launch error',
  'verify/audit/command.ts': 'the command line (the user\'s own arguments)',
  'verify/audit/consent-banner.ts': 'anchored words matched by Playwright against accessible names in the page: linear',
  'verify/audit/expectations.ts': '\\s+ on an event name: one class, linear',
  'verify/audit/observer.ts': 'an anchored scheme test',
  'verify/audit/rules/match-rules.ts': 'an anchored digest of fixed lengths',
  'verify/audit/rules/tag-rules.ts': 'an anchored 13 digits',
  'verify/audit/report/html-report.ts': 'one character class (escaping)',
  'verify/report/html-report.ts': 'one character class (escaping)',
  'verify/audit/findings-table.ts': 'our own findings table',
  'verify/catalog/catalog-check.ts': 'an anchored ^0+ before a digit: one pass back',
  'verify/catalog/csv-feed.ts': 'an anchored g: prefix',
  'verify/catalog/feed-reader.ts': 'the first 4 KB of the file',
  'verify/catalog/xml-feed.ts': 'saxes\' own short messages',
  'verify/input/line-reader.ts': 'an anchored byte order mark',
  'verify/input/json-records.ts': 'an anchored byte order mark',
  'verify/plan/secrets.ts': 'an anchored {{name}} of one class',
  'verify/plan/secret-chain.ts': '{{name}} of one class that cannot cross a brace: each try stops at the next brace',
  'verify/plan/sources.ts': 'an anchored {{name}} with one greedy group: one pass back',
  'verify/plan/matrix-markdown.ts': 'an anchored {{name}} of one class',
  'verify/plan/tracking-plan.ts': 'anchored {{name}} and a trigger\'s event list of one class: one pass back',
  'release/checks/template-checks.ts': '\\s+ on the Gallery terms text',
  'release/gallery-readme.ts': 'a pipe escaped in our own parameter notes',
  'release/git.ts': 'an anchored hex sha of bounded length',
};

test('every file of verify/ and release/ with a regular expression is timed above or reviewed', () => {
  const timed = new Set(CASES.map(([file]) => file));
  const missing = filesWithPatterns(ROOT, ['verify', 'release'], ['.ts']).filter((file) => !timed.has(file) && REVIEWED[file] === undefined);
  expect(missing).toEqual([]);
});
