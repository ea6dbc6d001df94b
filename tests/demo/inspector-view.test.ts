/**
 * The inspector's view, built from recorded traffic only: pairing by event_id and event, the
 * deduplication state in words, Pinterest's answers, consent, totals, and display safety.
 */
import { HIDDEN_IP, HIDDEN_PERSONAL } from '../../demo/inspector/privacy';
import { inspectorView, MAX_ROWS, type InspectorSources } from '../../demo/inspector/timeline';
import { apiEvent, apiRequest, HASH, tagHit, tagRun } from './traffic-builders';

const view = (sources: Partial<InspectorSources>) => inspectorView({ tagEvents: [], requests: [], tagRuns: [], ...sources });
const rowOf = (v: ReturnType<typeof view>, id: string) => v.rows.filter((r) => r.eventId === id);

test('a tag event and its Conversions API copy with the same event_id are one paired row, named side by side', () => {
  const v = view({ tagEvents: [tagHit('addtocart', { event_id: 'A1', value: 39.9, currency: 'EUR', line_items: [{ product_id: 'V', product_quantity: 2 }] })], requests: [apiRequest([apiEvent('add_to_cart', 'A1', { custom_data: { value: '39.9', currency: 'EUR', num_items: 2 } })])] });
  expect(v.rows).toHaveLength(1);
  expect(v.rows[0]).toMatchObject({ tagEvent: 'addtocart', apiEvent: 'add_to_cart', value: '39.9', currency: 'EUR', itemCount: 2, dedup: { state: 'paired', text: 'paired: Pinterest counts this once' }, apiStatus: '200', apiMessage: 'processed', consent: 'granted (sent)', notes: [] });
  expect(v.rows[0].matchKeys.map((k) => k.label)).toEqual(['email', 'IP address', 'user agent']);
  expect(v.legend.filter((l) => l.seen)).toEqual([{ tag: 'addtocart', api: 'add_to_cart', seen: true }]);
  expect(v.totals).toMatchObject({ events: 1, paired: 1, browserOnly: 0, serverOnly: 0, apiEvents: 1, delivered: 1, withEmail: 1 });
});

test('a reloaded thank-you page: two browser and two API copies of one purchase are one row that Pinterest counts once', () => {
  const purchase = apiEvent('checkout', 'checkout_ORD-7', { custom_data: { order_id: 'ORD-7', value: '10', currency: 'EUR' } });
  const hit = () => tagHit('checkout', { event_id: 'checkout_ORD-7', order_id: 'ORD-7', value: 10, currency: 'EUR' });
  const v = view({ tagEvents: [hit(), hit()], requests: [apiRequest([purchase]), apiRequest([purchase])] });
  expect(v.rows).toHaveLength(1);
  expect(v.rows[0].dedup).toEqual({ state: 'paired', text: 'paired: Pinterest counts this once', detail: '2 browser and 2 API copies with this event_id' });
  expect(v.rows[0].api).toHaveLength(2);
  expect(v.rows[0].apiStatus).toBe('answered 200, then 200 on resend');
  expect(v.rows[0].why.find((w) => w.side === 'api' && w.field === 'event_id')?.why).toContain('derived from the order id');
});

test('browser only, server only, a retried delivery and an undelivered event are told apart', () => {
  const v = view({
    tagEvents: [tagHit('lead', { event_id: 'B' }), tagHit('search', { event_id: 'R' })],
    requests: [apiRequest([apiEvent('lead', 'S')]), apiRequest([apiEvent('search', 'R')], 429), apiRequest([apiEvent('search', 'R')]), apiRequest([apiEvent('lead', 'U')], 429)],
  });
  expect(rowOf(v, 'B')[0].dedup).toEqual({ state: 'browser-only', text: 'browser only' });
  expect(rowOf(v, 'S')[0].dedup).toEqual({ state: 'server-only', text: 'server only' });
  expect(rowOf(v, 'R')[0]).toMatchObject({ dedup: { state: 'paired' }, apiStatus: 'answered 429, then 200 on resend', apiMessage: 'processed' });
  expect(rowOf(v, 'U')[0]).toMatchObject({ dedup: { state: 'not-delivered', text: 'not delivered' }, apiStatus: '429', apiMessage: 'Rate limit exceeded' });
  expect(v.totals).toMatchObject({ events: 4, paired: 1, browserOnly: 1, serverOnly: 1, notSent: 1, apiEvents: 3, delivered: 2 });
});

test('answers to several requests read as resends, not as a redirect', () => {
  const v = view({ requests: [apiRequest([apiEvent('lead', 'T')], 503), { ...apiRequest([apiEvent('lead', 'T')], 503), status: 0 }, apiRequest([apiEvent('lead', 'T')])] });
  expect(v.rows[0].apiStatus).toBe('answered 503, then no answer, then 200 on resends');
  expect(JSON.stringify(v)).not.toContain('→ 200');
});

test('Pinterest\'s per-event verdict is shown: a failed event in a 200 answer is not delivered', () => {
  const answer = { num_events_received: 1, num_events_processed: 0, events: [{ status: 'failed', error_message: 'event_time is too old', warning_message: null }] };
  const v = view({ requests: [apiRequest([apiEvent('lead', 'F')], 200, answer)] });
  expect(v.rows[0]).toMatchObject({ dedup: { state: 'not-delivered' }, apiMessage: 'failed: event_time is too old' });
});

test('the same event_id on two different events is two rows, each with a note', () => {
  const v = view({ tagEvents: [tagHit('lead', { event_id: 'X' })], requests: [apiRequest([apiEvent('search', 'X')])] });
  expect(v.rows.map((r) => r.dedup.state).sort()).toEqual(['browser-only', 'server-only']);
  for (const r of v.rows) expect(r.notes).toContain('another event has the same event_id: Pinterest deduplicates only the same event with the same id');
});

test('a server tag that sent nothing because consent was denied shows the reason', () => {
  const v = view({ tagRuns: [tagRun({ event_name: 'lead', event_id: 'C' }, ['not sent: ad_user_data is denied'])] });
  expect(v.rows[0]).toMatchObject({ eventId: 'C', dedup: { state: 'not-sent', text: 'not sent: ad_user_data is denied' }, consent: 'denied: ad_user_data is denied', apiStatus: 'not sent' });
  expect(v.rows[0].server[0].messages).toEqual(['not sent: ad_user_data is denied']);
});

test('server tag messages join the row of the event they sent; limited data processing is shown as such', () => {
  const sent = apiEvent('lead', 'L', { opt_out: true, custom_data: { opt_out_type: 'LDP' } });
  const v = view({ requests: [apiRequest([sent])], tagRuns: [tagRun({ event_name: 'generate_lead', event_id: 'L' }, ['Pinterest warning: x'], [sent])] });
  expect(v.rows).toHaveLength(1);
  expect(v.rows[0]).toMatchObject({ consent: 'limited data processing', server: [{ messages: ['Pinterest warning: x'] }] });
});

test('browser and API values that differ are pointed out', () => {
  const v = view({ tagEvents: [tagHit('checkout', { event_id: 'D', value: 20, currency: 'usd', order_quantity: 1 })], requests: [apiRequest([apiEvent('checkout', 'D', { custom_data: { value: '25', currency: 'USD', num_items: 2 } })])] });
  expect(v.rows[0].notes).toEqual(['value differs: browser 20, API 25', 'item count differs: browser 1, API 2']);
});

test('page loads without event_id are browser-only rows that cannot be deduplicated; the tag load itself is not an event', () => {
  const v = view({ tagEvents: [tagHit('init'), tagHit('pagevisit_page'), tagHit('pagevisit_page')] });
  expect(v.rows).toHaveLength(2);
  expect(v.rows.every((r) => r.dedup.state === 'browser-only' && r.dedup.detail === 'no event_id: cannot be deduplicated')).toBe(true);
  expect(v.totals).toMatchObject({ browserOnly: 2, withoutEventId: 2 });
});

test('only the most recent rows are sent to the page', () => {
  const v = view({ tagEvents: Array.from({ length: MAX_ROWS + 20 }, (_, i) => tagHit('lead', { event_id: `N${i}` })) });
  expect(v.rows).toHaveLength(MAX_ROWS);
  expect(v.rows[0].eventId).toBe(`N${MAX_ROWS + 19}`);
  expect(v.totals.events).toBe(MAX_ROWS + 20);
});

describe('display safety', () => {
  const EMAIL = 'jane.canary@example.com';
  const PHONE = '+1 (555) 010-4477';
  const IP = '203.0.113.77';
  const hostile = [EMAIL, PHONE, encodeURIComponent(EMAIL), `x?email=${encodeURIComponent(EMAIL)}`, `<b>${EMAIL}</b>`];

  test('no raw email, phone or IP address reaches the page, wherever the traffic put it; hashes stay', () => {
    let seed = 11;
    const pick = <T>(list: T[]): T => { seed = (seed * 16807) % 2147483647; return list[seed % list.length]; };
    for (let i = 0; i < 200; i++) {
      const planted = pick(hostile);
      const where = pick(['event_id', 'order_id', 'custom', 'page', 'user', 'name', 'key']);
      const data: Record<string, unknown> = { event_id: where === 'event_id' ? planted : `E${i}`, order_id: where === 'order_id' ? planted : 'O' };
      if (where === 'custom') data.note = { deep: [planted] };
      if (where === 'key') data[planted] = 1;
      const hit = { ...tagHit(where === 'name' ? planted : 'checkout', data, { em: HASH }), page: where === 'page' ? `https://shop.example/${planted}` : 'https://shop.example/' };
      const sent = apiEvent('checkout', String(data.event_id), { custom_data: { order_id: data.order_id, content_name: where === 'custom' ? planted : 'Vase' }, user_data: { em: where === 'user' ? [planted] : [HASH], client_ip_address: IP, ph: where === 'user' ? PHONE : undefined } });
      const text = JSON.stringify(view({ tagEvents: [hit], requests: [apiRequest([sent])], tagRuns: [tagRun({ event_id: data.event_id, event_name: 'checkout' }, [`not sent: ${planted}`])] }));
      for (const canary of [EMAIL, encodeURIComponent(EMAIL), IP, PHONE]) expect(text).not.toContain(canary);
      expect(text).toContain(HASH);
    }
  });

  test('the API payload keeps its hashes and hides the IP address and any unhashed user field', () => {
    const v = view({ requests: [apiRequest([apiEvent('lead', 'P', { user_data: { em: [HASH], ph: ['5550104477'], client_ip_address: IP, client_user_agent: 'UA', click_id: 'EPIK' } })])] });
    expect(v.rows[0].api[0].event).toMatchObject({ user_data: { em: [HASH], ph: '(should be a SHA-256 hash but is not: not shown)', client_ip_address: HIDDEN_IP, client_user_agent: 'UA', click_id: 'EPIK' } });
    expect(JSON.stringify(v)).not.toContain('5550104477');
    expect(HIDDEN_PERSONAL).not.toContain('@');
  });
});
