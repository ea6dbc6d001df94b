/**
 * The Pinterest client as users run it (built template.tpl through `gtm-sandbox run`), and the round
 * trip web tag → client → Conversions API tag, every step with the real templates and APIs.
 */
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const load = (dir: string) => parseTemplate(fs.readFileSync(path.join(ROOT, dir, 'template.tpl'), 'utf8'));
const CLIENT = load('server-template/client');
const WEB_TAG = load('web-template/tag');
const CAPI_TAG = load('server-template/tag');
const validate = new Ajv().compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'conversion-events.schema.json'), 'utf8')));
const file = jsonFiles('client-run');
const HASH = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
const wire = { event_name: 'lead', event_id: 'L-1', page_location: 'https://shop.example/contact', click_id: 'EPIK-9', click_id_from_url: true, custom_data: { lead_type: 'Demo' }, user_data: { em: [HASH] } };

test('claims a POST on its path, runs each event with common event data, and answers 204', async () => {
  const report = await runOnce(CLIENT, {
    data: file({}), request: file({ method: 'POST', path: '/pinterest/events', headers: { 'user-agent': 'UA/2', 'x-forwarded-for': '198.51.100.8' }, body: JSON.stringify({ v: 1, events: [wire] }) }),
  });
  expect(report).toMatchObject({ result: 'success', claimed: true, response: { status: 204 } });
  expect(report.events).toEqual([{
    event_name: 'lead', event_id: 'L-1', page_location: 'https://shop.example/contact', ip_override: '198.51.100.8', user_agent: 'UA/2',
    click_id: 'EPIK-9', click_id_from_url: true, lead_type: 'Demo', user_data: { em: [HASH] }, 'x-pinterest-gtm-source': 'client',
  }]);
  expect(report.cookiesSet).toEqual(expect.arrayContaining([expect.objectContaining({ name: '_epik', value: 'EPIK-9' })]));
});

test('leaves a request on another path unclaimed', async () => {
  const report = await runOnce(CLIENT, { data: file({}), request: file({ method: 'GET', path: '/g/collect', query: { v: '2' } }) });
  expect(report).toMatchObject({ claimed: false, response: null, events: [] });
});

test('answers 400 for a malformed body and runs nothing', async () => {
  const report = await runOnce(CLIENT, { data: file({}), request: file({ method: 'POST', path: '/pinterest/events', body: '{"v":1,"events":[{"event_name":1}]}' }) });
  expect(report.response).toEqual({ status: 400, headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
    body: '{"error":"event_name: must be text of 1 to 100 characters without control characters"}',
  });
  expect(report.events).toEqual([]);
});

test('round trip: web tag → client → Conversions API tag keeps the event name, event_id, value and items', async () => {
  const web = await runOnce(WEB_TAG, {
    data: file({ tagId: '2612345678901', eventName: 'auto', email: 'jane@example.com', serverUrl: 'https://sgtm.shop.example/pinterest/events' }),
    datalayer: file({ event: 'purchase', 'gtm.uniqueEventId': 4, ecommerce: { transaction_id: 'T-77', value: 42.5, currency: 'EUR', items: [
      { item_id: 'SKU-1', item_name: 'Vase', price: 12.5, quantity: 2 }, { item_id: 'SKU-2', item_name: 'Mug', price: 17.5, quantity: 1 },
    ] } }),
    url: 'https://shop.example/thanks?epik=EPIK-77',
  });
  const calls = (web.windowCalls as { args: unknown[] }[]).map((c) => c.args);
  const track = calls.find((a) => a[0] === 'track' && a[1] === 'checkout') as [string, string, { event_id: string }];
  const page = calls.find((a) => a[0] === 'track' && a[1] === 'pagevisit') as [string, string, { event_id: string }];
  expect(web.pixels).toHaveLength(2);
  const throughServer = async (pixelUrl: string) => {
    const pixel = new URL(pixelUrl);
    const client = await runOnce(CLIENT, {
      data: file({}),
      // As a browser on shop.example sends the pixel to sgtm.shop.example, through Cloud Run's front end.
      request: file({ method: 'GET', path: pixel.pathname, query: Object.fromEntries(pixel.searchParams), headers: {
        'user-agent': 'Mozilla/5.0', host: pixel.host, 'sec-fetch-site': 'same-site', referer: 'https://shop.example/', 'x-forwarded-for': '203.0.113.50',
      } }),
    });
    expect(client.response).toMatchObject({ status: 200, headers: { 'content-type': 'image/gif' } });
    expect(client.cookiesSet).toEqual(expect.arrayContaining([expect.objectContaining({ name: '_epik', value: 'EPIK-77' })]));
    const capi = await runOnce(CAPI_TAG, {
      data: file({ adAccountId: '549755885175', accessToken: 'pina_T' }), event: file((client.events as unknown[])[0]),
      respond: file([{ url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' }]),
    });
    expect(capi.result).toBe('success');
    const body = JSON.parse((capi.http as { body: string }[])[0].body);
    expect(validate(body)).toBe(true);
    return body.data[0];
  };
  const pageVisit = await throughServer(web.pixels[0]);
  expect([pageVisit.event_name, pageVisit.event_id]).toEqual(['page_visit', page[2].event_id]);
  const event = await throughServer(web.pixels[1]);
  expect(event.event_name).toBe('checkout');
  expect(event.event_id).toBe(track[2].event_id);
  expect(event.event_id).toBe('checkout_T-77');
  expect(event.custom_data).toMatchObject({ value: '42.5', currency: 'EUR', order_id: 'T-77', num_items: 3, content_ids: ['SKU-1', 'SKU-2'] });
  expect(event.user_data).toMatchObject({ client_ip_address: '203.0.113.50', click_id: 'EPIK-77', client_user_agent: 'Mozilla/5.0' });
  expect(event.user_data.em).toHaveLength(1);
});
