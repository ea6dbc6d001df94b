/**
 * The event table (pinterest/events.ts) on the built templates: every GA4 event it names, pushed as a
 * realistic dataLayer event through the web tag (Automatic) and the Event ID variable, and sent as server
 * event data (with the variable's id, as a GA4 tag carries it) through the Conversions API tag. Both sides
 * must do what the table says: the same event under the tag ↔ API name with the same event_id, the page
 * visit for page events, or nothing at all for events that are not conversions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { capiEventFor, PAGE } from '../../pinterest/events';
import { EVENT_TABLE } from '../../pinterest/event-table';
import { jsonFiles } from '../support/json-files';

jest.setTimeout(120000);

const ROOT = path.resolve(__dirname, '..', '..');
const read = (dir: string) => parseTemplate(fs.readFileSync(path.join(ROOT, dir, 'template.tpl'), 'utf8'));
const TAG = read('web-template/tag');
const VARIABLE = read('web-template/event-id');
const CAPI_TAG = read('server-template/tag');
const file = jsonFiles('event-table');
const PROCESSED = [{ url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' }];
const pintrk = (report: RunReport) => (report.windowCalls as { fn: string; args: unknown[] }[]).filter((c) => c.fn === 'pintrk').map((c) => c.args);

/** A GA4 event as a shop pushes it: ecommerce with priced items, an order id for purchases. */
const ga4Event = (name: string, uniqueEventId: number) => ({
  event: name, 'gtm.uniqueEventId': uniqueEventId, search_term: 'boots',
  ecommerce: { currency: 'USD', value: 30, transaction_id: name === 'purchase' ? 'T-1' : undefined, items: [{ item_id: 'SKU-1', item_name: 'Boot', price: 30, quantity: 1 }] },
});

test.each(EVENT_TABLE.map((row, i) => [row.ga4, row.pinterest, i + 10] as const))('%s → %s on both sides', async (name, pinterest, uniqueEventId) => {
  const window = file({ _pinterest_gtm_pvid: '1700000000000.123456789' });
  const datalayer = file(ga4Event(name, uniqueEventId));
  const web = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'auto' }), datalayer, window });
  expect(web.result).toBe('success');
  const calls = pintrk(web);
  const tracked = calls.filter((c) => c[0] === 'track');
  const pageCalls = calls.filter((c) => c[0] === 'page');
  expect(pageCalls).toEqual([['page', { event_id: '1700000000000.123456789.page' }]]);
  const eventId = (await runOnce(VARIABLE, { data: file({}), datalayer, window })).returnValue as string;

  const server = await runOnce(CAPI_TAG, {
    data: file({ adAccountId: '549755885175', accessToken: 'pina_T' }), respond: file(PROCESSED),
    event: file({
      event_name: name, event_id: eventId, ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', currency: 'USD', value: 30,
      transaction_id: name === 'purchase' ? 'T-1' : undefined, items: [{ item_id: 'SKU-1', price: 30, quantity: 1 }],
    }),
  });
  expect(server.result).toBe('success');
  const sent = (server.http as { body: string }[]).map((h) => JSON.parse(h.body).data[0] as { event_name: string; event_id: string });

  if (pinterest === null) {
    expect(tracked).toEqual([]);
    expect(sent).toEqual([]);
  } else if (pinterest === PAGE) {
    expect(tracked).toEqual([]);
    expect(eventId).toBe('1700000000000.123456789.page');
    expect(sent.map((e) => [e.event_name, e.event_id])).toEqual([['page_visit', eventId]]);
  } else {
    expect(tracked.map((t) => t[1])).toEqual([pinterest]);
    expect((tracked[0][2] as { event_id: string }).event_id).toBe(eventId);
    expect(sent.map((e) => [e.event_name, e.event_id])).toEqual([[capiEventFor(pinterest), eventId]]);
  }
});
