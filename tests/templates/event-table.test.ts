/**
 * The event table on the built templates, held against an expectation written here by hand from Pinterest's
 * and Google's documentation, not generated from pinterest/events.ts: a wrong row in the table (say
 * add_to_wishlist → addtocart) fails here. Every GA4 event is pushed as a realistic dataLayer event
 * through the web tag (Automatic) and the Event ID variable, and sent as server event data (with the
 * variable's id, as a GA4 tag carries it) through the Conversions API tag. Both sides must do the same: the
 * same event under its tag ↔ API names with the same event_id, or nothing at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { EVENT_TABLE } from '../../pinterest/event-table';
import { jsonFiles } from '../support/json-files';

jest.setTimeout(120000);

/** GA4 event → [tag event, API event] (a page event: the page visit of its page view), or null: not a conversion on either side. */
const EXPECTED: Record<string, [string, string] | null> = {
  page_view: ['pagevisit', 'page_visit'], 'gtm.js': ['pagevisit', 'page_visit'], 'gtm.dom': ['pagevisit', 'page_visit'], 'gtm.load': ['pagevisit', 'page_visit'],
  view_item: ['pagevisit', 'page_visit'], view_item_list: ['viewcategory', 'view_category'],
  select_item: ['viewcontent', 'view_content'], select_promotion: ['viewcontent', 'view_content'], view_promotion: ['viewcontent', 'view_content'],
  search: ['search', 'search'], view_search_results: null,
  add_to_cart: ['addtocart', 'add_to_cart'], add_to_wishlist: ['addtowishlist', 'add_to_wishlist'], begin_checkout: ['initiatecheckout', 'initiate_checkout'],
  add_payment_info: ['addpaymentinfo', 'add_payment_info'], purchase: ['checkout', 'checkout'], generate_lead: ['lead', 'lead'], sign_up: ['signup', 'signup'],
  video_start: ['watchvideo', 'watch_video'],
  view_cart: null, remove_from_cart: null, add_shipping_info: null, refund: null, qualify_lead: null, disqualify_lead: null, working_lead: null,
  close_convert_lead: null, close_unconvert_lead: null, login: null, video_progress: null, video_complete: null, select_content: null, share: null,
  join_group: null, tutorial_begin: null, tutorial_complete: null, ad_impression: null, earn_virtual_currency: null, spend_virtual_currency: null,
  level_start: null, level_end: null, level_up: null, post_score: null, unlock_achievement: null, first_visit: null, session_start: null,
  user_engagement: null, scroll: null, click: null, file_download: null, form_start: null, form_submit: null,
};
const PAGE_EVENTS = ['page_view', 'gtm.js', 'gtm.dom', 'gtm.load'];

const ROOT = path.resolve(__dirname, '..', '..');
const read = (dir: string) => parseTemplate(fs.readFileSync(path.join(ROOT, dir, 'template.tpl'), 'utf8'));
const TAG = read('web-template/tag');
const VARIABLE = read('web-template/event-id');
const CAPI_TAG = read('server-template/tag');
const file = jsonFiles('event-table');
const PROCESSED = [{ url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' }];
const PAGE_VIEW_ID = '1700000000000.123456789';
const pintrk = (report: RunReport) => (report.windowCalls as { fn: string; args: unknown[] }[]).filter((c) => c.fn === 'pintrk').map((c) => c.args);

/** A GA4 event as a shop pushes it: ecommerce with priced items, an order id for purchases. */
const ga4Event = (name: string, uniqueEventId: number) => ({
  event: name, 'gtm.uniqueEventId': uniqueEventId, search_term: 'boots',
  ecommerce: { currency: 'USD', value: 30, transaction_id: name === 'purchase' ? 'T-1' : undefined, items: [{ item_id: 'SKU-1', item_name: 'Boot', price: 30, quantity: 1 }] },
});

test('the table has exactly the rows written down here', () => {
  expect(EVENT_TABLE.map((r) => r.ga4).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(Object.keys(EXPECTED).map((name, i) => [name, i + 10] as const))('%s on both sides', async (name, uniqueEventId) => {
  const expected = EXPECTED[name];
  const window = file({ _pinterest_gtm_pvid: PAGE_VIEW_ID });
  const datalayer = file(ga4Event(name, uniqueEventId));
  const web = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'auto' }), datalayer, window, url: 'https://shop.example/' });
  expect(web.result).toBe('success');
  // The first fire of a page view sends its page visit (a pagevisit with its event_id only), whatever the event.
  const bare = (c: unknown[]) => c[1] === 'pagevisit' && JSON.stringify(c[2]) === JSON.stringify({ event_id: PAGE_VIEW_ID + '.page1' });
  const visits = pintrk(web).filter((c) => c[0] === 'track' && bare(c));
  const tracked = pintrk(web).filter((c) => c[0] === 'track' && !bare(c));
  const eventId = (await runOnce(VARIABLE, { data: file({}), datalayer, window, url: 'https://shop.example/' })).returnValue as string;
  const server = await runOnce(CAPI_TAG, {
    data: file({ adAccountId: '549755885175', accessToken: 'pina_T' }), respond: file(PROCESSED),
    event: file({
      event_name: name, event_id: eventId, ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', currency: 'USD', value: 30,
      transaction_id: name === 'purchase' ? 'T-1' : undefined, items: [{ item_id: 'SKU-1', price: 30, quantity: 1 }],
    }),
  });
  expect(server.result).toBe('success');
  const sent = (server.http as { body: string }[]).map((h) => JSON.parse(h.body).data[0] as { event_name: string; event_id: string });

  if (expected === null) {
    expect(tracked).toEqual([]);
    expect(sent).toEqual([]);
    return;
  }
  expect(sent.map((e) => [e.event_name, e.event_id])).toEqual([[expected[1], eventId]]);
  if (PAGE_EVENTS.includes(name)) {
    // A page event is the page visit of its page view: one pagevisit with the page view's id, nothing else.
    expect(tracked).toEqual([]);
    expect(visits).toEqual([['track', 'pagevisit', { event_id: eventId }]]);
    expect(eventId).toBe(PAGE_VIEW_ID + '.page1');
    return;
  }
  expect(tracked.map((t) => t[1])).toEqual([expected[0]]);
  expect((tracked[0][2] as { event_id: string }).event_id).toBe(eventId);
  // A product page's view_item is the page visit itself: no bare one beside it.
  expect(visits).toHaveLength(name === 'view_item' ? 0 : 1);
});
