/** Server API behaviour and permissions, run through the emulator as a template would use them. */
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld, type World, type WorldOptions } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';

const LOG: PermissionMap = { logging: { environments: 'all' } };

async function serve(code: string, permissions: PermissionMap = {}, options: WorldOptions = {}, type: 'TAG' | 'CLIENT' | 'MACRO' = 'MACRO') {
  const world = createWorld(options);
  const session = createSession(template(code, { permissions: { ...LOG, ...permissions }, context: 'server', type }), world);
  const value = session.marshal.toHost(session.runCode(session.marshal.toSandbox({})));
  await session.scheduler.drain();
  return { world, value, logs: world.logs.map((l) => l.values), errors: session.run.callbackErrors };
}
const logged = (world: World): unknown[] => world.logs.map((l) => l.values[0]);

describe('event data', () => {
  const eventData = { event_name: 'purchase', items: [{ item_id: 'A1', price: 9 }], user_data: { email_address: 'a@b.c' } };
  test('getEventData walks dotted paths into arrays; the key must be allowed', async () => {
    const { value } = await serve("const g = require('getEventData'); return [g('items.0.item_id'), g('event_name'), g('missing.x')];",
      { read_event_data: { eventDataAccess: 'specific', keyPatterns: ['items.*', 'event_name', 'missing.*'] } }, { eventData });
    expect(value).toEqual(['A1', 'purchase', undefined]);
    await expect(serve("require('getEventData')('user_data.email_address');", { read_event_data: { eventDataAccess: 'specific', keyPatterns: ['items.*'] } }, { eventData }))
      .rejects.toThrow('getEventData: the template\'s read_event_data permission does not allow reading event data "user_data.email_address"');
  });

  test('getAllEventData answers a copy and needs access to any key', async () => {
    const { value, world } = await serve("const e = require('getAllEventData')(); e.event_name = 'x'; return e.items.length;", { read_event_data: { eventDataAccess: 'any' } }, { eventData });
    expect(value).toBe(1);
    expect(world.eventData.event_name).toBe('purchase');
    await expect(serve("require('getAllEventData')();", { read_event_data: { eventDataAccess: 'specific', keyPatterns: ['items'] } })).rejects.toThrow(/read_event_data/);
  });
});

describe('the incoming request', () => {
  const request = {
    method: 'post', path: '/pinterest/events?v=1&a=x%20y', query: { a: 'z' }, body: '{"n":1}', remoteAddress: '10.0.0.1',
    headers: { 'User-Agent': 'UA/1', 'X-Forwarded-For': '198.51.100.4, 10.0.0.2', Accept: ['a', 'b'] },
  };
  const ALL: PermissionMap = { read_request: { requestAccess: 'any' } };
  test('method, path, query, headers, body and remote address', async () => {
    const { value } = await serve(`const r = [require('getRequestMethod')(), require('getRequestPath')(), require('getRequestQueryString')(),
      require('getRequestQueryParameter')('a'), require('getRequestQueryParameters')(), require('getRequestHeader')('user-agent'),
      require('getRequestHeader')('accept'), require('getRequestBody')(), require('getRemoteAddress')()]; return r;`, ALL, { request });
    expect(value).toEqual(['POST', '/pinterest/events', 'v=1&a=x%20y&a=z', 'x y', { v: '1', a: ['x y', 'z'] }, 'UA/1', 'a, b', '{"n":1}', '198.51.100.4']);
  });

  test('specific access names each header and query parameter', async () => {
    const specific: PermissionMap = { read_request: { requestAccess: 'specific', headersAllowed: true, headerAccess: 'specific', headerWhitelist: [{ headerName: 'user-agent' }] } };
    expect((await serve("return require('getRequestHeader')('User-Agent');", specific, { request })).value).toBe('UA/1');
    await expect(serve("require('getRequestHeader')('cookie');", specific, { request })).rejects.toThrow(/read_request/);
    await expect(serve("require('getRequestBody')();", specific, { request })).rejects.toThrow(/read_request/);
  });
});

describe('clients and responses', () => {
  const RESPONSE: PermissionMap = { access_response: { writeResponseAccess: 'any' }, return_response: {} };
  test('a client claims, writes and returns the response; writes after returning change nothing', async () => {
    const code = `require('claimRequest')(); require('setResponseStatus')(202); require('setResponseHeader')('Content-Type', 'application/json');
      require('setResponseHeader')('x-drop', 'a'); require('setResponseHeader')('x-drop', null); require('setResponseBody')('{"ok":true}');
      require('returnResponse')(); require('setResponseStatus')(500);`;
    const { world } = await serve(code, RESPONSE, {}, 'CLIENT');
    expect(world.requestClaimed).toBe(true);
    expect(world.response).toEqual({ status: 202, headers: { 'content-type': 'application/json' }, body: '{"ok":true}', returned: true });
  });

  test('only clients may claim, and the status needs its permission', async () => {
    await expect(serve("require('claimRequest')();", {}, {}, 'TAG')).rejects.toThrow('claimRequest: only a client may claim the request');
    await expect(serve("require('setResponseStatus')(200);", { access_response: { writeResponseAccess: 'specific', writeBodyAllowed: true } }, {}, 'CLIENT')).rejects.toThrow(/access_response/);
  });

  test('setPixelResponse answers a 1x1 GIF that is not cached', async () => {
    const { world } = await serve("require('setPixelResponse')();", RESPONSE, {}, 'CLIENT');
    expect(world.response.headers['content-type']).toBe('image/gif');
    expect(Buffer.from(world.response.body, 'latin1').subarray(0, 6).toString()).toBe('GIF89a');
    expect(world.response.headers['cache-control']).toContain('no-store');
  });

  test('runContainer hands the event to the container, then calls onStart and onComplete', async () => {
    const world = createWorld();
    const seen: unknown[] = [];
    world.containerTags.push((event) => { seen.push(event.event_name); });
    const session = createSession(template(`const log = require('logToConsole');
      require('runContainer')({event_name: 'lead', value: 3}, () => log('complete'), () => log('start')); log('sync');`,
    { permissions: { ...LOG, run_container: {} }, context: 'server', type: 'CLIENT' }), world);
    session.runCode(session.marshal.toSandbox({}));
    await session.scheduler.drain();
    expect(world.events).toEqual([{ event_name: 'lead', value: 3 }]);
    expect(seen).toEqual(['lead']);
    expect(logged(world)).toEqual(['sync', 'start', 'complete']);
  });
});

describe('outgoing HTTP and promises', () => {
  const HTTP: PermissionMap = { send_http: { allowedUrls: 'specific', urls: ['https://api.pinterest.com/*'] } };
  const responses = [{ url: 'https://api.pinterest.com/v5/', status: 429, headers: { 'retry-after': '1' }, body: '{"code":8}' }];
  test('sendHttpRequest records the request and resolves with the scripted response after the current code', async () => {
    const code = `const log = require('logToConsole');
      require('sendHttpRequest')('https://api.pinterest.com/v5/ad_accounts/1/events', {method: 'POST', headers: {'Content-Type': 'application/json'}, timeout: 3000}, '{"data":[]}')
        .then((r) => { log(r.statusCode, r.headers['retry-after'], r.body); return r.statusCode; })
        .then((code) => log('chained', code)).finally(() => log('finally'));
      log('sync');`;
    const { world } = await serve(code, HTTP, { responses });
    expect(world.http).toEqual([{ url: 'https://api.pinterest.com/v5/ad_accounts/1/events', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"data":[]}', timeout: 3000 }]);
    expect(world.logs.map((l) => l.values)).toEqual([['sync'], [429, '1', '{"code":8}'], ['chained', 429], ['finally']]);
  });

  test('a timeout rejects with {reason: "timed_out"}; the legacy callback form gets status 0', async () => {
    const timedOut = [{ url: 'https://api.pinterest.com/', error: 'timed_out' as const }];
    const { logs } = await serve(`const log = require('logToConsole'); const send = require('sendHttpRequest');
      send('https://api.pinterest.com/a', {}).then(() => log('ok'), (e) => log('rejected', e.reason));
      send('https://api.pinterest.com/b', (status, headers, body) => log('legacy', status, body), {method: 'GET'});`, HTTP, { responses: timedOut });
    expect(logs).toEqual([['rejected', 'timed_out'], ['legacy', 0, '']]);
  });

  test('sendHttpGet defaults to 200 and an empty body; a URL outside the permission fails the run', async () => {
    const { logs } = await serve("require('sendHttpGet')('https://api.pinterest.com/x').then((r) => require('logToConsole')(r.statusCode, r.body));", HTTP);
    expect(logs).toEqual([[200, '']]);
    await expect(serve("require('sendHttpGet')('https://evil.example/');", HTTP)).rejects.toThrow("sendHttpGet: the template's send_http permission does not allow sending HTTP to https://evil.example/");
  });

  test('Promise.create, Promise.all and adoption of returned promises', async () => {
    const { logs } = await serve(`const Promise = require('Promise'); const log = require('logToConsole');
      const later = (v) => Promise.create((resolve) => require('callLater')(() => resolve(v)));
      Promise.all([later(1), later(2), Promise.create((resolve) => resolve(3))]).then((all) => { log('all', all); return later('adopted'); })
        .then((v) => log(v));
      Promise.create((resolve, reject) => reject('no')).catch((e) => log('caught', e));`);
    expect(logs).toEqual([['caught', 'no'], ['all', [1, 2, 3]], ['adopted']]);
  });
});

describe('storage, regex, domains, messages, keys', () => {
  test('BigQuery.insert writes rows to an allowed table only', async () => {
    const allowed: PermissionMap = { access_bigquery: { allowedTables: [{ projectId: '*', datasetId: 'ds', tableId: 't', operation: 'write' }] } };
    const { world } = await serve("require('BigQuery').insert({datasetId: 'ds', tableId: 't'}, [{a: 1}]);", allowed);
    expect(world.bigQuery).toEqual([{ table: 'gtm-sandbox-project.ds.t', rows: [{ a: 1 }] }]);
    await expect(serve("require('BigQuery').insert({datasetId: 'ds', tableId: 'other'}, []);", allowed)).rejects.toThrow(/access_bigquery/);
  });

  test('Firestore writes, reads, queries and rejects a missing document', async () => {
    const fs: PermissionMap = { access_firestore: { allowedOptions: [{ projectId: '*', path: 'clicks/**', operation: 'read_write', databaseId: '(default)' }] } };
    const { logs } = await serve(`const F = require('Firestore'); const log = require('logToConsole');
      F.write('clicks/a', {epik: 'x', n: 2}).then(() => F.write('clicks/a', {seen: true}, {merge: true}))
        .then(() => F.read('clicks/a')).then((d) => log(d.id, d.data))
        .then(() => F.query('clicks', [['n', '>=', 2]])).then((docs) => log(docs.length))
        .then(() => F.read('clicks/none')).catch((e) => log('missing', e.reason));`, fs);
    expect(logs.length).toBe(3);
    expect(logs).toEqual([['clicks/a', { epik: 'x', n: 2, seen: true }], [1], ['missing', 'not_found']]);
  });

  test('a permission violation inside a promise callback still fails the run', async () => {
    const { errors } = await serve("require('Promise').create((r) => r(1)).then(() => require('getRequestBody')());");
    expect(String(errors[0])).toContain("getRequestBody: the template's read_request permission does not allow reading the request body");
  });

  test('templateDataStorage keeps copies; null removes', async () => {
    const { value } = await serve(`const s = require('templateDataStorage'); const o = {a: 1}; s.setItemCopy('k', o); o.a = 2;
      const first = s.getItemCopy('k'); s.setItemCopy('k', null); return [first, s.getItemCopy('k')];`, { access_template_storage: {} });
    expect(value).toEqual([{ a: 1 }, null]); // "or null if nothing is stored with that key"
  });

  test('createRegex/testRegex follow RE2: no lookaround, flags g and i only', async () => {
    const { value } = await serve(`const c = require('createRegex'); const t = require('testRegex'); const r = c('^[a-z_]+$', 'i');
      return [t(r, 'Add_To_Cart'), t(r, 'add-to-cart'), c('a(?=b)'), c('a', 'm'), 'stape_stape_x'.replace(c('stape_', 'g'), '')];`);
    expect(value).toEqual([true, false, null, null, 'x']);
  });

  test('toBase64 and fromBase64 take a large text (a request body) whole', async () => {
    const { value } = await serve("const t = require('toBase64'); const f = require('fromBase64'); let s = '\u00e9?>'; for (let i = 0; i < 16; i++) s = s + s; return [f(t(s, {urlEncoding: true})) === s, f(t(s)) === s, s.length];");
    expect(value).toEqual([true, true, 3 * 2 ** 16]);
  });

  test('computeEffectiveTldPlusOne uses the public suffix list', async () => {
    const { value } = await serve("const f = require('computeEffectiveTldPlusOne'); return [f('https://www.shop.co.uk/a'), f('a.b.example.com'), f('203.0.113.1'), f('')];");
    expect(value).toEqual(['shop.co.uk', 'example.com', '', '']);
  });

  test('messages reach listeners at once, with use_message', async () => {
    const msg: PermissionMap = { use_message: { allowedActions: 'specific', messageTypes: [{ type: 'pin', action: 'listen_and_send' }] } };
    const { logs } = await serve(`const log = require('logToConsole'); require('addMessageListener')('pin', (t, m) => log(t, m.n));
      log(require('hasMessageListener')('pin')); require('sendMessage')('pin', {n: 1}); log('after');`, msg);
    expect(logs).toEqual([[true], ['pin', 1], ['after']]);
    await expect(serve("require('sendMessage')('other', {});", msg)).rejects.toThrow(/use_message/);
  });

  test('hmacSha256 signs with a container key', async () => {
    const keys = { privateKeys: { k1: Buffer.from('secret').toString('base64') } };
    const { value } = await serve("return require('hmacSha256')('data', 'k1');", { use_custom_private_keys: { keyIds: ['k1'] } }, keys);
    expect(value).toBe('1b2c16b75bd2a870c114153ccda5bcfca63314bc722fa160d690de133ccbb9db');
  });

  test('extractEventsFromMpv2 maps a GA4 request to event data', async () => {
    const request = { path: '/g/collect?v=2&tid=G-1&cid=1.2&en=purchase&dl=https%3A%2F%2Fshop.example%2F&cu=EUR&epn.value=12.5&ep.transaction_id=T1&pr1=idA1~nmShoe~pr12.5~qt1',
      headers: { 'user-agent': 'UA' } };
    const { value } = await serve("return [require('isRequestMpv2')(), require('isRequestMpv1')(), require('extractEventsFromMpv2')()];", { read_request: { requestAccess: 'any' } }, { request });
    expect(value).toEqual([true, false, [{
      'x-ga-protocol_version': '2', 'x-ga-measurement_id': 'G-1', client_id: '1.2', event_name: 'purchase', page_location: 'https://shop.example/',
      currency: 'EUR', value: 12.5, transaction_id: 'T1', items: [{ item_id: 'A1', item_name: 'Shoe', price: 12.5, quantity: 1 }], ip_override: '203.0.113.7', user_agent: 'UA',
    }]]);
  });
});
