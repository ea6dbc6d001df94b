/**
 * Every pattern the demo runs over text a page or a request supplies grows linearly with the text, on
 * the inputs where a backtracking pattern explodes (long runs that almost match). No wall-clock limit:
 * the CPU time of 8 times the input must stay under 20 times that of the input (linear: about 8;
 * quadratic: 64), each the best of several trials so that a busy machine does not decide.
 */
import { eventIdNote, apiFieldNote } from '../../demo/inspector/field-notes';
import { displaySafe, looksPersonal } from '../../demo/inspector/privacy';
import { inspectorView } from '../../demo/inspector/timeline';
import { shopPage } from '../../demo/shop-pages';
import { apiEvent, apiRequest, tagHit } from './traffic-builders';

const N = 4000;
const GROWTH = 8;
const LIMIT = 20;

function cpuMicros(run: () => void, reps: number): number {
  let best = Infinity;
  for (let trial = 0; trial < 5; trial++) {
    const start = process.cpuUsage();
    for (let i = 0; i < reps; i++) run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

/** Growth of run(make(8n)) over run(make(n)); repetitions make the small case take about 3 ms of CPU. */
function growth<T>(make: (n: number) => T, run: (input: T) => unknown): number {
  const small = make(N);
  const large = make(N * GROWTH);
  const once = Math.max(1, cpuMicros(() => { run(small); }, 1));
  const reps = Math.max(1, Math.ceil(3000 / once));
  return cpuMicros(() => { run(large); }, reps) / Math.max(1, cpuMicros(() => { run(small); }, reps));
}

const CONFIG = { routes: {}, inspector: '/inspector' };

test.each<[string, (n: number) => string, (text: string) => unknown]>([
  ['email check: a long run without "@"', (n) => 'a'.repeat(n), looksPersonal],
  ['email check: "@" then a long run without a dot', (n) => `a@${'b'.repeat(n)}`, looksPersonal],
  ['email check: many "@" with dots but no top-level domain', (n) => 'a@b.c'.repeat(n / 5), looksPersonal],
  ['phone check: digits with spaces', (n) => '1 '.repeat(n / 2), looksPersonal],
  ['phone check: one long run of digits', (n) => '5'.repeat(n), looksPersonal],
  ['URL decoding: a long run of broken escapes', (n) => '%'.repeat(n), looksPersonal],
  ['display copy of a deep value', (n) => 'x@'.repeat(n / 2), (text) => displaySafe({ a: [text, { b: text }] })],
  ['event_id note: digits and dots', (n) => `${'1.'.repeat(n / 2)}x`, (text) => eventIdNote(text, undefined)],
  ['field note: a path of numbered parts', (n) => `custom_data${'.1'.repeat(n / 2)}x`, apiFieldNote],
  ['shop route: a long product path', (n) => `/product/${'a'.repeat(n)}!`, (text) => shopPage(text, new URLSearchParams(), CONFIG)],
  ['app route: a long product path', (n) => `/app/product/${'a'.repeat(n)}!`, (text) => shopPage(text, new URLSearchParams(), CONFIG)],
])('%s grows linearly', (_name, make, run) => {
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
