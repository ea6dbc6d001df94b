/** pinterest-gtm report on Conversions API tag logs made here, including malformed and Cloud Logging lines. */
import { deliveryReport, formatDeliveryReport } from '../../verify/report/delivery-report';
import { htmlReport } from '../../verify/report/html-report';
import { jsonLines, tagLog, writeFile } from './builders';

const HASH = 'a'.repeat(64);
const logs = (): string => writeFile('logs.jsonl', jsonLines([
  ...tagLog({ event_name: 'checkout', event_id: 'checkout_T-1', user_data: { em: [HASH], client_ip_address: '[redacted]', client_user_agent: 'UA', click_id: 'E' } }, [200]),
  ...tagLog({ event_name: 'add_to_cart', event_id: '1700.5' }, [429, 200]),
  ...tagLog({ event_name: 'lead', event_id: 'gen_1_2' }, [401]),
  'garbage line',
  { jsonPayload: tagLog({ event_name: 'page_visit', event_id: '1700.6' }, [200])[0] },
  { textPayload: JSON.stringify(tagLog({ event_name: 'page_visit', event_id: '1700.6' }, [200])[1]) },
]));

test('delivery, retries, error codes, deduplication readiness and Enhanced Match coverage', async () => {
  const report = await deliveryReport(logs(), new Set(['checkout_T-1', '1700.5']));
  expect(report).toMatchObject({ events: 4, delivered: 3, retried: 1, generatedIds: 1, browserSharedIds: 2, badLines: [9] });
  expect(Object.fromEntries(report.statusCodes)).toEqual({ 200: 3, 429: 1, 401: 1 });
  expect(Object.fromEntries(report.pinterestCodes)).toEqual({ 8: 1, 2: 1 });
  expect(report.coverage.get('em')).toBeCloseTo(1 / 3);
  expect(report.coverage.get('client_user_agent')).toBe(1);
  const text = formatDeliveryReport(report);
  expect(text).toContain('3 of 4 events delivered (75.0%)');
  expect(text).toContain('HTTP status codes: 200×3, 401×1, 429×1');
  expect(text).toContain('2 events (50.0%) carry an event_id seen on the browser side; 1 had a generated id and cannot be deduplicated');
  const html = htmlReport(report, '<logs>');
  expect(html).toContain('<svg');
  expect(html).toContain('&#60;logs&#62;');
  expect(html).not.toContain('<script');
});

test('browser-shared ids count only ids the browser events carry, and are "not checked" without them', async () => {
  // 1700.6 is not generated, yet no browser event carries it: it is not shared.
  const withTag = await deliveryReport(logs(), new Set(['1700.5', 'gen_1_2-not-this']));
  expect(withTag.browserSharedIds).toBe(1);
  const without = await deliveryReport(logs());
  expect(without.browserSharedIds).toBeUndefined();
  expect(formatDeliveryReport(without)).toContain('Deduplication: browser-shared ids not checked (give the browser\'s events with --tag-events FILE)');
  expect(htmlReport(without, 'logs')).toContain('not checked (no --tag-events)');
});

test('events named __proto__, constructor or toString are counted like any other, and Object.prototype is untouched', async () => {
  const names = ['__proto__', 'constructor', 'toString', '__proto__'];
  const file = writeFile('proto.jsonl', jsonLines(names.flatMap((name, i) => tagLog({ event_name: name, event_id: `E-${i}` }, [200]))));
  const report = await deliveryReport(file);
  expect([...report.byEventName]).toEqual([['__proto__', { events: 2, delivered: 2 }], ['constructor', { events: 1, delivered: 1 }], ['toString', { events: 1, delivered: 1 }]]);
  expect(formatDeliveryReport(report)).toContain('  __proto__: 2/2\n  constructor: 1/1\n  toString: 1/1');
  expect(({} as Record<string, unknown>).events).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

test('a missing file is a clear error', async () => {
  await expect(deliveryReport('/no/such/logs.jsonl')).rejects.toThrow('/no/such/logs.jsonl: no such file');
});
