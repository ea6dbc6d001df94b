/**
 * The receiver's rules, run inside the sandbox: pinterest/text-rules.ts, pinterest/email-address.ts,
 * pinterest/forwarded-event-validation.ts and pinterest/forwarded-event-data.ts.
 */
import { CLIENT_EVENT_DATA_KEYS, CUSTOM_NUMBER_KEYS, CUSTOM_PROPERTY_PREFIX, CUSTOM_TEXT_KEYS, EVENT_PARAM, GET_QUERY, PROTOCOL_VERSION, VERSION_PARAM } from '../../pinterest/forwarding-protocol';
import { EVENT_DATA_KEYS } from '../../server-template/tag/src/choices';
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('forwarded-protocol', {
    'pinterest/text-rules': ['characterCount', 'isClickId', 'withoutQuery', 'idText', 'freeText'],
    'pinterest/email-address': ['looksLikeEmail'],
    'pinterest/forwarded-event-validation': ['forwardedEventProblem'],
    'pinterest/forwarded-event-data': ['eventDataFromForwarded'],
  });
}, 60000);

const NOW = 1700000500000;
const event = (extra: Record<string, unknown> = {}) => ({ event_name: 'lead', event_id: 'L-1', ...extra });
const facts = { ip: '198.51.100.7', userAgent: 'UA/1', now: NOW };

describe('text rules', () => {
  test('characters are code points; lone surrogates and control characters are refused', () => {
    expect(['abc', '😀😀', 'Grüße', '東京', '', '\u2028'].map((t) => call('characterCount', t, 100))).toEqual([3, 2, 5, 2, 0, 1]);
    expect(['a\ud800', '\udc00a', 'a\ud800b', 'tab\t', 'del\u007f', 'nul\u0000'].map((t) => call('characterCount', t, 100))).toEqual([-1, -1, -1, -1, -1, -1]);
    expect(call('characterCount', 'x'.repeat(10000), 256)).toBe(257);
  });

  test('click ids: the base64 alphabets with padding, up to the limit', () => {
    const example = 'dj0yJnU9b2JDcFFHekV4SHJNcmVrbFBkUEdqakh0akdUT1VjVVUmcD0yJm49cnNBQ3F2Q2dOVDBXWWhkWklrUGxBUSZ0PUFBQUFBR1BaY3Bv';
    expect([example, 'a+b/c=', 'a-b_c', 'EPIK-9'].map((v) => call('isClickId', v, 512))).toEqual([true, true, true, true]);
    const hostile = ['', 'X; Domain=evil.example', 'X\r\nSet-Cookie: a', 'X,Y', 'X"Y', 'X\\Y', 'ä', 'x'.repeat(513), '%3B'];
    expect(hostile.map((v) => call('isClickId', v, 512))).toEqual(hostile.map(() => false));
  });
});

describe('personal data', () => {
  test('email addresses anywhere in a text, also percent-encoded', () => {
    const emails = ['jane@example.com', 'Mail: J.Doe+tag@sub.example.co.uk!', 'jane.doe%40example.com', 'müller@beispiel.de'];
    expect(emails.map((v) => call('looksLikeEmail', v))).toEqual(emails.map(() => true));
    const others = ['@shop', 'follow @shop.example', 'a@b', 'user@localhost', 'price 5 @ 3.50', '100%'];
    expect(others.map((v) => call('looksLikeEmail', v))).toEqual(others.map(() => false));
  });

  test('identifiers are never judged by their shape; free text holds no email address', () => {
    const ids = ['978-0-306-40615-7', '100-200-300', '2024-0615-0042', '+1 (415) 555-0142', '4006381333931', 'a@b.co'];
    expect(ids.map((v) => call('idText', v, 256))).toEqual(ids);
    expect(['', ' ', 'tab\there', 'x'.repeat(257)].map((v) => call('idText', v, 256))).toEqual([undefined, undefined, undefined, undefined]);
    expect(['call 0044 20 7946 0958', 'red boots', ' trimmed '].map((v) => call('freeText', v, 500))).toEqual(['call 0044 20 7946 0958', 'red boots', 'trimmed']);
    expect(['write to jane@example.com', 'jane%40example.com'].map((v) => call('freeText', v, 500))).toEqual([undefined, undefined]);
  });
});

describe('validation', () => {
  test('error texts name protocol fields only, never what the request wrote', () => {
    const marker = '<b>echo</b>';
    const problems = [
      event({ [marker]: 1 }), event({ custom_data: { [marker]: 1 } }), event({ custom_data: { line_items: [{ [marker]: 1 }] } }),
      event({ user_data: { [marker]: [] } }), event({ consent: { [marker]: 'granted' } }), event({ custom_data: { note: marker + ' jane@example.com' } }),
    ].map((e) => call('forwardedEventProblem', e) as string);
    expect(problems).toEqual([
      'event: has a field outside the protocol', 'custom_data: property names are 1 to 64 letters, digits and underscores',
      'custom_data.line_items[0]: has a field outside the protocol', 'user_data: has a field outside the protocol',
      'consent: has a field outside the protocol', 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)',
    ]);
    for (const problem of problems) expect(problem).not.toContain('echo');
  });

  test('consent: ad_storage and ad_user_data, granted or denied, both optional', () => {
    expect(call('forwardedEventProblem', event({ consent: {} }))).toBeUndefined();
    expect(call('forwardedEventProblem', event({ consent: { ad_storage: 'denied', ad_user_data: 'granted' } }))).toBeUndefined();
    expect(call('forwardedEventProblem', event({ consent: { ad_user_data: true } }))).toBe('consent.ad_user_data: must be "granted" or "denied"');
    expect(call('forwardedEventProblem', event({ consent: ['granted'] }))).toBe('consent: must be an object');
  });

  test('times and URLs', () => {
    expect(call('forwardedEventProblem', event({ event_time: -1 }))).toBe('event_time: must not be negative');
    expect(call('forwardedEventProblem', event({ page_location: 'https://bücher.example/grün?q=1' }))).toBeUndefined();
    expect(call('forwardedEventProblem', event({ page_referrer: 'ftp://x.example/' }))).toBe('page_referrer: must be an http(s) URL without credentials');
  });

  test('identifiers keep their shape; free text is checked for email addresses only', () => {
    const ids = { event_id: 'checkout_2024-0615-0042', custom_data: { order_id: '2024-0615-0042', line_items: [{ product_id: '978-0-306-40615-7' }] }, click_id: '415-555-0142' };
    expect(call('forwardedEventProblem', event(ids))).toBeUndefined();
    expect(call('forwardedEventProblem', event({ custom_data: { Colour: 'red', phone: '+1 415 555 2671', ok: true, n: 2.5 } }))).toBeUndefined();
    expect(call('forwardedEventProblem', event({ custom_data: { n: { a: 1 } } }))).toBe('custom_data.*: must be a string, a number or a boolean');
    expect(call('forwardedEventProblem', event({ custom_data: { line_items: [{ product_name: 'to a@b.co' }] } })))
      .toBe('custom_data.line_items[0].product_name: must not hold a raw email address (send it hashed in user_data.em)');
    expect(call('forwardedEventProblem', event({ custom_data: { line_items: [{ product_discount: 'x' }] } }))).toBe('custom_data.line_items[0].product_discount: must be a finite number');
  });
});

describe('event data', () => {
  test('no custom property reaches a key the client sets or the Conversions API tag reads', () => {
    const defined = [...CUSTOM_TEXT_KEYS, ...CUSTOM_NUMBER_KEYS, 'line_items'];
    const planted = [...new Set([...CLIENT_EVENT_DATA_KEYS, ...EVENT_DATA_KEYS])].filter((k) => /^[a-z_][a-z0-9_]*$/.test(k) && !defined.includes(k));
    expect(planted.length).toBeGreaterThan(25);
    const data = call('eventDataFromForwarded', event({ custom_data: Object.fromEntries(planted.map((k) => [k, 'PLANTED'])) }), facts) as Record<string, unknown>;
    const plantedAt = Object.keys(data).filter((key) => data[key] === 'PLANTED');
    expect(plantedAt.sort()).toEqual(planted.map((k) => CUSTOM_PROPERTY_PREFIX + k).sort());
    expect(data).toMatchObject({ ip_override: '198.51.100.7', user_agent: 'UA/1', event_name: 'lead', event_id: 'L-1', 'x-pinterest-gtm-source': 'client' });
    // The defined fields keep their meaning (the tag reads them where it always did).
    const definedData = call('eventDataFromForwarded', event({ custom_data: { value: 5, currency: 'EUR', lead_type: 'Demo', video_title: 'V', order_id: 'T', search_query: 'q', promo_code: 'P' } }), facts);
    expect(definedData).toMatchObject({ value: 5, currency: 'EUR', lead_type: 'Demo', video_title: 'V', transaction_id: 'T', search_term: 'q', coupon: 'P' });
  });

  test('event_time is clamped to now; URLs lose query and fragment; consent keeps only the keys sent', () => {
    const data = call('eventDataFromForwarded', event({
      event_time: NOW * 10, page_location: 'https://shop.example/a?email=x%40y.z#f', page_referrer: 'https://r.example/#x?y', consent: { ad_user_data: 'denied' },
    }), facts) as Record<string, unknown>;
    expect(data).toMatchObject({ event_time: NOW, page_location: 'https://shop.example/a', page_referrer: 'https://r.example/', consent_state: { ad_user_data: 'denied' } });
    expect((call('eventDataFromForwarded', event({ event_time: NOW - 5 }), facts) as { event_time: number }).event_time).toBe(NOW - 5);
    expect(call('eventDataFromForwarded', event(), facts)).not.toHaveProperty('consent_state');
    expect(call('withoutQuery', 'https://a.example/p')).toBe('https://a.example/p');
  });
});

test('the GET query the web tag writes before the event is the protocol version and the event parameter', () => {
  expect(GET_QUERY).toBe(`?${VERSION_PARAM}=${PROTOCOL_VERSION}&${EVENT_PARAM}=`);
});
