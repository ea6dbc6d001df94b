/**
 * Sender and receiver agree: for generated custom properties, dataLayer items and field values of the
 * kinds the tag's UI accepts (numbers as text, capitals in names, long text, contact data, junk types),
 * every event the built web tag forwards is accepted by the built client (200 and one event run), and the
 * browser event is tracked whatever forwarding does. Seeded, so a failure replays.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { seededRandom } from '../../fuzz/prng';
import { jsonFiles } from '../support/json-files';

jest.setTimeout(120000);

const ROOT = path.resolve(__dirname, '..', '..');
const read = (dir: string) => parseTemplate(fs.readFileSync(path.join(ROOT, dir, 'template.tpl'), 'utf8'));
const TAG = read('web-template/tag');
const CLIENT = read('server-template/client');
const file = jsonFiles('round-trip');


const NAMES = ['value', 'Colour', 'note', 'line_items', 'order_quantity', 'Lead Type', 'sku', '__proto__', 'constructor', 'x'.repeat(70), 'currency'];
const VALUES = (next: () => number): unknown[] => [
  '12.5', 'red', 'x'.repeat(300), 'x'.repeat(600), 'jane.doe@example.com', '+1 (650) 555-1234', 'not a list', 7, true, null, { a: 1 }, [1, 2], '',
  'tab\there', 'ünïcödé ✓', String(Math.floor(next() * 1e6)), '\ud800', 'NaN',
];

test.each(Array.from({ length: 40 }, (_, i) => [i + 1]))('seed %i: whatever the tag forwards, the client accepts', async (seed) => {
  const next = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const customProperties = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({ name: pick(NAMES), value: pick(VALUES(next)) }));
  const items = Array.from({ length: Math.floor(next() * 4) }, (_, i) => ({ item_id: pick(['SKU-' + i, 'a@b.co', 'x'.repeat(300), 42]), item_name: pick(['Vase', 'tab\tname', null]), price: pick(['9.90', 9.9, 'abc']), quantity: pick([1, '2', -1]) }));
  const event = pick(['purchase', 'add_to_cart', 'view_item']);
  const report = await runOnce(TAG, {
    data: file({ tagId: '2612345678901', eventName: 'auto', serverUrl: 'https://sgtm.shop.example/pinterest/events', customProperties, value: pick(['10', 'abc', undefined]), currency: 'EUR' }),
    datalayer: file({ event, 'gtm.uniqueEventId': seed, ecommerce: { transaction_id: 'T-' + seed, items } }),
    url: pick(['https://shop.example/p?epik=dj0yJnU9abc', 'https://shop.example/p?epik=%22%3B%20Domain%3Devil', 'https://shop.example/p']),
  });
  expect(report.result).toBe('success');
  // The page visit of the page view, then the event; a product page's view_item is the page visit itself.
  const tracks = (report.windowCalls as { args: unknown[] }[]).filter((c) => c.args[0] === 'track');
  expect(tracks).toHaveLength(event === 'view_item' ? 1 : 2);
  expect(report.pixels).toHaveLength(tracks.length);
  for (const pixelUrl of report.pixels) {
    const pixel = new URL(pixelUrl);
    const client = await runOnce(CLIENT, {
      data: file({}),
      request: file({ method: 'GET', path: pixel.pathname, query: Object.fromEntries(pixel.searchParams), headers: { 'user-agent': 'Mozilla/5.0', host: pixel.host }, remoteAddress: '203.0.113.50' }),
    });
    expect({ seed, status: client.response?.status, body: client.response?.body.slice(0, 200) }).toMatchObject({ status: 200 });
    expect(client.events).toHaveLength(1);
  }
});

test('the most event data the tag sends (its own 9 keys and 40 custom properties) is within what the client accepts', async () => {
  const customProperties = Array.from({ length: 45 }, (_, i) => ({ name: `p${i}`, value: `v${i}` }));
  const report = await runOnce(TAG, {
    data: file({
      tagId: '2612345678901', eventName: 'checkout', serverUrl: 'https://sgtm.shop.example/pinterest/events', customProperties, value: '10', currency: 'EUR',
      orderId: 'T-1', orderQuantity: '2', promoCode: 'P', searchQuery: 'q', leadType: 'l', videoTitle: 'v',
    }),
    datalayer: file({ event: 'purchase', 'gtm.uniqueEventId': 1, ecommerce: { items: [{ item_id: 'A', price: 5, quantity: 2 }] } }),
  });
  const pixel = new URL(report.pixels[report.pixels.length - 1]);
  const custom = JSON.parse(pixel.searchParams.get('e') as string).custom_data;
  expect(Object.keys(custom)).toHaveLength(49);
  const client = await runOnce(CLIENT, {
    data: file({}),
    request: file({ method: 'GET', path: pixel.pathname, query: Object.fromEntries(pixel.searchParams), headers: { 'user-agent': 'Mozilla/5.0' }, remoteAddress: '203.0.113.50' }),
  });
  expect(client.response?.status).toBe(200);
  expect(client.events).toHaveLength(1);
});
