// Shared by every scenario: a recording pintrk, a scripted dataLayer, page and consent, and a sha256
// that answers at once with a readable fake digest ("sha256(<input>)").
const Object = require('Object');
const JSON = require('JSON');

const TAG_ID = '2612345678901';
const OTHER_TAG_ID = '2619999999999';
const PAGE_VIEW_ID = '1700000000000.123456789';

const mockData = { tagId: TAG_ID, eventName: 'none', consentMode: 'respect', sendPageView: true, readEcommerce: true };
const withData = (overrides) => {
  const out = {};
  Object.keys(mockData).forEach((k) => { out[k] = mockData[k]; });
  Object.keys(overrides).forEach((k) => { out[k] = overrides[k]; });
  return out;
};

let pintrkCalls = [];
const pintrk = (command, first, second) => {
  const call = [command];
  if (first !== undefined) call.push(first);
  if (second !== undefined) call.push(second);
  pintrkCalls.push(call);
};
const callsOf = (command) => pintrkCalls.filter((c) => c[0] === command);
// The page visit of a page view: a pagevisit track with its event_id only (a product page's carries its items).
const PAGE_VISIT_ID = PAGE_VIEW_ID + '.page1';
const isPageVisit = (c) => c[0] === 'track' && c[1] === 'pagevisit' && JSON.stringify(c[2]) === JSON.stringify({ event_id: c[2].event_id });
const pageVisits = () => pintrkCalls.filter(isPageVisit).map((c) => c[2].event_id);
// Every other track call.
const tracked = () => pintrkCalls.filter((c) => c[0] === 'track' && !isPageVisit(c));

let dataLayer = {};
// GTM's model stores dotted keys as paths; the scenarios also write 'gtm.uniqueEventId' flat for brevity.
const readPath = (root, key) => (root[key] !== undefined ? root[key] : key.split('.').reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), root));

let injected = [];
let coreJsLoads = true;
let hashed = [];
let pixels = [];
let logs = [];
let consentGranted = true;
let userDataGranted = true;
let consentListeners = [];
const notify = (type, granted) => consentListeners.filter((l) => l[0] === type).forEach((l) => l[1](type, granted));
const setConsent = (granted) => { consentGranted = granted; notify('ad_storage', granted); };
const setUserDataConsent = (granted) => { userDataGranted = granted; notify('ad_user_data', granted); };

mock('createArgumentsQueue', () => pintrk);
mock('copyFromDataLayer', (key) => readPath(dataLayer, key));
mock('injectScript', (url, onSuccess, onFailure) => { injected.push(url); if (coreJsLoads) onSuccess(); else onFailure(); });
mock('sha256', (input, onSuccess) => { hashed.push(input); onSuccess('sha256(' + input + ')'); });
mock('sendPixel', (url) => { pixels.push(url); });
mock('logToConsole', function () { logs.push(JSON.stringify(arguments)); });
mock('isConsentGranted', (type) => (type === 'ad_user_data' ? userDataGranted : consentGranted));
mock('addConsentListener', (type, listener) => { consentListeners.push([type, listener]); });
// The page's window (the page view id is set; the page view number is written by the first fire) and URL.
let windowGlobals = { _pinterest_gtm_pvid: PAGE_VIEW_ID };
mock('copyFromWindow', (key) => windowGlobals[key]);
mock('setInWindow', (key, value) => { windowGlobals[key] = value; return true; });
let page = { protocol: 'https', host: 'shop.example', port: '443', path: '/thank-you' };
mock('getUrl', (component) => page[component]);
mock('getQueryParameters', (key) => (key === 'epik' ? 'dj0yJnU9abc' : undefined));
mock('getReferrerUrl', () => '');

const purchase = {
  event: 'purchase', 'gtm.uniqueEventId': 12,
  ecommerce: {
    transaction_id: 'T-1001', value: 59.8, currency: 'eur', coupon: 'PIN10',
    items: [
      { item_id: 'SKU-1', item_name: 'Vase', item_category: 'Home', item_variant: 'Blue', item_brand: 'Acme', price: 19.9, quantity: 2 },
      { item_id: 'SKU-2', item_name: 'Mug', price: '20', quantity: '1' },
    ],
  },
};
