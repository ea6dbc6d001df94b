/**
 * The oracles can fail: each one is fed a planted bad case (and must flag it) next to a good case (and
 * must stay quiet), so a zero in the fuzz table means "checked and clean", never "not looked at".
 */
import { createHash } from 'node:crypto';
import { CANARY } from '../../fuzz/canaries';
import { decodeInput, encodeInput } from '../../fuzz/codec';
import { FUZZ_NOW } from '../../fuzz/drivers/driver';
import { attemptBound } from '../../fuzz/drivers/server-tag';
import { capiRequestFindings } from '../../fuzz/oracles/capi-request';
import { clientContractFindings } from '../../fuzz/oracles/client-contract';
import { classOf } from '../../fuzz/oracles/finding';
import { leakFindings, reflectionFindings, sink } from '../../fuzz/oracles/leaks';
import { outcomeFindings } from '../../fuzz/oracles/outcome';
import { createRng } from '../../fuzz/prng';
import { guardPrototypes } from '../../fuzz/prototype-guard';
import { functionReturning, setOwn } from '../../fuzz/values';
import { createWorld, type HttpRequestRecord } from '../../gtm-sandbox/world/world';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const NOW_S = Math.floor(FUZZ_NOW / 1000);
const signatures = (findings: { signature: string }[]): string[] => findings.map((f) => f.signature);

describe('the Conversions API request oracle', () => {
  const event = (extra: Record<string, unknown> = {}, user: Record<string, unknown> = {}) => ({
    event_name: 'checkout', action_source: 'web', event_time: NOW_S - 60, event_id: 'E-1',
    user_data: { em: [sha('a@b.example')], client_ip_address: '203.0.113.9', client_user_agent: 'Mozilla/5.0', ...user },
    custom_data: { value: '10', currency: 'EUR', contents: [{ id: 'SKU-1', quantity: 1 }], num_items: 1 }, ...extra,
  });
  const request = (body: unknown, headers: Record<string, string> = {}, url = 'https://api.pinterest.com/v5/ad_accounts/549755885175/events'): HttpRequestRecord => ({
    url, method: 'POST', headers: { Authorization: 'Bearer pina_TOKEN', 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body), timeout: 5000,
  });

  test('a request Pinterest accepts passes', () => {
    expect(capiRequestFindings(request({ data: [event()] }), FUZZ_NOW)).toEqual([]);
  });

  test.each([
    ['a value without a currency', event({ custom_data: { value: '10' } }), 'invalid: custom_data.value without custom_data.currency'],
    ['event_time in milliseconds', event({ event_time: FUZZ_NOW }), 'invalid: schema: /data/N/event_time must be <= 9999999999'],
    ['event_time in the future', event({ event_time: NOW_S + 3600 }), 'invalid: event_time in the future'],
    ['event_time older than 7 days', event({ event_time: NOW_S - 8 * 86400 }), 'invalid: event_time older than 7 days'],
    ['a hashed click id', event({}, { click_id: sha('x') }), 'invalid: user_data.click_id is a SHA-256 hash (must be plain)'],
    ['a hashed IP address', event({}, { client_ip_address: sha('x').toUpperCase() }), 'invalid: user_data.client_ip_address is a SHA-256 hash (must be plain)'],
    ['a contents item with an extra property', event({ custom_data: { contents: [{ id: 'a', extra: 1 }] } }), 'invalid: schema: /data/N/custom_data/contents/N must NOT have additional properties'],
    ['num_items not an integer', event({ custom_data: { num_items: 1.5 } }), 'invalid: schema: /data/N/custom_data/num_items must be integer'],
  ])('flags %s', (_label, bad, signature) => {
    expect(signatures(capiRequestFindings(request({ data: [bad] }), FUZZ_NOW))).toContain(signature);
  });

  test('flags header injection through the token, another URL, and a body that is not JSON', () => {
    expect(signatures(capiRequestFindings(request({ data: [event()] }, { Authorization: 'Bearer pina_T\r\nX-Injected: 1' }), FUZZ_NOW))).toEqual([
      'invalid: header authorization holds control characters (header injection)', 'invalid: Authorization is not "Bearer <token>" with a token of visible ASCII',
    ]);
    expect(signatures(capiRequestFindings(request({ data: [event()] }, {}, 'https://evil.example/v5/ad_accounts/1/events'), FUZZ_NOW))).toEqual(['invalid: request URL is not the Conversions API endpoint']);
    expect(signatures(capiRequestFindings({ ...request({}), body: '{' }, FUZZ_NOW))).toEqual(['invalid: body is not JSON']);
  });
});

describe('the canary oracle', () => {
  test.each([
    ['email', CANARY.email], ['email', CANARY.email.toLowerCase()], ['email', `u=${encodeURIComponent(CANARY.email)}`],
    ['email', encodeURIComponent(encodeURIComponent(CANARY.email))], ['email', JSON.stringify({ e: CANARY.email })],
    ['phone', CANARY.phone], ['phone', '415-555-0142'], ['phone', '+14155550142'], ['phone', 'tel=%2B1%20(415)%20555-0142'],
    ['name', `${CANARY.firstName} ${CANARY.lastName}`], ['name', CANARY.lastName.toLowerCase()], ['name', 'n=Quenbert+Larkspurr'],
    ['token', CANARY.token], ['token', `Bearer ${CANARY.token}`],
  ])('finds the %s in %j', (canary, text) => {
    expect(signatures(leakFindings([sink('a log line', text)]))).toContain(`leak: raw ${canary} in a log line`);
  });

  test('hashed forms and unrelated text are not leaks', () => {
    const hashed = [sha(CANARY.email.toLowerCase()), sha('14155550142'), sha(CANARY.firstName.toLowerCase()), sha(CANARY.token)];
    expect(leakFindings([sink('a request body', { em: hashed }), sink('a log line', 'order 4155 shipped 550142 units'), sink('x', 12)])).toEqual([]);
  });

  test('a reflection is markup from the request repeated in an answer', () => {
    expect(signatures(reflectionFindings([sink('the response body', '{"error":"<img src=x onerror=fzReflect()>: unknown"}')]))).toEqual(['reflection: request input repeated in the response body']);
    expect(reflectionFindings([sink('the response body', '{"error":"custom_data.*: must be text"}')])).toEqual([]);
  });
});

describe('the outcome oracle', () => {
  test('an exception and a fire that never completes are failures; a completed fire is not', () => {
    expect(signatures(outcomeFindings('the tag', { result: 'exception', error: 'x is not a function' }))).toEqual(['exception: the tag threw: x is not a function']);
    expect(signatures(outcomeFindings('the tag', { result: 'timeout' }))).toEqual(['timeout: the tag never completed']);
    expect(outcomeFindings('the tag', { result: 'failure' })).toEqual([]);
  });

  test('a failure class leaves out the values of the input', () => {
    const exception = (error: string) => signatures(outcomeFindings('the tag', { result: 'exception', error }));
    const pixel = 'sendPixel: the template\'s send_pixel permission does not allow sending a pixel to ';
    expect(exception(`${pixel}https://a.example/x?v=1&e=%7B`)).toEqual(exception(`${pixel}vase?v=1`));
    expect(exception(`${pixel}vase`)).toEqual(['exception: the tag threw: sendPixel: the template\'s send_pixel permission does not allow sending a pixel to …']);
    expect(classOf('events[12].event_id: must be text of 1 to 256 characters')).toBe(classOf('events[3].event_id: must be text of 1 to 256 characters'));
  });
});

describe('the client contract oracle', () => {
  const world = () => createWorld({ request: { method: 'POST', headers: { 'user-agent': 'UA/1', 'x-forwarded-for': '198.51.100.7' }, remoteAddress: '203.0.113.7' } });
  const good = { event_name: 'lead', event_id: 'L-1', event_time: FUZZ_NOW - 1000, page_location: 'https://shop.example/p', ip_override: '198.51.100.7', user_agent: 'UA/1', 'x-pinterest-custom-colour': 'blue', 'x-pinterest-gtm-source': 'client' };

  test('what the protocol promises passes', () => {
    const w = world();
    w.events.push(good);
    w.cookiesSet.push({ name: '_epik', value: 'dj0yJnU9abc', options: { domain: 'auto', path: '/' } }, { name: '_pin_gtm_epik_ts', value: String(FUZZ_NOW - 1000), options: {} });
    Object.assign(w.response, { returned: true, status: 400, headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' }, body: '{}' });
    expect(clientContractFindings(w, FUZZ_NOW)).toEqual([]);
  });

  test.each([
    ['a sender-set key', { ...good, partner_id: 'p' }, 'invalid: event data key outside the protocol'],
    ['a forged address', { ...good, ip_override: '203.0.113.66' }, 'invalid: ip_override is not the request\'s address'],
    ['a forged user agent', { ...good, user_agent: 'evil' }, 'invalid: user_agent is not the request\'s User-Agent'],
    ['a far-future time', { ...good, event_time: FUZZ_NOW + 1 }, 'invalid: event_time after the server clock'],
    ['a page URL with its query', { ...good, page_location: 'https://shop.example/p?email=x' }, 'invalid: page_location keeps a query string or fragment'],
    ['a javascript: page URL', { ...good, page_location: 'javascript:alert(1)' }, 'invalid: page_location is not an http(s) URL'],
  ])('flags %s in event data', (_label, event, signature) => {
    const w = world();
    w.events.push(event);
    expect(signatures(clientContractFindings(w, FUZZ_NOW))).toEqual([signature]);
  });

  test.each([
    ['the first entry, which the caller wrote', '203.0.113.66, 198.51.100.7', {}, '203.0.113.66', 'invalid: ip_override is not the request\'s address'],
    ['an entry left of the trusted hops', '203.0.113.66, 198.51.100.7, 34.117.1.1', { trustedProxyHops: '2' }, '203.0.113.66', 'invalid: ip_override is not the request\'s address'],
    ['the load balancer\'s entry with two trusted hops', '198.51.100.7, 34.117.1.1', { trustedProxyHops: '2' }, '34.117.1.1', 'invalid: ip_override is not the request\'s address'],
    ['the connection address', '198.51.100.7', {}, '203.0.113.7', 'invalid: ip_override is not the request\'s address'],
    ['a private address the proxy appended', '198.51.100.7, 10.0.0.9', {}, '10.0.0.9', 'invalid: ip_override is a private or reserved address'],
    ['a loopback IPv6 address', '::1', {}, '::1', 'invalid: ip_override is a private or reserved address'],
    ['a unique local IPv6 address', '198.51.100.7, fd00::9', {}, 'fd00::9', 'invalid: ip_override is a private or reserved address'],
  ])('flags %s as ip_override', (_label, forwardedFor, settings, ip, signature) => {
    const w = createWorld({ request: { method: 'POST', headers: { 'user-agent': 'UA/1', 'x-forwarded-for': forwardedFor }, remoteAddress: '203.0.113.7' } });
    w.events.push({ ...good, ip_override: ip });
    expect(signatures(clientContractFindings(w, FUZZ_NOW, settings))).toEqual([signature]);
  });

  test('passes the trusted entry, public, whichever the hops', () => {
    for (const [forwardedFor, settings, ip] of [['203.0.113.66, 198.51.100.7', {}, '198.51.100.7'], ['x, 2001:db8::7, 34.117.1.1', { trustedProxyHops: '2' }, '2001:db8::7']] as const) {
      const w = createWorld({ request: { method: 'POST', headers: { 'user-agent': 'UA/1', 'x-forwarded-for': forwardedFor } } });
      w.events.push({ ...good, ip_override: ip });
      expect(clientContractFindings(w, FUZZ_NOW, settings)).toEqual([]);
    }
  });

  const pixel = (headers: Record<string, string>, page = 'https://shop.example/p') => createWorld({ request: {
    method: 'GET', path: `/pinterest/events?v=1&e=${encodeURIComponent(JSON.stringify({ event_name: 'lead', event_id: 'L-1', page_location: page }))}`,
    headers: { 'user-agent': 'UA/1', 'x-forwarded-for': '198.51.100.7', host: 'sgtm.shop.example', ...headers },
  } });
  test.each([
    ['marked cross-site', { 'sec-fetch-site': 'cross-site' }, undefined, {}, 'marked cross-site'],
    ['from an Origin not allowed', { origin: 'https://evil.example' }, undefined, { allowedOrigins: 'https://shop.example' }, 'from an Origin not allowed'],
    ['with a Referer off the site', { referer: 'https://evil.example/' }, undefined, {}, 'with a Referer off the site'],
    ['from a page off the site', {}, 'https://evil.example/p', {}, 'from a page off the site'],
    ['from a page off the listed site hosts', {}, 'https://shop.example/p', { siteHosts: 'other.example' }, 'from a page off the site'],
  ])('flags a GET %s that ran an event or set a cookie', (_label, headers, page, settings, why) => {
    const ran = pixel(headers, page);
    ran.events.push(good);
    expect(clientContractFindings(ran, FUZZ_NOW, settings).map((f) => [f.signature, f.detail])).toEqual([['invalid: a GET from another site ran events or set a cookie', why]]);
    const cookie = pixel(headers, page);
    cookie.cookiesSet.push({ name: '_epik', value: 'X', options: {} });
    expect(signatures(clientContractFindings(cookie, FUZZ_NOW, settings))).toEqual(['invalid: a GET from another site ran events or set a cookie']);
  });

  test('a GET from the site\'s own pages, or one refused without running anything, passes', () => {
    for (const headers of [{ 'sec-fetch-site': 'same-site', referer: 'https://www.shop.example/' }, { 'sec-fetch-site': 'same-origin' }, {}] as Record<string, string>[]) {
      const w = pixel(headers);
      w.events.push(good);
      expect(clientContractFindings(w, FUZZ_NOW)).toEqual([]);
    }
    expect(clientContractFindings(pixel({ 'sec-fetch-site': 'cross-site' }), FUZZ_NOW)).toEqual([]);
  });

  test('flags cookie injection, a future time cookie and an error answer browsers may sniff', () => {
    const w = world();
    w.cookiesSet.push(
      { name: '_epik', value: 'X; Domain=evil.example; HttpOnly', options: { domain: 'auto' } }, { name: '_epik', value: 'X', options: { domain: 'a.example; HttpOnly' } },
      { name: '_pin_gtm_epik_ts', value: String(FUZZ_NOW + 1), options: {} },
    );
    Object.assign(w.response, { returned: true, status: 400, headers: { 'content-type': 'text/html' }, body: '' });
    expect(signatures(clientContractFindings(w, FUZZ_NOW))).toEqual([
      'invalid: cookie value outside RFC 6265 cookie-octets (cookie injection)', 'invalid: cookie attribute domain injects attributes',
      'invalid: the click id time cookie is not a time up to now', 'invalid: an error answer without a JSON content type',
      'invalid: an error answer without X-Content-Type-Options: nosniff',
    ]);
  });
});

describe('the prototype guard', () => {
  test('a run that changes a built-in prototype is named and undone; a clean run is not', async () => {
    const hasOwn = Object.prototype.hasOwnProperty;
    const guarded = await guardPrototypes(async () => {
      (Object.prototype as Record<string, unknown>).fuzzPolluted = 1;
      Object.defineProperty(Object.prototype, 'hasOwnProperty', { value: 'x', writable: true, configurable: true });
      delete (Array.prototype as unknown as Record<string, unknown>).includes;
      return 'done';
    });
    expect(guarded).toEqual({ value: 'done', polluted: ['Object.prototype.hasOwnProperty', 'Object.prototype.fuzzPolluted', 'Array.prototype.includes'] });
    expect(Object.prototype.hasOwnProperty).toBe(hasOwn);
    expect('fuzzPolluted' in {}).toBe(false);
    expect([1].includes(1)).toBe(true);
    expect(await guardPrototypes(async () => 1)).toEqual({ value: 1, polluted: [] });
  });
});

describe('attempts, replay files and the generator', () => {
  test('the attempt bound follows the Retries field: 0 to 5, default 2', () => {
    expect([undefined, '0', '1', '5', '9', '-1', 'x', 3, '2.5', ''].map(attemptBound)).toEqual([3, 1, 2, 6, 6, 3, 3, 4, 3, 3]);
  });

  test('inputs survive a replay file: NaN, infinities, -0, undefined, functions, __proto__ and $fuzz keys', () => {
    const input: Record<string, unknown> = { a: [Number.NaN, Infinity, -Infinity, -0, undefined, 1], f: functionReturning(Number.NaN), s: 'x' };
    setOwn(input, '__proto__', { polluted: true });
    setOwn(input, 'nested', { $fuzz: 'NaN' });
    const back = decodeInput(JSON.parse(JSON.stringify(encodeInput(input)))) as Record<string, unknown>;
    expect(back.a).toEqual([Number.NaN, Infinity, -Infinity, -0, undefined, 1]);
    expect(Object.is((back.a as number[])[3], -0)).toBe(true);
    expect(Number.isNaN((back.f as () => number)())).toBe(true);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(back.nested).toEqual({ $fuzz: 'NaN' });
  });

  test('one seed gives one sequence; another seed another', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, (() => { const r = createRng(seed); return () => r.int(1000); })());
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });
});
