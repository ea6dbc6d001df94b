/** pinterest-gtm report on Conversions API tag logs made here: fires, attempts, events, malformed and Cloud Logging lines. */
import { deliveryReport } from '../../verify/report/delivery-report';
import { htmlReport } from '../../verify/report/html-report';
import { scanTagEvents } from '../../verify/report/tag-events';
import { formatDeliveryReport } from '../../verify/report/text-report';
import { interleave, jsonLines, tagLog, writeFile } from './builders';

const HASH = 'a'.repeat(64);
const logs = (): string => writeFile('logs.jsonl', jsonLines([
  ...tagLog({ event_name: 'checkout', event_id: 'checkout_T-1', user_data: { em: [HASH], client_ip_address: '[redacted]', client_user_agent: 'UA', click_id: 'E' } }, [200]),
  ...tagLog({ event_name: 'add_to_cart', event_id: '1700.5' }, [429, 200]),
  ...tagLog({ event_name: 'lead', event_id: 'gen_1_2' }, [401]),
  'garbage line',
  { jsonPayload: tagLog({ event_name: 'page_visit', event_id: '1700.6' }, [200], 'cloud-1')[0] },
  { textPayload: JSON.stringify(tagLog({ event_name: 'page_visit', event_id: '1700.6' }, [200], 'cloud-1')[1]) },
]));

test('delivery, retries, error codes and Enhanced Match coverage, counted per event', async () => {
  const report = await deliveryReport(logs());
  expect(report).toMatchObject({ events: 4, delivered: 3, sends: 4, retriedSends: 1, resentEvents: 0, generatedIds: 1, badLines: [9], withoutFireId: 0 });
  expect(Object.fromEntries(report.statusCodes)).toEqual({ 200: 3, 429: 1, 401: 1 });
  expect(Object.fromEntries(report.pinterestCodes)).toEqual({ 8: 1, 2: 1 });
  expect(Object.fromEntries(report.undelivered)).toEqual({ failed: 1 });
  expect(report.coverage.get('em')).toBeCloseTo(1 / 3);
  expect(report.coverage.get('client_user_agent')).toBe(1);
  expect(report.conversions).toEqual({ events: 1, withEmail: 1 });
  const text = formatDeliveryReport(report);
  expect(text).toContain('Conversions API delivery: 3 of 4 events delivered (75.0%); not delivered: 1 failed');
  expect(text).toContain('Sends: 4 (1 needed retries; 0 events were sent more than once');
  expect(text).toContain('HTTP status codes: 200×3, 401×1, 429×1');
  expect(text).toContain('1 events had a generated event_id and cannot be deduplicated');
});

test('a response belongs to the request of its fire and attempt, however concurrent fires interleave', async () => {
  // No TraceId (as under gtm-sandbox serve): fire A is answered 200 after fire B's request was logged.
  const a = tagLog({ event_name: 'add_to_cart', event_id: 'A' }, [200]);
  const b = tagLog({ event_name: 'checkout', event_id: 'B' }, [400]);
  const report = await deliveryReport(writeFile('interleaved.jsonl', jsonLines(interleave(a, b))));
  expect(report).toMatchObject({ events: 2, delivered: 1, retriedSends: 0 });
  expect([...report.byEventName]).toEqual([['add_to_cart', { events: 1, delivered: 1 }], ['checkout', { events: 1, delivered: 0 }]]);
});

test('a reloaded purchase is one event sent twice, not a retry; attempts of one fire are its retries', async () => {
  const event = { event_name: 'checkout', event_id: 'checkout_ORD-7' };
  const report = await deliveryReport(writeFile('reload.jsonl', jsonLines([...tagLog(event, [200]), ...tagLog(event, [200]), ...tagLog({ event_name: 'lead', event_id: 'L' }, ['timeout', 503, 200])])));
  expect(report).toMatchObject({ events: 2, delivered: 2, sends: 3, retriedSends: 1, resentEvents: 1 });
  // Two fires with one event_id but different events are two events (Pinterest deduplicates on both).
  const two = await deliveryReport(writeFile('two.jsonl', jsonLines([...tagLog(event, [200]), ...tagLog({ ...event, event_name: 'lead' }, [200])])));
  expect(two).toMatchObject({ events: 2, sends: 2, resentEvents: 0 });
});

test('a 200 whose event Pinterest marked failed is not delivered; a 200 with a warning is', async () => {
  const failed = await deliveryReport(writeFile('failed.jsonl', jsonLines(tagLog({ event_name: 'checkout', event_id: 'X' }, ['failed']))));
  expect(failed).toMatchObject({ events: 1, delivered: 0 });
  expect(Object.fromEntries(failed.undelivered)).toEqual({ rejected: 1 });
  expect(formatDeliveryReport(failed)).toMatch(/^Action needed: delivery 0\.0%/);
  const warned = tagLog({ event_name: 'checkout', event_id: 'Y' }, [200]);
  (warned[1].ResponseBody as { events: unknown[] }).events = [{ status: 'processed', warning_message: 'no currency' }];
  expect(await deliveryReport(writeFile('warned.jsonl', jsonLines(warned)))).toMatchObject({ events: 1, delivered: 1 });
});

test('an attempt without an answer (timeout) leaves its fire undelivered unless a later attempt was answered', async () => {
  const report = await deliveryReport(writeFile('timeouts.jsonl', jsonLines([...tagLog({ event_name: 'lead', event_id: 'T1' }, ['timeout', 'timeout']), ...tagLog({ event_name: 'lead', event_id: 'T2' }, ['timeout', 200])])));
  expect(report).toMatchObject({ events: 2, delivered: 1, retriedSends: 2 });
  expect(Object.fromEntries(report.undelivered)).toEqual({ 'no answer': 1 });
});

test('lines without FireId (an older tag) are counted apart and said so, not paired by guesswork', async () => {
  const old = tagLog({ event_name: 'lead', event_id: 'OLD' }, [200]).map(({ FireId: _drop, Attempt: _attempt, ...line }) => ({ ...line, TraceId: 't-1' }));
  const report = await deliveryReport(writeFile('old.jsonl', jsonLines(old)));
  expect(report).toMatchObject({ events: 0, withoutFireId: 2 });
  expect(formatDeliveryReport(report)).toContain('2 request or response lines carry no FireId and Attempt (an older version of the tag): not counted');
});

test('deduplication with the browser\'s events: a JSON array or JSON lines, paired by event_id and event', async () => {
  const file = writeFile('dedup.jsonl', jsonLines([
    ...tagLog({ event_name: 'checkout', event_id: 'checkout_1' }, [200]), ...tagLog({ event_name: 'checkout', event_id: 'checkout_1' }, [200]),
    ...tagLog({ event_name: 'add_to_cart', event_id: 'P.2' }, [200]), ...tagLog({ event_name: 'lead', event_id: 'P.3' }, [200]),
  ]));
  const browserEvents = [
    { event: 'checkout', data: { event_id: 'checkout_1' } }, { event: 'addtocart', data: { event_id: 'P.2' } },
    { event: 'signup', data: { event_id: 'P.3' } }, { event: 'pagevisit', data: { event_id: 'P.1' } }, { event: 'init', data: {} },
  ];
  for (const browser of [writeFile('tag-events.json', JSON.stringify(browserEvents, null, 2)), writeFile('tag-events.jsonl', jsonLines(browserEvents))]) {
    const report = await deliveryReport(file, await scanTagEvents(browser));
    // checkout: 1 browser + 2 API copies; add_to_cart: 1 + 1; lead: API only; signup and page_visit: browser only.
    expect(report.dedup).toMatchObject({ received: 8, dropped: 3, paired: 2, sharedIds: 3, browserRecords: 5, badBrowserRecords: 0 });
  }
  const without = await deliveryReport(file);
  expect(without.dedup).toBeUndefined();
  expect(formatDeliveryReport(without)).toContain('Deduplication: not checked (give the browser\'s events with --tag-events FILE)');
});

test('events named __proto__, constructor or toString are counted like any other, and Object.prototype is untouched', async () => {
  const names = ['__proto__', 'constructor', 'toString', '__proto__'];
  const file = writeFile('proto.jsonl', jsonLines(names.flatMap((name, i) => tagLog({ event_name: name, event_id: `E-${i}` }, [200], i < 3 ? name : 'hasOwnProperty'))));
  const report = await deliveryReport(file);
  expect([...report.byEventName]).toEqual([['__proto__', { events: 2, delivered: 2 }], ['constructor', { events: 1, delivered: 1 }], ['toString', { events: 1, delivered: 1 }]]);
  expect(formatDeliveryReport(report)).toContain('  __proto__: 2/2\n  constructor: 1/1\n  toString: 1/1');
  expect(({} as Record<string, unknown>).events).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(htmlReport(report, '<logs>')).toContain('&#60;logs&#62;');
});

test('a missing file is a clear error', async () => {
  await expect(deliveryReport('/no/such/logs.jsonl')).rejects.toThrow('/no/such/logs.jsonl: no such file');
});
