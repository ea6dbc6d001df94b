/**
 * GTM leaves out the fields a tag was saved without (fields a later template version added): every built
 * template must then behave exactly as with each field at its UI default. Each template runs the same
 * realistic event twice, with only its required fields and with every default spelled out, and the two runs
 * must do the same (pintrk calls and pixels, returned id, Conversions API requests, client answers).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fieldDefaults } from '../../build/field-defaults';
import { loadDefinition } from '../../build/load-definition';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { jsonFiles } from '../support/json-files';

jest.setTimeout(120000);

const ROOT = path.resolve(__dirname, '..', '..');
const file = jsonFiles('field-defaults');
const template = (folder: string) => ({
  parsed: parseTemplate(fs.readFileSync(path.join(ROOT, folder, 'template.tpl'), 'utf8')),
  defaults: fieldDefaults(loadDefinition(path.join(ROOT, folder))),
});
/** What a run did, without what differs between any two runs (random ids, clocks). */
const effects = (report: RunReport) => JSON.stringify({
  result: report.result, returnValue: report.returnValue, windowCalls: report.windowCalls, pixels: report.pixels,
  http: (report.http as { url: string; body?: string }[]).map((h) => [h.url, h.body]), response: report.response, events: report.events,
}).replace(/\d{13}/g, 'T').replace(/(event_time\\*":)\d+/g, '$1S');

const window = { _pinterest_gtm_pvid: '1700000000000.123456789' };
const purchase = { event: 'purchase', 'gtm.uniqueEventId': 5, ecommerce: { transaction_id: 'T-5', currency: 'EUR', value: 20, items: [{ item_id: 'A', price: 20 }] } };
const cases: [string, Record<string, unknown>, Record<string, string>][] = [
  ['web-template/tag', { tagId: '2612345678901' }, { datalayer: file(purchase), window: file(window) }],
  ['web-template/event-id', {}, { datalayer: file(purchase), window: file(window) }],
  ['server-template/tag', { adAccountId: '549755885175', accessToken: 'pina_T' }, {
    event: file({ event_name: 'purchase', event_id: 'E-1', transaction_id: 'T-5', currency: 'EUR', value: 20, ip_override: '203.0.113.9', user_agent: 'UA/1', 'x-ga-gcs': 'G111' }),
    respond: file([{ url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' }]),
  }],
  ['server-template/client', {}, {
    request: file({ method: 'GET', path: '/pinterest/events', query: { v: '1', e: JSON.stringify({ event_name: 'lead', event_id: 'E-2' }) }, headers: { 'user-agent': 'UA/1' }, remoteAddress: '203.0.113.9' }),
  }],
];

test.each(cases)('%s with its fields left out behaves as with their defaults', async (folder, required, flags) => {
  const { parsed, defaults } = template(folder);
  expect(Object.keys(defaults).length).toBeGreaterThan(0);
  const bare = await runOnce(parsed, { ...flags, data: file(required) });
  const spelled = await runOnce(parsed, { ...flags, data: file({ ...defaults, ...required }) });
  expect(bare.result).not.toBe('exception');
  expect(effects(bare)).toBe(effects(spelled));
});
