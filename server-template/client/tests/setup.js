// Shared by every scenario: a scripted request, a container whose events finish when told, and a
// recorded response and cookies.
const JSON = require('JSON');
const Object = require('Object');

const HASH = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
const wireEvent = (overrides) => {
  const event = {
    event_name: 'checkout', event_id: 'checkout_T-1', event_time: 1700000000000, page_location: 'https://shop.example/thanks',
    custom_data: { value: 59.8, currency: 'EUR', order_id: 'T-1', line_items: [{ product_id: 'SKU-1', product_name: 'Vase', product_price: 19.9, product_quantity: 2 }] },
    user_data: { em: [HASH] },
  };
  Object.keys(overrides || {}).forEach((k) => { event[k] = overrides[k]; });
  return event;
};

// The visitor's address as Cloud Run's front end appends it: the last X-Forwarded-For entry.
const VISITOR_IP = '198.51.100.7';
let request = { method: 'GET', path: '/pinterest/events', query: { v: '1', e: JSON.stringify(wireEvent()) }, headers: { 'user-agent': 'UA/1', 'x-forwarded-for': VISITOR_IP }, body: undefined };
const post = (body, headers) => {
  const sent = headers || {};
  if (sent['x-forwarded-for'] === undefined) sent['x-forwarded-for'] = VISITOR_IP;
  request = { method: 'POST', path: '/pinterest/events', query: {}, headers: sent, body: typeof body === 'string' ? body : JSON.stringify(body) };
};

let claimed = false;
let ran = [];
let finishers = [];
let finishAtOnce = true;
let response = { status: 200, headers: {}, body: '', returned: false, pixel: false };
let cookies = {};
let cookiesSet = [];

mock('getRequestPath', () => request.path);
mock('getRequestMethod', () => request.method);
mock('getRequestHeader', (name) => request.headers[name]);
mock('getRequestQueryParameter', (name) => request.query[name]);
mock('getRequestBody', () => request.body);
mock('claimRequest', () => { claimed = true; });
mock('runContainer', (event, onComplete) => { ran.push(event); if (finishAtOnce) onComplete(); else finishers.push(onComplete); });
mock('setResponseStatus', (status) => { response.status = status; });
mock('setResponseHeader', (name, value) => { response.headers[name] = value; });
mock('setResponseBody', (body) => { response.body = body; });
mock('setPixelResponse', () => { response.pixel = true; });
mock('returnResponse', () => { response.returned = true; });
mock('getCookieValues', (name) => cookies[name] || []);
mock('setCookie', (name, value, options, noEncode) => { cookiesSet.push([name, value, options, noEncode]); });
mock('getTimestampMillis', () => 1700000500000);

const mockData = { path: '/pinterest/events', allowedOrigins: 'https://shop.example', maxEvents: '100', maxBodyBytes: '512000', setClickIdCookie: true, cookieMaxAgeDays: '365', cookieDomain: 'auto' };
const errorOf = () => JSON.parse(response.body).error;
// The sandbox has no String.repeat and no computed keys.
const repeat = (text, times) => { let out = ''; for (let i = 0; i < times; i++) out += text; return out; };
const keyed = (key, value) => { const out = {}; out[key] = value; return out; };
// Between two runs in one scenario: forget what the last one did.
const reset = () => { ran = []; finishers = []; cookiesSet = []; claimed = false; response = { status: 200, headers: {}, body: '', returned: false, pixel: false }; };
const NOW = 1700000500000;
