/**
 * Per-API behaviour and permissions, one row per API: what it answers when allowed, and the error when
 * its permission does not allow the use. Expected values come from GTM's API reference.
 */
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld, type World, type WorldOptions } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';

interface Row {
  api: string; context?: 'web' | 'server'; code: string; allow?: PermissionMap; world?: WorldOptions;
  expected: unknown; observe?: (w: World) => unknown; denied?: { code?: string; allow?: PermissionMap; error: RegExp };
}

const globals = (...keys: [string, string][]): PermissionMap => ({
  access_globals: { keys: keys.map(([key, modes]) => ({ key, read: modes.includes('r'), write: modes.includes('w'), execute: modes.includes('x') })) },
});
const consent = (type: string, modes: string): PermissionMap => ({ access_consent: { consentTypes: [{ consentType: type, read: modes.includes('r'), write: modes.includes('w') }] } });
const URL_WORLD: WorldOptions = { url: 'https://shop.example:8443/a/b.html?q=1&q=2&epik=E#top', referrer: 'https://www.pinterest.com/pin/1/?utm_source=p' };

const ROWS: Row[] = [
  { api: 'callLater', code: "const out = []; require('callLater')(() => out.push('later')); out.push('now'); return out;", expected: ['now'] },
  { api: 'decodeUri / decodeUriComponent', code: "return [require('decodeUri')('a%20b'), require('decodeUriComponent')('%2F'), require('decodeUriComponent')('%E0%A4%A')];", expected: ['a b', '/', undefined] },
  { api: 'encodeUri / encodeUriComponent', code: "return [require('encodeUri')('a b/?'), require('encodeUriComponent')('a b/?')];", expected: ['a%20b/?', 'a%20b%2F%3F'] },
  { api: 'toBase64 / fromBase64', context: 'server', code: "return [require('toBase64')('é?'), require('toBase64')('é?', {urlEncoding: true}), require('fromBase64')('w6k_'), require('fromBase64')('*')];", expected: ['w6k/', 'w6k_', 'é?', undefined] },
  { api: 'generateRandom', code: "const g = require('generateRandom'); let ok = true; for (let i = 0; i < 50; i++) { const n = g(1, 3); ok = ok && n >= 1 && n <= 3 && n === require('Math').floor(n); } return ok;", expected: true },
  { api: 'getTimestamp / getTimestampMillis', world: { now: 1700000000123 }, code: "return [require('getTimestampMillis')(), require('getTimestamp')()];", expected: [1700000000123, 1700000000123] },
  { api: 'getType', code: "const t = require('getType'); return [t(undefined), t(null), t(true), t(1), t('s'), t([]), t({}), t(() => 1)];", expected: ['undefined', 'null', 'boolean', 'number', 'string', 'array', 'object', 'function'] },
  { api: 'makeInteger / makeNumber / makeString', code: "return [require('makeInteger')('-3.9'), require('makeNumber')(''), require('makeString')([1, null, 'a']), require('makeString')({})];", expected: [-3, 0, '1,,a', '[object Object]'] },
  { api: 'makeTableMap', code: "const m = require('makeTableMap'); return [m([{key: 'a', value: 1}, {key: 'b', value: 2}], 'key', 'value'), m([], 'key', 'value')];", expected: [{ a: 1, b: 2 }, null] },
  { api: 'Math', code: "const M = require('Math'); return [M.abs(-2), M.ceil(1.2), M.floor(1.8), M.max(1, 3), M.min(1, 3), M.pow(2, 3), M.round(2.5), M.sqrt(9)];", expected: [2, 2, 1, 3, 1, 8, 3, 3] },
  { api: 'Object', code: "const O = require('Object'); const o = {a: 1, b: 2}; const removed = O.delete(o, 'a'); return [removed, O.keys(o), O.values(o), O.entries(o)];", expected: [true, ['b'], [2], [['b', 2]]] },
  { api: 'parseUrl', code: "const u = require('parseUrl')('https://u:p@shop.example:8080/x?a=1&a=2&b=%20#h'); return [u.hostname, u.port, u.pathname, u.searchParams, u.hash, require('parseUrl')('not a url')];", expected: ['shop.example', '8080', '/x', { a: ['1', '2'], b: ' ' }, '#h', undefined] },
  { api: 'queryPermission', code: "const q = require('queryPermission'); return [q('get_cookies', '_epik'), q('get_cookies', 'other'), q('read_title')];", allow: { get_cookies: { cookieAccess: 'specific', cookieNames: ['_epik'] } }, expected: [true, false, false] },
  { api: 'sha256Sync', context: 'server', code: "return [require('sha256Sync')('abc', {outputEncoding: 'hex'}), require('sha256Sync')('abc')];", expected: ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='] },
  {
    api: 'getContainerVersion', code: "const v = require('getContainerVersion')(); return [v.containerId, v.debugMode];", allow: { read_container_data: {} }, expected: ['GTM-SANDBOX', false],
    denied: { error: /getContainerVersion: the template's read_container_data permission/ },
  },
  {
    api: 'getClientName', context: 'server', code: "return require('getClientName')();", allow: { read_container_data: {} }, expected: 'Pinterest',
    denied: { error: /read_container_data/ },
  },
  {
    api: 'getCookieValues (web)', code: "return [require('getCookieValues')('_epik'), require('getCookieValues')('_epik', false)];", allow: { get_cookies: { cookieAccess: 'specific', cookieNames: ['_epik'] } },
    world: { cookies: { _epik: ['a%20b', 'c'] } }, expected: [['a b', 'c'], ['a%20b', 'c']], denied: { code: "require('getCookieValues')('_ga');", error: /get_cookies permission does not allow reading cookie "_ga"/ },
  },
  {
    api: 'setCookie (web)', code: "require('setCookie')('_epik', 'a b', {domain: 'auto', path: '/', 'max-age': 60, secure: true});",
    allow: { set_cookies: { allowedCookies: [{ name: '_epik', domain: '*', path: '*', secure: 'any', session: 'any' }] } }, expected: undefined,
    observe: (w) => w.cookiesSet, denied: { code: "require('setCookie')('_other', 'x');", error: /set_cookies permission does not allow setting cookie "_other"/ },
  },
  {
    api: 'setCookie (server, noEncode)', context: 'server', code: "require('setCookie')('_epik', 'a b', {domain: 'auto', httpOnly: true}, true);",
    allow: { set_cookies: { allowedCookies: [{ name: '_epik', domain: '*', path: '*', secure: 'any', session: 'any' }] } }, expected: undefined,
    observe: (w) => w.cookiesSet.map((c) => c.value),
  },
  {
    api: 'addEventCallback', code: "require('addEventCallback')(() => 1); return 'ok';", allow: { read_event_metadata: {} }, expected: 'ok',
    denied: { error: /read_event_metadata/ },
  },
  {
    api: 'aliasInWindow', code: "return require('aliasInWindow')('pin.alias', 'pin.fn');", allow: globals(['pin.alias', 'w'], ['pin.fn', 'r']),
    world: { window: { pin: { fn: 'F' } } }, expected: true, observe: (w) => (w.window.pin as Record<string, unknown>).alias,
    denied: { allow: globals(['pin.fn', 'r']), error: /access_globals permission does not allow writing "pin.alias"/ },
  },
  {
    api: 'callInWindow', code: "return require('callInWindow')('calc.add', 2, 3);", allow: globals(['calc.add', 'x']),
    world: { window: { calc: { add: (a: number, b: number) => a + b } } }, expected: 5, observe: (w) => w.windowCalls,
    denied: { allow: globals(['calc.add', 'r']), error: /access_globals permission does not allow/ },
  },
  {
    api: 'setInWindow', code: "const s = require('setInWindow'); return [s('flag', 1), s('flag', 2), s('flag', 3, true)];", allow: globals(['flag', 'w']),
    expected: [true, false, true], observe: (w) => w.window.flag, denied: { allow: globals(['flag', 'r']), error: /writing "flag"/ },
  },
  {
    api: 'createQueue', code: "const push = require('createQueue')('dataLayer'); push({event: 'x'}); return 'ok';", allow: globals(['dataLayer', 'rw']),
    expected: 'ok', observe: (w) => w.window.dataLayer, denied: { allow: globals(['dataLayer', 'r']), error: /dataLayer/ },
  },
  {
    api: 'copyFromDataLayer', code: "const c = require('copyFromDataLayer'); return [c('ecommerce.value'), c('gtm.uniqueEventId')];",
    allow: { read_data_layer: { allowedKeys: 'specific', keyPatterns: ['ecommerce.*', 'gtm.uniqueEventId'] } },
    world: { dataLayer: { ecommerce: { value: 12 }, 'gtm.uniqueEventId': 7 } }, expected: [12, 7],
    denied: { code: "require('copyFromDataLayer')('user');", error: /read_data_layer permission does not allow/ },
  },
  {
    api: 'getUrl', world: URL_WORLD, allow: { get_url: { urlParts: 'any' } },
    code: "const g = require('getUrl'); return [g('protocol'), g('host'), g('port'), g('path'), g('extension'), g('fragment'), g('query'), g()];",
    expected: ['https', 'shop.example', '8443', '/a/b.html', 'html', 'top', 'q=1&q=2&epik=E', 'https://shop.example:8443/a/b.html?q=1&q=2&epik=E#top'],
    denied: { allow: { get_url: { urlParts: 'specific', path: true } }, error: /get_url/ },
  },
  {
    api: 'getQueryParameters', world: URL_WORLD, allow: { get_url: { urlParts: 'specific', query: true, queriesAllowed: 'specific', queryKeys: ['q', 'epik'] } },
    code: "const g = require('getQueryParameters'); return [g('epik'), g('q', true), g('q')];", expected: ['E', ['1', '2'], '1'],
    denied: { code: "require('getQueryParameters')('gclid');", error: /get_url permission does not allow reading query key "gclid"/ },
  },
  {
    api: 'getReferrerUrl / getReferrerQueryParameters', world: URL_WORLD, allow: { get_referrer: { urlParts: 'any', queriesAllowed: 'any' } },
    code: "return [require('getReferrerUrl')('host'), require('getReferrerQueryParameters')('utm_source')];", expected: ['www.pinterest.com', 'p'],
    denied: { allow: { get_url: { urlParts: 'any' } }, error: /get_referrer/ },
  },
  {
    api: 'injectHiddenIframe', code: "require('injectHiddenIframe')('https://ct.example/frame.html', () => 1); return 'ok';",
    allow: { inject_hidden_iframe: { urls: ['https://ct.example/*'] } }, expected: 'ok', observe: (w) => w.injectedIframes,
    denied: { code: "require('injectHiddenIframe')('https://evil.example/');", error: /inject_hidden_iframe/ },
  },
  {
    api: 'isConsentGranted', world: { consent: { ad_storage: 'denied' } }, allow: consent('ad_storage', 'r'),
    code: "return require('isConsentGranted')('ad_storage');", expected: false,
    denied: { code: "require('isConsentGranted')('analytics_storage');", error: /access_consent permission does not allow reading consent "analytics_storage"/ },
  },
  {
    api: 'addConsentListener / updateConsentState', world: { consent: { ad_storage: 'denied' } }, allow: { ...consent('ad_storage', 'rw'), ...globals() },
    code: "const seen = []; require('addConsentListener')('ad_storage', (t, g) => seen.push(g)); require('updateConsentState')({ad_storage: 'granted'}); return seen;",
    expected: [], observe: (w) => [w.consent.get('ad_storage'), w.dataLayerPushes],
    denied: { allow: consent('ad_storage', 'r'), error: /access_consent permission does not allow writing consent "ad_storage"/ },
  },
  {
    api: 'setDefaultConsentState', allow: consent('ad_storage', 'w'), world: { consent: { ad_storage: 'granted' } },
    code: "require('setDefaultConsentState')({ad_storage: 'denied'});", expected: undefined, observe: (w) => w.consent.get('ad_storage'),
  },
  {
    api: 'localStorage', allow: { access_local_storage: { keys: [{ key: 'pin_ldp', read: true, write: true }] } },
    code: "const s = require('localStorage'); s.setItem('pin_ldp', 1); const v = s.getItem('pin_ldp'); s.removeItem('pin_ldp'); return [v, s.getItem('pin_ldp')];",
    expected: ['1', null], denied: { code: "require('localStorage').getItem('other');", error: /access_local_storage/ },
  },
  {
    api: 'readTitle / readCharacterSet', world: { title: 'Shop' }, allow: { read_title: {}, read_character_set: {} },
    code: "return [require('readTitle')(), require('readCharacterSet')()];", expected: ['Shop', 'UTF-8'],
    denied: { code: "require('readTitle')();", allow: { read_character_set: {} }, error: /read_title/ },
  },
  {
    api: 'templateStorage', allow: { access_template_storage: {} },
    code: "const s = require('templateStorage'); const o = {n: 1}; s.setItem('k', o); o.n = 2; return s.getItem('k').n;", expected: 2,
    denied: { error: /access_template_storage/ },
  },
  {
    api: 'sendPixelFromBrowser', context: 'server', allow: { send_pixel_from_browser: { allowedUrls: 'specific', urls: ['https://ct.pinterest.com/*'] } },
    code: "return require('sendPixelFromBrowser')('https://ct.pinterest.com/v3/?tid=1');", expected: true, observe: (w) => w.pixels,
    denied: { code: "require('sendPixelFromBrowser')('https://evil.example/');", error: /send_pixel_from_browser/ },
  },
  {
    api: 'getGoogleAuth', context: 'server', allow: { use_google_credentials: { allowedScopes: ['https://www.googleapis.com/auth/datastore'] } },
    code: "return require('getGoogleAuth')({scopes: ['https://www.googleapis.com/auth/datastore']}).scopes;", expected: ['https://www.googleapis.com/auth/datastore'],
    denied: { code: "require('getGoogleAuth')({scopes: ['https://www.googleapis.com/auth/cloud-platform']});", error: /use_google_credentials/ },
  },
  {
    api: 'getGoogleScript', context: 'server', allow: { send_http: { allowedUrls: 'specific', allowGoogleDomains: true, urls: [] } },
    world: { responses: [{ url: 'https://www.googletagmanager.com/gtag/js', body: '/*gtag*/' }] },
    code: "require('getGoogleScript')('GTAG', {id: 'G-1'}).then((r) => require('logToConsole')(r.script));", expected: undefined,
    observe: (w) => [w.http.map((h) => h.url), w.logs.map((l) => l.values[0])],
  },
  {
    api: 'sendEventToGoogleAnalytics', context: 'server', code: "require('sendEventToGoogleAnalytics')({event_name: 'page_view'}); return 'ok';", expected: 'ok',
    observe: (w) => w.analyticsEvents,
  },
  {
    api: 'extractEventsFromMpv1', context: 'server', allow: { read_request: { requestAccess: 'any' } },
    world: { request: { path: '/collect?v=1&t=pageview&cid=5.6&dl=https%3A%2F%2Fs.example%2F&uip=198.51.100.1' } },
    code: "return [require('isRequestMpv1')(), require('extractEventsFromMpv1')()];",
    expected: [true, [{ event_name: 'page_view', client_id: '5.6', page_location: 'https://s.example/', ip_override: '198.51.100.1', user_agent: '' }]],
    denied: { allow: { read_request: { requestAccess: 'specific' } }, error: /read_request/ },
  },
];

async function runRow(code: string, row: Row, allow: PermissionMap | undefined) {
  const world = createWorld(row.world);
  const permissions = { logging: { environments: 'all' }, ...(allow ?? {}) } as PermissionMap;
  const session = createSession(template(code, { permissions, context: row.context ?? 'web' }), world);
  const value = session.marshal.toHost(session.runCode(session.marshal.toSandbox({})));
  await session.scheduler.drain();
  if (session.run.callbackErrors.length > 0) throw session.run.callbackErrors[0];
  return { value, world };
}

describe.each(ROWS)('$api', (row) => {
  test('behaves as documented', async () => {
    const { value, world } = await runRow(row.code, row, row.allow);
    expect(value).toEqual(row.expected);
    if (row.observe) expect(row.observe(world)).toMatchSnapshot();
  });
  if (row.denied) {
    const denied = row.denied;
    test('fails the run when its permission does not allow the use', async () => {
      await expect(runRow(denied.code ?? row.code, row, denied.allow ?? {})).rejects.toThrow(denied.error);
    });
  }
});
