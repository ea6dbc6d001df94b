/**
 * pinterest/consent-signals.ts, capi-custom-data.ts and capi-user-data.ts, and the event table's answers for
 * the Conversions API tag (pinterest/events.ts capiEventOf, notConversion), run inside the sandbox.
 */
import { EVENT_TABLE } from '../../pinterest/event-table';
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-capi', {
    'pinterest/consent-signals': ['adConsentDenial'],
    'pinterest/capi-custom-data': ['customDataFromEvent', 'moneyText'],
    'pinterest/capi-user-data': ['clientIp', 'epikFromUrl', 'rawUserDataFromEvent'],
    'pinterest/events': ['capiEventOf', 'notConversion', 'capiEventFor', 'tagEventFor', 'eventMeaning'],
  });
});

describe('event names for the Conversions API', () => {
  const names = [
    ...EVENT_TABLE.map((row) => row.ga4), 'PURCHASE ', 'pagevisit', 'page_visit', 'addtocart', 'add_to_cart', 'checkout', 'lead', 'custom',
    'submit_application', 'page', 'quote_request', 'add to cart', 'a=b', 'constructor', '__proto__', '',
  ];
  test.each(names)('%j: the API name the tag\'s names give, and the same skip reason', (name) => {
    const tag = call('tagEventFor', name) as string | undefined;
    expect(call('capiEventOf', name)).toBe(tag === undefined ? undefined : call('capiEventFor', tag));
    expect(call('notConversion', name)).toBe((call('eventMeaning', name) as { skip?: string }).skip);
  });
  test('GA4, tag and API spellings', () => {
    expect(['purchase', 'page_view', 'gtm.js', 'view_item', 'addtocart', 'initiate_checkout', 'refund'].map((n) => call('capiEventOf', n)))
      .toEqual(['checkout', 'page_visit', 'page_visit', 'page_visit', 'add_to_cart', 'initiate_checkout', undefined]);
  });
});

describe('consent signals', () => {
  test.each([
    ['G111', undefined, undefined], ['G100', undefined, 'ad_storage is denied'], ['G101', undefined, 'ad_storage is denied'],
    [undefined, '11p1p1p1p5', 'ad_storage is denied'], ['G100', '13r3r3r2r5l1', undefined], [undefined, '13t3t3m3t5', 'ad_user_data is denied'],
    [undefined, '11l1l1l1l5', undefined], ['G100', '11l1l1l1l5', 'ad_storage is denied'], ['junk', 'x', undefined], ['G1x1', '1', undefined],
  ])('gcs %j, gcd %j → %j (gcd, when it answers, is more precise than gcs)', (gcs, gcd, expected) => {
    expect(call('adConsentDenial', { 'x-ga-gcs': gcs, 'x-ga-gcd': gcd })).toBe(expected);
  });
  test('the Pinterest client\'s consent_state wins over GA4\'s signals, signal by signal', () => {
    expect(call('adConsentDenial', { 'x-ga-gcs': 'G100', consent_state: { ad_storage: 'granted' } })).toBeUndefined();
    expect(call('adConsentDenial', { 'x-ga-gcs': 'G111', consent_state: { ad_storage: 'junk', ad_user_data: 'denied' } })).toBe('ad_user_data is denied');
    expect(call('adConsentDenial', { 'x-ga-gcd': '13q3t3t3t5', consent_state: { ad_storage: 'granted' } })).toBeUndefined();
    expect(call('adConsentDenial', { consent_state: ['denied'] })).toBeUndefined();
    expect(call('adConsentDenial', {})).toBeUndefined();
  });
});

describe('custom data', () => {
  test('money is a decimal string rounded half up to cents', () => {
    expect([59.97000000000001, 32.495, 10, 0.1 + 0.2, 1e21 / 1e19].map((v) => call('moneyText', v))).toEqual(['59.97', '32.5', '10', '0.3', '100']);
  });
  test('junk items are skipped, never thrown on', () => {
    expect(call('customDataFromEvent', { items: [null, 'x', { item_name: 'Only name', price: 'n/a' }, { item_id: 5, quantity: -1 }], transaction_id: 42, search_term: ' q ' })).toEqual({
      order_id: '42', search_string: 'q', num_items: 2, content_ids: ['5'], contents: [{ item_name: 'Only name' }, { id: '5' }],
    });
  });
});

describe('user data sources', () => {
  test('client IP without port', () => {
    expect(['203.0.113.9:5123', '203.0.113.9', '[2001:db8::1]:443', '2001:db8::1', '198.51.100.1, 10.0.0.1', '', '[]'].map((v) => call('clientIp', v)))
      .toEqual(['203.0.113.9', '203.0.113.9', '2001:db8::1', '2001:db8::1', '198.51.100.1', undefined, undefined]);
  });
  test('epik from the page URL', () => {
    expect(['https://s.example/?epik=A&x=1', 'https://s.example/?epik=A&epik=B', 'https://s.example/', 'not a url', undefined].map((v) => call('epikFromUrl', v)))
      .toEqual(['A', 'A', undefined, undefined, undefined]);
  });
  test('GA4 user_data with an address array, sha256_ keys and flat keys; GA4\'s sha256_phone_number (hashed with "+") is not a ph', () => {
    expect(call('rawUserDataFromEvent', {
      user_id: 'U1', email: 'flat@example.com',
      user_data: { email_address: ['a@b.c'], phone_number: '+1 415 555 0142', sha256_phone_number: 'ABC', address: [{ first_name: 'A', city: 'X' }, { first_name: 'B' }] },
    })).toEqual({ em: ['a@b.c', 'flat@example.com'], ph: ['+1 415 555 0142'], external_id: ['U1'], fn: ['A', 'B'], ct: ['X'] });
  });
});
