/**
 * Every pattern the demo and the Pinterest fake run over text a page or a request supplies grows
 * linearly with the text, on the inputs where a backtracking pattern explodes (long runs that almost
 * match). No wall-clock limit: the CPU time of 8 times the input must stay under 20 times that of the
 * input (linear: about 8; quadratic: 64), each the best of several trials so that a busy machine does
 * not decide. A second test lists every file of demo/ and pinterest-fake/ with a regular expression and
 * fails when one is neither timed here nor reviewed, so a new pattern is judged too (as
 * tests/verify/regex-work.test.ts does for verify/ and release/).
 */
import * as path from 'node:path';
import { eventIdNote, apiFieldNote } from '../../demo/inspector/field-notes';
import { displaySafe, looksPersonal } from '../../demo/inspector/privacy';
import { inspectorView } from '../../demo/inspector/timeline';
import { shopPage } from '../../demo/shop-pages';
import { apiEvent, apiRequest, tagHit } from './traffic-builders';
import { cpuMicros as cpuTrials, filesWithPatterns } from '../support/regex-growth';

const ROOT = path.resolve(__dirname, '..', '..');
const N = 4000;
const GROWTH = 8;
const LIMIT = 20;

/** CPU time (µs) of the least of five trials of `reps` runs. */
const cpuMicros = (run: () => void, reps: number): number => cpuTrials(run, reps, 5);

/** Growth of run(make(8n)) over run(make(n)); repetitions make the small case take about 3 ms of CPU. */
function growth<T>(make: (n: number) => T, run: (input: T) => unknown): number {
  const small = make(N);
  const large = make(N * GROWTH);
  const once = Math.max(1, cpuMicros(() => { run(small); }, 1));
  const reps = Math.max(1, Math.ceil(3000 / once));
  return cpuMicros(() => { run(large); }, reps) / Math.max(1, cpuMicros(() => { run(small); }, reps));
}

const CONFIG = { routes: {}, inspector: '/inspector' };

const PRIVACY = 'demo/inspector/privacy.ts';
const CASES: [string, string, (n: number) => string, (text: string) => unknown][] = [
  [PRIVACY, 'email check: a long run without "@"', (n) => 'a'.repeat(n), looksPersonal],
  [PRIVACY, 'email check: "@" then a long run without a dot', (n) => `a@${'b'.repeat(n)}`, looksPersonal],
  [PRIVACY, 'email check: many "@" with dots but no top-level domain', (n) => 'a@b.c'.repeat(n / 5), looksPersonal],
  [PRIVACY, 'phone check: digits with spaces', (n) => '1 '.repeat(n / 2), looksPersonal],
  [PRIVACY, 'phone check: one long run of digits', (n) => '5'.repeat(n), looksPersonal],
  [PRIVACY, 'URL decoding: a long run of broken escapes', (n) => '%'.repeat(n), looksPersonal],
  [PRIVACY, 'display copy of a deep value', (n) => 'x@'.repeat(n / 2), (text) => displaySafe({ a: [text, { b: text }] })],
  ['demo/inspector/field-notes.ts', 'event_id note: digits and dots', (n) => `${'1.'.repeat(n / 2)}x`, (text) => eventIdNote(text, undefined)],
  ['demo/inspector/field-notes.ts', 'field note: a path of numbered parts', (n) => `custom_data${'.1'.repeat(n / 2)}x`, apiFieldNote],
  ['demo/shop-pages.ts', 'shop route: a long product path', (n) => `/product/${'a'.repeat(n)}!`, (text) => shopPage(text, new URLSearchParams(), CONFIG)],
  ['demo/spa-pages.ts', 'app route: a long product path', (n) => `/app/product/${'a'.repeat(n)}!`, (text) => shopPage(text, new URLSearchParams(), CONFIG)],
];

test.each(CASES)('%s: %s grows linearly', (_file, _name, make, run) => {
  expect(growth(make, run)).toBeLessThan(LIMIT);
});

test('the inspector\'s view of 40 requests planted with long text grows linearly with the text', () => {
  const sources = (n: number) => ({
    tagEvents: [tagHit('lead', { event_id: 'T1', note: 'a'.repeat(n) })],
    requests: Array.from({ length: 40 }, (_, i) => apiRequest([apiEvent('lead', `P${i}`, { custom_data: { content_name: 'a'.repeat(n), order_id: `a@${'b'.repeat(n)}` } })])),
    tagRuns: [],
  });
  expect(growth(sources, inspectorView)).toBeLessThan(LIMIT);
});

/** Files whose patterns only ever see bounded or trusted text, with the reason. */
const REVIEWED: Record<string, string> = {
  'demo/demo-ports.ts': 'an anchored \\d{1,5} on the user\'s own arguments',
  'demo/html.ts': 'one character class each (escaping)',
  'demo/inspector/row-summary.ts': 'anchored: a "not sent:" prefix, and [a-z_]{1,40}',
  'demo/inspector/withheld.ts': 'an anchored class on a text already cut to 40 characters',
  'demo/linker-stand-in.ts': 'an anchored \\d+ (linear) on the Host header\'s port, only for the two shop domains\' names',
  'demo/runtime-bundle.ts': 'esbuild filters on our own import paths',
  'demo/take-screenshots.ts': 'our own URL, in a tool that is not a server',
  'pinterest-fake/conversions-api.ts': 'anchored: the API path with \\d{1,18}, and "Bearer" then one class',
};

test('every file of demo/ and pinterest-fake/ with a regular expression is timed above or reviewed', () => {
  const timed = new Set(CASES.map(([file]) => file));
  const files = filesWithPatterns(ROOT, ['demo', 'pinterest-fake'], ['.ts', '.js']);
  expect(files).toContain(PRIVACY);
  expect(files.filter((file) => !timed.has(file) && REVIEWED[file] === undefined)).toEqual([]);
});
