/** pinterest/events.ts: the one event-name table, run inside the sandbox. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-events', { 'pinterest/events': ['tagEventFor', 'capiEventFor', 'isCustomEventName'] });
});

test.each([
  ['purchase', 'checkout'], ['PURCHASE ', 'checkout'], ['add_to_cart', 'addtocart'], ['view_item', 'pagevisit'], ['page_view', 'pagevisit'],
  ['view_item_list', 'viewcategory'], ['begin_checkout', 'initiatecheckout'], ['add_shipping_info', 'initiatecheckout'],
  ['generate_lead', 'lead'], ['sign_up', 'signup'], ['select_item', 'viewcontent'], ['refund', 'custom'], ['video_start', 'watchvideo'],
  ['checkout', 'checkout'], ['add_payment_info', 'addpaymentinfo'], ['start_trial', 'starttrial'], ['page_visit', 'pagevisit'],
  ['gtm.click', undefined], ['constructor', undefined], ['', undefined],
])('GA4 or Pinterest %j → tag event %j', (name, expected) => {
  expect(call('tagEventFor', name)).toBe(expected);
});

test('tag names map to Conversions API names; custom names pass through', () => {
  expect(['pagevisit', 'addtocart', 'initiatecheckout', 'submitapplication', 'quote_request'].map((n) => call('capiEventFor', n)))
    .toEqual(['page_visit', 'add_to_cart', 'initiate_checkout', 'submit_application', 'quote_request']);
});

test('custom event names are letters and underscores', () => {
  expect(['quote_request', 'Quote', 'quote-request', 'quote1', ''].map((n) => call('isCustomEventName', n))).toEqual([true, true, false, false, false]);
});
