/** pinterest/events.ts: the one event table, run inside the sandbox. */
import { EVENT_TABLE } from '../../pinterest/event-table';
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-events', { 'pinterest/events': ['tagEventFor', 'eventMeaning', 'capiEventFor', 'isCustomEventName', 'valueIsItemTotal', 'capiEventOf', 'notConversion'] });
});

test.each([
  ['purchase', 'checkout'], ['PURCHASE ', 'checkout'], ['view_search_results', undefined], ['add_to_wishlist', 'addtowishlist'], ['add to cart', undefined], ['a=b', undefined], ['add_to_cart', 'addtocart'], ['view_item', 'pagevisit'], ['page_view', 'page'],
  ['gtm.dom', 'page'], ['view_item_list', 'viewcategory'], ['begin_checkout', 'initiatecheckout'], ['add_shipping_info', undefined],
  ['generate_lead', 'lead'], ['sign_up', 'signup'], ['select_item', 'viewcontent'], ['refund', undefined], ['remove_from_cart', undefined],
  ['view_cart', undefined], ['video_start', 'watchvideo'], ['checkout', 'checkout'], ['add_payment_info', 'addpaymentinfo'],
  ['start_trial', 'starttrial'], ['page_visit', 'pagevisit'], ['page', undefined], ['gtm.click', undefined], ['constructor', undefined], ['', undefined],
])('GA4 or Pinterest %j → tag event %j', (name, expected) => {
  expect(call('tagEventFor', name)).toBe(expected);
});

test('every event that is not a conversion is skipped, pointing to the README for why (the reasons are not compiled in)', () => {
  for (const row of EVENT_TABLE.filter((r) => r.pinterest === null)) {
    expect(call('eventMeaning', row.ga4)).toEqual({ skip: `${row.ga4} is not a conversion Pinterest counts (README, event table)` });
  }
  expect(call('eventMeaning', 'quote_request')).toEqual({});
});

test('the table has one row per event, a reason for each, and only Pinterest tag events', () => {
  const names = EVENT_TABLE.map((r) => r.ga4);
  expect(new Set(names).size).toBe(names.length);
  for (const row of EVENT_TABLE) {
    expect(row.reason.length).toBeGreaterThan(10);
    if (row.pinterest !== null) expect(call('capiEventFor', row.pinterest)).toMatch(/^[a-z_]+$/);
  }
});

test('tag names map to Conversions API names; the page visit is page_visit; custom names pass through', () => {
  expect(['page', 'pagevisit', 'addtocart', 'initiatecheckout', 'submitapplication', 'quote_request'].map((n) => call('capiEventFor', n)))
    .toEqual(['page_visit', 'page_visit', 'add_to_cart', 'initiate_checkout', 'submit_application', 'quote_request']);
});

test('custom event names are letters and underscores, at most 100', () => {
  expect(['quote_request', 'Quote', 'quote-request', 'quote1', '', 'Newsletter Signup', 'a'.repeat(101)].map((n) => call('isCustomEventName', n)))
    .toEqual([true, true, false, false, false, false, false]);
});

test('only add to cart, checkout started and checkout take their value from their items', () => {
  expect(['add_to_cart', 'initiate_checkout', 'checkout', 'view_category', 'page_visit', 'search', 'view_content'].map((n) => call('valueIsItemTotal', n)))
    .toEqual([true, true, true, false, false, false, false]);
});

test('the Conversions API name of any event name is the tag event\'s API name; its skip reason is eventMeaning\'s', () => {
  const names = [...EVENT_TABLE.map((r) => r.ga4), 'PURCHASE ', 'addtocart', 'add_to_cart', 'page_visit', 'pagevisit', 'page', 'quote_request', 'constructor', 'a b', ''];
  for (const name of names) {
    const tag = call('tagEventFor', name) as string | undefined;
    expect([name, call('capiEventOf', name)]).toEqual([name, tag === undefined ? undefined : call('capiEventFor', tag)]);
    expect([name, call('notConversion', name)]).toEqual([name, (call('eventMeaning', name) as { skip?: string }).skip]);
  }
});
