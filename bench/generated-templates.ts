/**
 * Typical templates for the benchmark, built in memory: a web tag that queues a pixel library and
 * hashes an email, and a server tag that reads event data and posts it. Each scenario mocks nothing
 * it does not need, like most published templates' tests.
 */
import { encodePermissions, type PermissionMap } from '../gtm-sandbox/permissions/codec';
import type { ParsedTemplate, TestScenario } from '../gtm-sandbox/tpl/read';

const WEB_CODE = `const injectScript = require('injectScript');
const createArgumentsQueue = require('createArgumentsQueue');
const copyFromDataLayer = require('copyFromDataLayer');
const sha256 = require('sha256');
const makeNumber = require('makeNumber');
const queue = createArgumentsQueue('pixel', 'pixel.queue');
const ecommerce = copyFromDataLayer('ecommerce') || {};
const items = ecommerce.items || [];
const lines = items.map((item) => ({ id: item.item_id, price: makeNumber(item.price), qty: item.quantity }));
const send = (hashed) => {
  queue('track', data.eventName, { value: makeNumber(ecommerce.value), items: lines, em: hashed });
  injectScript('https://cdn.example/pixel.js', data.gtmOnSuccess, data.gtmOnFailure, 'pixel');
};
if (data.email) sha256(data.email.trim().toLowerCase(), send, data.gtmOnFailure, { outputEncoding: 'hex' });
else send(undefined);`;

const SERVER_CODE = `const getAllEventData = require('getAllEventData');
const sendHttpRequest = require('sendHttpRequest');
const JSON = require('JSON');
const sha256Sync = require('sha256Sync');
const event = getAllEventData();
const body = { event_name: event.event_name, em: event.email ? sha256Sync(event.email, { outputEncoding: 'hex' }) : undefined, value: event.value };
sendHttpRequest('https://api.example/events', { method: 'POST', headers: { 'content-type': 'application/json' } }, JSON.stringify({ data: [body] }))
  .then((r) => { if (r.statusCode >= 200 && r.statusCode < 300) data.gtmOnSuccess(); else data.gtmOnFailure(); });`;

function scenarios(kind: 'web' | 'server', count: number): TestScenario[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${kind} scenario ${i}`,
    code: kind === 'web'
      ? `mock('copyFromDataLayer', (key) => key === 'ecommerce' ? { value: '${i}.5', items: [{ item_id: 'A${i}', price: '9.90', quantity: 2 }] } : undefined);
mock('injectScript', (url, onSuccess) => onSuccess());
runCode({ eventName: 'checkout', email: ${i % 2 === 0 ? "' Jane@Example.com '" : 'undefined'} });
assertApi('createArgumentsQueue').wasCalledWith('pixel', 'pixel.queue');
// sha256 answers after the code, as in GTM: the email branch completes later.
assertApi('${i % 2 === 0 ? 'sha256' : 'gtmOnSuccess'}').wasCalled();`
      : `mock('getAllEventData', { event_name: 'purchase', email: 'a${i}@b.c', value: ${i} });
runCode({});
// The response arrives after the code, as in GTM: completion is not assertable yet.
assertApi('sendHttpRequest').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();`,
  }));
}

export function generatedTemplate(kind: 'web' | 'server', count: number): ParsedTemplate {
  const permissions: PermissionMap = kind === 'web'
    ? { inject_script: { urls: ['https://cdn.example/pixel.js'] }, read_data_layer: { allowedKeys: 'specific', keyPatterns: ['ecommerce'] },
      access_globals: { keys: [{ key: 'pixel', read: true, write: true, execute: false }, { key: 'pixel.queue', read: true, write: true, execute: false }] } }
    : { read_event_data: { eventDataAccess: 'any' }, send_http: { allowedUrls: 'specific', urls: ['https://api.example/*'] } };
  return {
    sections: new Map(), hasBom: false, context: kind, type: 'TAG', info: { type: 'TAG', containerContexts: [kind === 'web' ? 'WEB' : 'SERVER'] },
    parameters: [], code: kind === 'web' ? WEB_CODE : SERVER_CODE, permissions: encodePermissions(permissions),
    tests: { scenarios: scenarios(kind, count), setup: '' }, notes: '',
  };
}
