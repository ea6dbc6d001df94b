/**
 * Mutation check of the whole pipeline: each driver runs a planted template (the built template's
 * fields and permissions, with bad code) through gtm-sandbox and its oracles, which must report the
 * planted fault; a planted template that behaves gets no finding at all. No mocks: the same sessions,
 * APIs and receiving client as the campaign.
 */
import { CANARY } from '../../fuzz/canaries';
import { createClientDriver } from '../../fuzz/drivers/client';
import { createEventIdDriver } from '../../fuzz/drivers/event-id';
import { createServerTagDriver } from '../../fuzz/drivers/server-tag';
import { createWebTagDriver } from '../../fuzz/drivers/web-tag';
import type { Verdict } from '../../fuzz/oracles/finding';
import { clientInput, eventIdInput, planted, serverTagInput, webTagInput } from './builders';

jest.setTimeout(60_000);

/** Each failure class once (the campaign counts an input once per class). */
const signatures = (verdict: Verdict): string[] => [...new Set(verdict.findings.map((f) => f.signature))];
const CAPI = "'https://api.pinterest.com/v5/ad_accounts/549755885175/events'";
const SEND = "const sendHttpRequest = require('sendHttpRequest');\n";

describe('Conversions API tag', () => {
  const run = (code: string, input = serverTagInput()) => createServerTagDriver(planted('server-template/tag', code)).check(input);

  test('a tag that sends one valid request, the token only in Authorization, and completes: nothing to report', async () => {
    const verdict = await run(`${SEND}const JSON = require('JSON'); const Math = require('Math'); const getTimestampMillis = require('getTimestampMillis');
const body = {data: [{event_name: 'checkout', action_source: 'web', event_time: Math.floor(getTimestampMillis() / 1000), event_id: 'E-1',
  user_data: {client_ip_address: '203.0.113.9', client_user_agent: 'Mozilla/5.0'}}]};
sendHttpRequest(${CAPI}, {method: 'POST', headers: {Authorization: 'Bearer ' + data.accessToken, 'Content-Type': 'application/json'}}, JSON.stringify(body))
  .then(() => data.gtmOnSuccess(), () => data.gtmOnFailure());`, serverTagInput({ settings: { accessToken: CANARY.token } }));
    expect(verdict).toEqual({ findings: [], attempts: 1, attemptBound: 3 });
  });

  test('throwing, never completing, and retrying past the bound are reported', async () => {
    expect(signatures(await run('const x = data.nothing; x.y = 1;'))).toEqual([expect.stringMatching(/^exception: the tag threw: /)]);
    expect(signatures(await run(`${SEND}sendHttpRequest(${CAPI}, {method: 'POST', headers: {Authorization: 'Bearer t'}}, '{"data":[]}');`)))
      .toEqual(['timeout: the tag never completed', 'invalid: schema: /data must NOT have fewer than 1 items']);
    const storm = await run(`${SEND}for (let i = 0; i < 10; i++) sendHttpRequest(${CAPI}, {method: 'POST', headers: {Authorization: 'Bearer t'}}, '{');\ndata.gtmOnFailure();`);
    expect(signatures(storm)).toEqual(['invalid: body is not JSON', 'attempts: more attempts than retries + 1']);
    expect(storm).toMatchObject({ attempts: 10, attemptBound: 3 });
  });

  test('the raw email in a log line, the token in a URL and a value without currency are reported', async () => {
    const verdict = await run(`${SEND}const logToConsole = require('logToConsole'); const getEventData = require('getEventData');
logToConsole(getEventData('user_data'));
sendHttpRequest(${CAPI} + '?access_token=' + data.accessToken, {method: 'POST', headers: {Authorization: 'Bearer t'}},
  '{"data":[{"event_name":"checkout","action_source":"web","event_time":1772452000,"event_id":"E","user_data":{"client_ip_address":"1.2.3.4","client_user_agent":"UA"},"custom_data":{"value":"9"}}]}');
data.gtmOnSuccess();`, serverTagInput({ settings: { accessToken: CANARY.token }, event: { user_data: { email_address: CANARY.email } } }));
    expect(signatures(verdict)).toEqual([
      'invalid: request URL is not the Conversions API endpoint', 'invalid: custom_data.value without custom_data.currency',
      'leak: raw email in a console log line', 'leak: raw token in an HTTP request URL',
    ]);
  });
});

describe('Pinterest client', () => {
  const run = (code: string, input = clientInput()) => createClientDriver(planted('server-template/client', code)).check(input);
  const API = (names: string[]): string => names.map((n) => `const ${n} = require('${n}');`).join('\n') + '\n';

  test('repeating the body in an error answer is a reflection and a leak, and the answer breaks the protocol', async () => {
    const verdict = await run(`${API(['claimRequest', 'getRequestBody', 'setResponseStatus', 'setResponseBody', 'returnResponse'])}
claimRequest(); setResponseStatus(400); setResponseBody('{"error":"' + getRequestBody() + '"}'); returnResponse();`,
    clientInput({ body: `{"v":1,"events":[{"note":"<img src=x onerror=fzReflect()> ${CANARY.email}"}]}` }));
    expect(signatures(verdict)).toEqual([
      'invalid: an error answer without a JSON content type', 'invalid: an error answer without X-Content-Type-Options: nosniff',
      'reflection: request input repeated in the response body', 'leak: raw email in the response body',
    ]);
  });

  test('a claimed request never answered, one request run ten times, a forged address and an injected cookie are reported', async () => {
    expect(signatures(await run("const claimRequest = require('claimRequest'); claimRequest();"))).toEqual(['timeout: the client never completed']);
    const amplified = await run(`${API(['claimRequest', 'runContainer', 'returnResponse'])}
claimRequest(); for (let i = 0; i < 10; i++) runContainer({event_name: 'lead', event_id: 'L' + i}, () => {}); returnResponse();`);
    expect(signatures(amplified)).toEqual(['attempts: one request ran more events than its caller may send']);
    const forged = await run(`${API(['claimRequest', 'runContainer', 'returnResponse', 'getRequestBody', 'JSON', 'setCookie'])}
claimRequest(); runContainer({event_name: 'lead', event_id: 'L', ip_override: JSON.parse(getRequestBody()).ip}, () => {});
setCookie('_epik', 'X; Domain=evil.example', {domain: 'auto', path: '/', secure: true}, true); returnResponse();`, clientInput({ body: '{"ip":"203.0.113.66"}' }));
    expect(signatures(forged)).toEqual(['invalid: ip_override is not the request\'s address', 'invalid: cookie value outside RFC 6265 cookie-octets (cookie injection)']);
  });
  test('a client that takes the address the caller wrote, or runs a pixel from another site, is reported', async () => {
    // getRemoteAddress() reads the first entry; so does this client.
    const caller = await run(`${API(['claimRequest', 'runContainer', 'returnResponse', 'getRequestHeader'])}
claimRequest(); runContainer({event_name: 'lead', event_id: 'L', ip_override: getRequestHeader('x-forwarded-for').split(',')[0]}, () => {}); returnResponse();`,
    clientInput({ headers: { 'user-agent': 'UA/1', 'x-forwarded-for': '203.0.113.66, 198.51.100.7' } }));
    expect(signatures(caller)).toEqual(['invalid: ip_override is not the request\'s address']);
    const crossSite = await run(`${API(['claimRequest', 'runContainer', 'setPixelResponse', 'returnResponse'])}
claimRequest(); runContainer({event_name: 'checkout', event_id: 'checkout_1'}, () => {}); setPixelResponse(); returnResponse();`,
    clientInput({ method: 'GET', path: '/pinterest/events?v=1&e=%7B%7D', headers: { 'sec-fetch-site': 'cross-site', referer: 'https://popular.example/' } }));
    expect(signatures(crossSite)).toEqual(['invalid: a GET from another site ran events or set a cookie']);
  });
});

describe('Pinterest Tag', () => {
  const run = (code: string, input = webTagInput()) => createWebTagDriver(planted('web-template/tag', code)).check(input);
  const API = (names: string[]): string => names.map((n) => `const ${n} = require('${n}');`).join('\n') + '\n';

  test('a tag that forwards one event the client accepts: nothing to report', async () => {
    const verdict = await run(`${API(['sendPixel', 'encodeUriComponent', 'JSON'])}
sendPixel('https://sgtm.shop.example/pinterest/events?v=1&e=' + encodeUriComponent(JSON.stringify({event_name: 'lead', event_id: 'L-1'})));
data.gtmOnSuccess();`);
    expect(verdict).toEqual({ findings: [], attempts: 1, attemptBound: 1 });
  });

  test('a logged email, a request the client refuses, sent twice, and a value without currency are reported', async () => {
    const verdict = await run(`${API(['sendPixel', 'encodeUriComponent', 'logToConsole', 'createArgumentsQueue'])}
logToConsole('email', data.email);
createArgumentsQueue('pintrk', 'pintrk.queue')('track', 'checkout', {value: 10});
const url = 'https://sgtm.shop.example/pinterest/events?v=2&e=' + encodeUriComponent('{"event_name":"lead","event_id":"L-1"}');
sendPixel(url); sendPixel(url); data.gtmOnSuccess();`, webTagInput({ email: CANARY.email }));
    expect(signatures(verdict)).toEqual([
      'leak: raw email in a console log line', 'invalid: pintrk track with a value and no currency',
      'invalid: the client refused a forwarded event: 400 v: unsupported protocol version', 'attempts: an event forwarded more than once',
    ]);
  });

  test('a tag that never completes, and one that throws, are reported', async () => {
    expect(signatures(await run('const x = 1;'))).toEqual(['timeout: the tag never completed']);
    expect(signatures(await run('data.nothing();'))).toEqual([expect.stringMatching(/^exception: the tag threw: /)]);
  });
});

describe('Pinterest Event ID variable', () => {
  const run = (code: string) => createEventIdDriver(planted('web-template/event-id', code)).check(eventIdInput({ eventName: 'lead' }));

  test('an ID that changes on every call disagrees with itself and with the tag', async () => {
    expect(signatures(await run("const generateRandom = require('generateRandom'); return 'id-' + generateRandom(1, 1000000000);"))).toEqual([
      'invalid: the variable returned two IDs for one event',
      'invalid: the variable (evaluated before the tag) and the tag disagree on the event_id',
      'invalid: the variable (evaluated after the tag) and the tag disagree on the event_id',
    ]);
  });

  test('an ID that is not text is reported', async () => {
    expect(signatures(await run('return {id: 1};'))).toEqual(expect.arrayContaining(['invalid: the variable returned an invalid event_id: a object, not text']));
  });
});
