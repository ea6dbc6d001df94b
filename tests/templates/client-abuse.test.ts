/**
 * The built Pinterest client (template.tpl through `gtm-sandbox run`, real APIs: setCookie's encoding,
 * sha256Sync, parseUrl, computeEffectiveTldPlusOne, getRequestBody) against the attacks of the security
 * reviews: cookie injection, forged addresses, amplification, wrong secrets, UTF-8 sizes, far-future times,
 * conversions pushed through other sites' visitors.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { decodePermissions } from '../../gtm-sandbox/permissions/codec';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';

const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template/client/template.tpl'), 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-abuse-'));
let n = 0;
const file = (value: unknown): string => {
  const target = path.join(dir, `${n++}.json`);
  fs.writeFileSync(target, JSON.stringify(value));
  return target;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SECRET = 'k7Pq2Lx9Vd4Rt8Wm3Zc6Nb1Hs5Gf0Ja';
const lead = (extra: Record<string, unknown> = {}) => ({ event_name: 'lead', event_id: `L-${n}`, page_location: 'https://shop.example/contact', ...extra });
interface Call { data?: Record<string, unknown>; headers?: Record<string, string>; cookies?: Record<string, string[]> }
/** As the request reaches the container on Cloud Run: Google's front end appended the visitor's address, and the connection is its own. */
const FRONT_END = { host: 'sgtm.shop.example', 'x-forwarded-for': '198.51.100.8' };
const post = (body: unknown, call: Call = {}): Promise<RunReport> => runOnce(CLIENT, {
  data: file(call.data ?? {}), ...(call.cookies ? { cookies: file(call.cookies) } : {}),
  request: file({ method: 'POST', path: '/pinterest/events', headers: { ...FRONT_END, ...call.headers }, body: typeof body === 'string' ? body : JSON.stringify(body), remoteAddress: '169.254.8.1' }),
});
const pixel = (event: unknown, call: Call = {}): Promise<RunReport> => runOnce(CLIENT, {
  data: file(call.data ?? {}),
  request: file({ method: 'GET', path: '/pinterest/events', query: { v: '1', e: JSON.stringify(event) }, headers: { ...FRONT_END, 'user-agent': 'Mozilla/5.0', ...call.headers }, remoteAddress: '169.254.8.1' }),
});
const error = (report: RunReport): string => JSON.parse(report.response?.body ?? '{}').error;

test('a shop link whose epik carries cookie attributes sets no cookie and is refused with a fixed text', async () => {
  const epik = decodeURIComponent('X%3B%20Domain%3Devil.example%3B%20HttpOnly');
  for (const clickId of [epik, 'X\nSet-Cookie: y=z', 'X\r\n']) {
    const report = await pixel(lead({ click_id: clickId, click_id_from_url: true }));
    expect(report).toMatchObject({ result: 'success', cookiesSet: [], events: [], response: { status: 400 } });
    expect(report.response?.body).not.toContain('evil');
    expect(report.response?.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' });
  }
});

test('a base64 click id is written with setCookie encoding on (no noEncode)', async () => {
  const report = await pixel(lead({ click_id: 'dj0y+JnU9/b2J=', click_id_from_url: true }));
  expect(report.response?.status).toBe(200);
  expect(report.cookiesSet).toEqual(expect.arrayContaining([expect.objectContaining({ name: '_epik', value: 'dj0y%2BJnU9%2Fb2J%3D' })]));
  for (const cookie of report.cookiesSet as { value: string }[]) expect(cookie.value).toMatch(/^[A-Za-z0-9%_-]+$/);
});

test('a far-future event_time is clamped to the server clock in event data and in the cookie', async () => {
  const before = Date.now();
  const report = await pixel(lead({ event_time: 9999999999999, click_id: 'FUTURE', click_id_from_url: true }));
  const after = Date.now();
  const time = (report.events as { event_time: number }[])[0].event_time;
  expect(time).toBeGreaterThanOrEqual(before);
  expect(time).toBeLessThanOrEqual(after);
  const stamp = (report.cookiesSet as { name: string; value: string }[]).find((c) => c.name === '_pin_gtm_epik_ts');
  expect(Number(stamp?.value)).toBe(time);
});

test('a planted far-future timestamp cookie does not keep a genuine click id out', async () => {
  const report = await post({ v: 1, events: [lead({ event_time: Date.now() - 60000, click_id: 'GENUINE', click_id_from_url: true })] }, {
    cookies: { _epik: ['PLANTED'], _pin_gtm_epik_ts: ['9999999999999'] },
  });
  expect(report.cookiesSet).toEqual(expect.arrayContaining([expect.objectContaining({ name: '_epik', value: 'GENUINE' })]));
});

test('amplification: 6 events need the secret; a wrong secret is refused; the right one runs them all', async () => {
  const six = { v: 1, events: [1, 2, 3, 4, 5, 6].map((i) => lead({ event_id: `A-${i}` })) };
  const data = { sharedSecret: SECRET };
  const anonymous = await post(six, { data });
  expect(anonymous).toMatchObject({ response: { status: 413 }, events: [] });
  expect(error(anonymous)).toBe('events: at most 5 events per request');
  const wrong = await post(six, { data, headers: { 'x-pinterest-gtm-secret': SECRET.slice(0, -1) + 'b' } });
  expect(wrong).toMatchObject({ response: { status: 403 }, events: [] });
  expect(wrong.response?.body).not.toContain(SECRET.slice(0, 8));
  const right = await post(six, { data, headers: { 'x-pinterest-gtm-secret': SECRET } });
  expect(right).toMatchObject({ result: 'success', response: { status: 204 } });
  expect(right.events).toHaveLength(6);
  expect(JSON.stringify(right.logs)).not.toContain(SECRET);
});

test('forged or junk client addresses never become ip_override: only the entry the trusted proxies appended, and only a public one', async () => {
  const cases: [Record<string, string>, Record<string, unknown>, string | undefined][] = [
    // A caller writes X-Forwarded-For (and Forwarded) itself; Cloud Run's front end appends the address it saw.
    [{ 'x-forwarded-for': '203.0.113.66, 198.51.100.8', forwarded: 'for=203.0.113.67' }, {}, '198.51.100.8'],
    [{ 'x-forwarded-for': '<script>alert(1)</script>, 198.51.100.8' }, {}, '198.51.100.8'],
    // Behind Google's load balancer: "<visitor>, <load balancer>" are appended.
    [{ 'x-forwarded-for': '203.0.113.66, 198.51.100.8, 34.117.1.1' }, { trustedProxyHops: '2' }, '198.51.100.8'],
    [{ 'x-forwarded-for': '203.0.113.66, 2001:db8::7, 34.117.1.1' }, { trustedProxyHops: '2' }, '2001:db8::7'],
    // Too few entries for the trusted hops: nothing the caller wrote is taken instead.
    [{ 'x-forwarded-for': '198.51.100.8' }, { trustedProxyHops: '2' }, undefined],
    // An internal address means a proxy of ours was not counted, or the caller is inside the network.
    [{ 'x-forwarded-for': '198.51.100.8, 10.0.0.1' }, {}, undefined],
    [{ 'x-forwarded-for': '198.51.100.8, fd00::1' }, {}, undefined],
    [{ 'x-forwarded-for': '198.51.100.8, ::1' }, {}, undefined],
    [{ 'x-forwarded-for': '198.51.100.8, 1.2.3.4:5678' }, {}, undefined],
  ];
  for (const [headers, data, ip] of cases) {
    const report = await post({ v: 1, events: [lead()] }, { headers, data });
    expect((report.events as { ip_override?: string }[])[0].ip_override).toBe(ip);
  }
});

test('the connection address and Forwarded are never read: the client asks for X-Forwarded-For only', async () => {
  const report = await post({ v: 1, events: [lead()] }, { headers: { 'x-forwarded-for': '' } });
  expect((report.events as { ip_override?: string }[])[0].ip_override).toBeUndefined();
  const readRequest = decodePermissions(CLIENT.permissions).read_request as Record<string, unknown>;
  expect(readRequest.remoteAddressAllowed).not.toBe(true);
  expect((readRequest.headerWhitelist as { headerName: string }[]).map((h) => h.headerName)).not.toContain('forwarded');
});

test('wrong shared secrets that differ from the right one at any position, or in length, are all refused', async () => {
  const other = (c: string): string => (c === 'x' ? 'y' : 'x');
  const wrong = [
    ...[...SECRET].map((c, i) => SECRET.slice(0, i) + other(c) + SECRET.slice(i + 1)),
    ...Array.from({ length: 2 * SECRET.length }, (_, n) => SECRET.repeat(2).slice(0, n)).filter((w) => w !== SECRET && w !== ''),
    SECRET.toUpperCase(), ` ${SECRET}x`,
  ];
  expect(wrong).toHaveLength(SECRET.length + (2 * SECRET.length - 2) + 2);
  const data = { sharedSecret: SECRET };
  const answers = await Promise.all(wrong.map((secret) => post({ v: 1, events: [lead()] }, { data, headers: { 'x-pinterest-gtm-secret': secret } })));
  expect(answers.map((a) => a.response?.status)).toEqual(wrong.map(() => 403));
  expect(answers.every((a) => a.events?.length === 0)).toBe(true);
  expect((await post({ v: 1, events: [lead()] }, { data, headers: { 'x-pinterest-gtm-secret': ` ${SECRET} ` } })).response?.status).toBe(204);
});

test('another website cannot push a conversion through its visitors\' browsers: a cross-site GET runs nothing and sets no cookie', async () => {
  const checkout = lead({ event_name: 'checkout', event_id: 'checkout_ORDER-1', click_id: 'EPIK-PLANTED', click_id_from_url: true, custom_data: { value: 25000, currency: 'EUR', order_id: 'ORDER-1' } });
  const attacks: Record<string, string>[] = [
    { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image', referer: 'https://popular.example/' },
    { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'document' },
    { referer: 'https://popular.example/' },
    { origin: 'https://popular.example' },
  ];
  for (const headers of attacks) {
    const report = await pixel(checkout, { headers });
    expect(report).toMatchObject({ result: 'success', events: [], cookiesSet: [], response: { status: 403 } });
  }
  // An old browser without Sec-Fetch-Site and a hidden Referer: the event's own page decides.
  expect(await pixel({ ...checkout, page_location: 'https://popular.example/' })).toMatchObject({ events: [], cookiesSet: [], response: { status: 403 } });
  // The site's own pixel: same-site (sgtm.shop.example serves shop.example), the page's origin as Referer.
  const own = await pixel(checkout, { headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-dest': 'image', referer: 'https://shop.example/' } });
  expect(own).toMatchObject({ result: 'success', response: { status: 200 } });
  expect(own.events).toHaveLength(1);
  expect(own.cookiesSet).toEqual(expect.arrayContaining([expect.objectContaining({ name: '_epik', value: 'EPIK-PLANTED' })]));
});

test('the body limit counts UTF-8 bytes: 300 two-byte characters fill 600 bytes', async () => {
  const body = JSON.stringify({ v: 1, events: [lead({ custom_data: { note: 'ü'.repeat(200), more: 'é'.repeat(100) } })] });
  const bytes = Buffer.byteLength(body, 'utf8');
  expect(body.length).toBeLessThan(bytes - 250);
  expect((await post(body, { data: { maxBodyBytes: String(bytes - 1) } })).response?.status).toBe(413);
  expect((await post(body, { data: { maxBodyBytes: String(bytes) } })).response?.status).toBe(204);
});
