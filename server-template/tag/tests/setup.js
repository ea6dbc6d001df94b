// Shared by every scenario: scripted event data, a recording sendHttpRequest whose answers arrive at
// once (a thenable, so outcomes are assertable right after runCode), readable fake digests and a fixed clock.
const JSON = require('JSON');
const Object = require('Object');

const NOW_MS = 1700000000000;
const ACCOUNT = '549755885175';
const ENDPOINT = 'https://api.pinterest.com/v5/ad_accounts/' + ACCOUNT + '/events';
const PROCESSED = { statusCode: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed","warning_message":null}]}' };

const mockData = { adAccountId: ACCOUNT, accessToken: 'pina_TOKEN', logMode: 'always', consentMode: 'respect', eventNameSource: 'inherit', unknownEvents: 'skip', maxRetries: '2', timeoutMs: '5000' };
const withData = (overrides) => {
  const out = {};
  Object.keys(mockData).forEach((k) => { out[k] = mockData[k]; });
  Object.keys(overrides).forEach((k) => { out[k] = overrides[k]; });
  return out;
};

const purchase = () => ({
  event_name: 'purchase', transaction_id: 'T-1001', value: 129.98, currency: 'usd', page_location: 'https://shop.example/thanks',
  ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', 'x-ga-gcs': 'G111',
  items: [
    { item_id: 'SKU-1', item_name: 'Vase', item_category: 'Home', item_brand: 'Acme', price: 64.99, quantity: 1 },
    { item_id: 'SKU-2', item_name: 'Mug', price: '32.495', quantity: '2' },
  ],
  user_data: { email_address: ' Jane@Example.com ' },
});
let eventData = purchase();
let cookies = {};
let requests = [];
let answers = [];
let logs = [];
let bigQueryRows = [];

mock('getAllEventData', () => eventData);
mock('getCookieValues', (name) => cookies[name] || []);
const TRACE_ID = '105445aa7843bc8bf206b12000100000/1;o=1';
mock('getRequestHeader', (name) => (name === 'trace-id' ? TRACE_ID : undefined));
mock('getContainerVersion', () => ({ debugMode: false, previewMode: false }));
mock('getTimestampMillis', () => NOW_MS);
mock('generateRandom', () => 123456789);
mock('sha256Sync', (input) => 'sha256(' + input + ')');
mock('logToConsole', (line) => { logs.push(line); });
mock('sendHttpRequest', (url, options, body) => {
  requests.push({ url: url, options: options, body: JSON.parse(body) });
  const answer = answers.length > 0 ? answers.shift() : PROCESSED;
  return { then: (onAnswer, onFailure) => (answer.reason ? onFailure({ reason: answer.reason }) : onAnswer({ statusCode: answer.statusCode, headers: {}, body: answer.body })) };
});
mockObject('BigQuery', { insert: (connection, rows) => { bigQueryRows.push([connection, rows]); return { then: () => undefined }; } });

const sent = () => requests[0].body.data[0];
const logText = () => logs.join('\n');

// Cross-domain click id: an in-memory Firestore whose answers arrive at once (missing documents reject with
// not_found, as gtm-sandbox's does), a switch that makes every call fail, and the cookies the tag sets.
let firestore = {};
let firestoreCalls = [];
let firestoreFails = false;
const settled = (ok, value) => ({ then: (onOk, onFail) => (ok ? onOk(value) : onFail(value)) });
mockObject('Firestore', {
  read: (path, options) => {
    firestoreCalls.push(['read', path, options]);
    if (firestoreFails) return settled(false, { reason: 'unavailable' });
    return firestore[path] ? settled(true, { id: path, data: firestore[path] }) : settled(false, { reason: 'not_found' });
  },
  write: (path, input, options) => {
    firestoreCalls.push(['write', path, input, options]);
    if (!firestoreFails) firestore[path] = input;
    return firestoreFails ? settled(false, { reason: 'unavailable' }) : settled(true, path);
  },
});
let cookiesSet = [];
mock('setCookie', (name, value, options) => { cookiesSet.push([name, value, options]); });
const crossDomain = withData({ crossDomain: true, crossDomainDomains: 'shop.example, checkout.example', crossDomainCollection: 'pinterest_click_ids' });
const DOC = 'pinterest_click_ids/sha256(123456789.1690000000)';
const DAY_MS = 86400000;
