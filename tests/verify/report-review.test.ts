/**
 * The monthly review's judgements: each figure against its healthy range (verify/report/healthy-ranges.ts),
 * the one-line verdict, and the HTML drawn by meaning (healthy green, worth a look amber, a fault red,
 * figures that judge nothing neutral), never every bar in one colour.
 */
import { deliveryReport, type DeliveryReport } from '../../verify/report/delivery-report';
import { HEALTHY_RANGES, judge } from '../../verify/report/healthy-ranges';
import { htmlReport, TONES } from '../../verify/report/html-report';
import { reviewItems, verdict } from '../../verify/report/review';
import { scanTagEvents } from '../../verify/report/tag-events';
import { formatDeliveryReport } from '../../verify/report/text-report';
import { jsonLines, tagLog, writeFile, type AttemptEnd } from './builders';

const EMAIL = { em: ['a'.repeat(64)], client_ip_address: '[redacted]', client_user_agent: 'UA' };

/** `n` checkouts with email, each answered as `end`, and the browser's copy of the first `browser` of them. */
async function site(n: number, end: AttemptEnd, browser: number, extra: unknown[] = []): Promise<DeliveryReport> {
  const lines = Array.from({ length: n }, (_, i) => tagLog({ event_name: 'checkout', event_id: `checkout_${i}`, user_data: EMAIL }, [end])).flat();
  const tag = Array.from({ length: browser }, (_, i) => ({ event: 'checkout', data: { event_id: `checkout_${i}` } }));
  return deliveryReport(writeFile('site.jsonl', jsonLines([...lines, ...extra])), await scanTagEvents(writeFile('tag.json', JSON.stringify(tag))));
}

test('each range: inside is healthy, the watch band worth a look, outside a fault', () => {
  expect([1, 0.99, 0.97, 0.95, 0.9].map((s) => judge(HEALTHY_RANGES.delivery, s))).toEqual(['good', 'good', 'watch', 'watch', 'bad']);
  expect([0, 0.01, 0.05, 0.12, 0.2, 0.5].map((s) => judge(HEALTHY_RANGES.dedupRate, s))).toEqual(['bad', 'watch', 'good', 'good', 'good', 'watch']);
  expect([0, 0.01].map((s) => judge(HEALTHY_RANGES.generatedIds, s))).toEqual(['good', 'bad']);
  expect([1, 0.9, 0.6, 0.4].map((s) => judge(HEALTHY_RANGES.conversionEmail, s))).toEqual(['good', 'good', 'watch', 'bad']);
  expect(HEALTHY_RANGES.dedupRate.source).toContain('runbook');
});

test('the dedup rate is the share of received copies Pinterest drops: 10 events, 1 with a browser copy → 1 of 11', async () => {
  const report = await site(10, 200, 1);
  expect(report.dedup).toMatchObject({ received: 11, dropped: 1, paired: 1 });
  const dedup = reviewItems(report).find((i) => i.label === 'Deduplication rate');
  expect(dedup).toMatchObject({ judgement: 'good' });
  expect(dedup?.share).toBeCloseTo(1 / 11);
});

test('verdicts: healthy, worth a look, action needed, and nothing to review', async () => {
  expect(verdict(await site(10, 200, 1)).line).toBe('Healthy: 10 of 10 events delivered');
  const everyEventTwice = await site(10, 200, 10);
  expect(verdict(everyEventTwice)).toMatchObject({ judgement: 'watch', line: 'Worth a look: deduplication rate 50.0% (healthy: 5–20%)' });
  const failing = await site(10, 401, 1);
  expect(verdict(failing).line).toMatch(/^Action needed: delivery 0\.0% \(healthy: 99% or more\)/);
  const noBrowser = await deliveryReport(writeFile('only-api.jsonl', jsonLines(tagLog({ event_name: 'lead', event_id: 'L', user_data: EMAIL }, [200]))));
  expect(verdict(noBrowser).line).toBe('Healthy: 1 of 1 events delivered; not checked: deduplication rate');
  expect(verdict(await deliveryReport(writeFile('empty.jsonl', '\n'))).line).toMatch(/^No Conversions API events in these logs/);
  expect(formatDeliveryReport(everyEventTwice).split('\n')[0]).toBe('Worth a look: deduplication rate 50.0% (healthy: 5–20%)');
});

test('the HTML colours each bar by its judgement and says it in words', async () => {
  const healthy = htmlReport(await site(10, 200, 1), 'logs');
  const tones = (html: string): string[] => [...html.matchAll(/data-tone="([^"]+)"/g)].map((m) => m[1]);
  // Delivery, dedup rate, generated ids, email: all healthy; status 200; match fields are figures (neutral); events by name healthy.
  expect(tones(healthy).slice(0, 4)).toEqual(['good', 'good', 'good', 'good']);
  expect(healthy).toContain(`fill="${TONES.good.colour}" data-tone="good"`);
  expect(healthy).not.toContain(`fill="${TONES.bad.colour}"`);
  expect(healthy).toContain('data-judgement="good"');
  expect(healthy).toContain('9.1% · healthy · healthy range: 5–20%');
  const failing = htmlReport(await site(10, 401, 1, tagLog({ event_name: 'lead', event_id: 'gen_1', user_data: EMAIL }, [200])), 'logs');
  expect(tones(failing).slice(0, 4)).toEqual(['bad', 'bad', 'bad', 'good']);
  expect(failing).toContain('data-judgement="bad"');
  expect(failing).toContain(`fill="${TONES.bad.colour}" data-tone="bad"`);
  expect(failing).toContain('9.1% · fault · healthy range: 99% or more');
  expect(failing).not.toContain('<script');
});
