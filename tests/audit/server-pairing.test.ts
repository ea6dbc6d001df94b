/**
 * Pairing browser events with the Conversions API tag's log lines (read with verify/report's reader):
 * by event_id and event name as Pinterest deduplicates, this session only, with API errors.
 */
import { pageCommands, trackedEvents } from '../../verify/audit/page-commands';
import { pairEvents, readServerEvents, sessionEvents } from '../../verify/audit/server-pairing';
import { jsonLines, tagLog, writeFile } from '../verify/builders';
import { baseCode, checkoutData, track, view } from './builders';

const UA = 'Mozilla/5.0 (audit)';
const NOW = Math.floor(Date.now() / 1000);
const apiEvent = (event_name: string, event_id: string, extra: Record<string, unknown> = {}): { event_name: string; event_id: string; user_data: Record<string, unknown> } & Record<string, unknown> => ({
  event_name, event_id, event_time: NOW, user_data: { client_ip_address: '[redacted]', client_user_agent: UA }, ...extra,
});

const browserEvents = trackedEvents(pageCommands(view([
  ...baseCode().slice(0, 1), track('pagevisit', { event_id: 'pv-1' }), track('addtocart', { event_id: 'atc-1', value: 1, currency: 'EUR' }),
  track('checkout', checkoutData()), track('lead', { event_id: 'lead-1' }),
])));

test('paired by event_id and name (tag names mapped to API names); browser-only, server-only, name mismatches and API errors', async () => {
  const file = writeFile('capi.jsonl', jsonLines([
    'a line that is not JSON',
    ...tagLog(apiEvent('page_visit', 'pv-1'), [200]),
    ...tagLog(apiEvent('add_to_cart', 'atc-1'), [429, 200]),
    ...tagLog(apiEvent('checkout', 'checkout_ORD-1'), [400]),
    ...tagLog(apiEvent('signup', 'lead-1'), [200]),
    ...tagLog(apiEvent('search', 'search-9'), [200]),
    ...tagLog(apiEvent('checkout', 'someone-else', { user_data: { client_user_agent: 'Other browser' } }), [200]),
    ...tagLog(apiEvent('checkout', 'last-week', { event_time: NOW - 7 * 86400 }), [200]),
  ]));
  const { events, badLines } = await readServerEvents(file);
  expect(badLines).toEqual([1]);
  expect(events.filter((e) => e.eventId === 'atc-1')).toHaveLength(1);
  const mine = sessionEvents(events, { from: Date.now() - 60_000, to: Date.now(), userAgent: UA });
  expect(mine.map((e) => e.eventId).sort()).toEqual(['atc-1', 'checkout_ORD-1', 'lead-1', 'pv-1', 'search-9']);
  const pairing = pairEvents(browserEvents, mine);
  expect(pairing).toMatchObject({ browser: 4, server: 5, paired: 3 });
  expect(pairing.rate).toBeCloseTo(3 / 6); // paired keys over every distinct (name, event_id) on either side
  expect(pairing.browserOnly).toEqual([]);
  expect(pairing.serverOnly).toEqual([{ name: 'search', eventId: 'search-9' }]);
  expect(pairing.nameMismatch).toEqual([{ eventId: 'lead-1', browser: 'lead', server: 'signup' }]);
  expect(pairing.errors.map((e) => [e.eventId, e.status, e.code])).toEqual([['checkout_ORD-1', 400, 4196]]);
});

test('the base code\'s pintrk(\'page\') is no event, even with an event_id: its server page_visit stays server-only', () => {
  const pageCall = trackedEvents(pageCommands(view([...baseCode().slice(0, 1), ['page', { event_id: 'pv-2' }]])));
  expect(pageCall).toEqual([]);
  const pairing = pairEvents(pageCall, [{ eventName: 'page_visit', eventId: 'pv-2', status: 200 }]);
  expect(pairing).toMatchObject({ paired: 0, serverOnly: [{ name: 'page_visit', eventId: 'pv-2' }] });
});

test('every browser event paired is 100 %', () => {
  const server = browserEvents.map((e) => ({ eventName: e.name === 'pagevisit' ? 'page_visit' : e.name === 'addtocart' ? 'add_to_cart' : e.name, eventId: e.eventId as string, status: 200 }));
  expect(pairEvents(browserEvents, server)).toMatchObject({ paired: 4, rate: 1, browserOnly: [], serverOnly: [], errors: [] });
});

test('a request still waiting for its answer is counted as unanswered, not as an error', async () => {
  const file = writeFile('capi.jsonl', jsonLines([tagLog(apiEvent('lead', 'lead-1'), [200])[0]]));
  const pairing = pairEvents(browserEvents, (await readServerEvents(file)).events);
  expect(pairing).toMatchObject({ unanswered: 1, errors: [] });
});

test('each response answers the request of its fire and attempt, however fires interleave (no trace ids)', async () => {
  const [pvRequest, pvResponse] = tagLog(apiEvent('page_visit', 'pv-1'), [200]);
  const [pv2Request, pv2Response] = tagLog(apiEvent('page_visit', 'pv-2'), [503]);
  const [leadRequest, leadResponse] = tagLog(apiEvent('lead', 'lead-1'), [200]);
  const file = writeFile('capi.jsonl', jsonLines([pvRequest, leadRequest, pv2Request, leadResponse, pv2Response, pvResponse]));
  const { events } = await readServerEvents(file);
  expect(events.map((e) => [e.eventId, e.status])).toEqual([['pv-1', 200], ['lead-1', 200], ['pv-2', 503]]);
});

test('a retried fire is one server event, answered by its last attempt; a reloaded page\'s second fire is another copy', async () => {
  const purchase = apiEvent('checkout', 'checkout_ORD-1');
  const file = writeFile('capi.jsonl', jsonLines([...tagLog(purchase, [500, 200]), ...tagLog(purchase, [200])]));
  const { events } = await readServerEvents(file);
  expect(events.map((e) => [e.eventId, e.status])).toEqual([['checkout_ORD-1', 200], ['checkout_ORD-1', 200]]);
  expect(pairEvents(browserEvents, events)).toMatchObject({ errors: [], unanswered: 0 });
});
