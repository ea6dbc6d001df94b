/** pinterest/consent-signals.ts, capi-custom-data.ts and capi-user-data.ts, run inside the sandbox. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-capi', {
    'pinterest/consent-signals': ['adConsentFrom', 'adConsentDenial'],
    'pinterest/capi-custom-data': ['customDataFromEvent', 'moneyText'],
    'pinterest/capi-user-data': ['clientIp', 'epikFromUrl', 'rawUserDataFromEvent'],
  });
});

describe('consent signals', () => {
  test.each([
    ['G111', undefined, { adStorage: 'granted', adUserData: undefined }],
    ['G100', undefined, { adStorage: 'denied', adUserData: undefined }],
    ['G101', undefined, { adStorage: 'denied', adUserData: undefined }],
    [undefined, '11p1p1p1p5', { adStorage: 'denied', adUserData: 'denied' }],
    ['G100', '13r3r3r2r5l1', { adStorage: 'granted', adUserData: 'granted' }],
    [undefined, '13t3t3m3t5', { adStorage: 'granted', adUserData: 'denied' }],
    [undefined, '11l1l1l1l5', { adStorage: undefined, adUserData: undefined }],
    ['junk', 'x', { adStorage: undefined, adUserData: undefined }],
  ])('gcs %j, gcd %j', (gcs, gcd, expected) => {
    expect(call('adConsentFrom', gcs, gcd)).toEqual(expected);
  });
  test('denial reasons', () => {
    expect(call('adConsentDenial', { adStorage: 'denied' })).toBe('ad_storage is denied');
    expect(call('adConsentDenial', { adStorage: 'granted', adUserData: 'denied' })).toBe('ad_user_data is denied');
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
