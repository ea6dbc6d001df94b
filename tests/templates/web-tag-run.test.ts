/**
 * The web templates as users run them: built template.tpl files through `gtm-sandbox run`, with the
 * real APIs (no mocks), checking what reaches pintrk and the page.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const TAG = parseTemplate(fs.readFileSync(path.join(ROOT, 'web-template', 'tag', 'template.tpl'), 'utf8'));
const VARIABLE = parseTemplate(fs.readFileSync(path.join(ROOT, 'web-template', 'event-id', 'template.tpl'), 'utf8'));
const file = jsonFiles('web-tag-run');
const pintrk = (report: RunReport): unknown[][] => (report.windowCalls as { fn: string; args: unknown[] }[]).filter((c) => c.fn === 'pintrk').map((c) => c.args);

const purchase = (uniqueEventId: number) => ({
  event: 'purchase', 'gtm.uniqueEventId': uniqueEventId,
  ecommerce: { transaction_id: 'T-1001', value: '59.80', currency: 'eur', items: [
    { item_id: 'SKU-1', item_name: 'Vase', price: '19.90', quantity: 2 }, { item_id: 'SKU-2', item_name: 'Mug', price: 20, quantity: 1 }, { item_id: 'SKU-3', price: 0, quantity: 1 },
  ] },
});

test('base code only: core.js, then load and the page visit with its event_id, which the variable returns', async () => {
  const window = file({ _pinterest_gtm_pvid: '1700000000000.123456789' });
  const report = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'none' }), window });
  expect(report.result).toBe('success');
  expect(report.injectedScripts).toEqual(['https://s.pinimg.com/ct/core.js']);
  expect(pintrk(report)).toEqual([['load', '2612345678901', {}], ['track', 'pagevisit', { event_id: '1700000000000.123456789.page1' }]]);
  const variable = await runOnce(VARIABLE, { data: file({}), datalayer: file({ event: 'page_view', 'gtm.uniqueEventId': 3 }), window: file(report.globals) });
  expect(variable.returnValue).toBe('1700000000000.123456789.page1');
  expect((report.globals.pintrk as { queue: unknown[] }).queue).toHaveLength(2);
});

test('automatic mode tracks a GA4 purchase as checkout with every item, and the variable returns its event_id', async () => {
  const datalayer = file(purchase(12));
  const report = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'auto' }), datalayer });
  const track = pintrk(report).find((c) => c[0] === 'track' && c[1] !== 'pagevisit') as [string, string, Record<string, unknown>];
  expect(track[1]).toBe('checkout');
  expect(track[2]).toMatchObject({ value: 59.8, currency: 'EUR', order_id: 'T-1001', order_quantity: 4 });
  expect((track[2].line_items as unknown[]).length).toBe(3);
  const variable = await runOnce(VARIABLE, { data: file({ eventName: 'auto' }), datalayer });
  expect(variable.returnValue).toBe(track[2].event_id);
});

test('tag and variable agree on an event without an order, on one page', async () => {
  const window = file({ _pinterest_gtm_pvid: '1700000000000.123456789' });
  const datalayer = file({ event: 'add_to_cart', 'gtm.uniqueEventId': 8 });
  const report = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'auto' }), datalayer, window });
  const variable = await runOnce(VARIABLE, { data: file({ eventName: 'auto' }), datalayer, window });
  expect((pintrk(report).find((c) => c[0] === 'track' && c[1] === 'addtocart') as unknown[])[2]).toMatchObject({ event_id: '1700000000000.123456789.8' });
  expect(variable.returnValue).toBe('1700000000000.123456789.8');
});

test('with ad_storage denied nothing is injected or tracked', async () => {
  const report = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'auto' }), datalayer: file(purchase(3)), consent: file({ ad_storage: 'denied' }) });
  expect(report.result).toBe('success');
  expect(report.injectedScripts).toEqual([]);
  expect(pintrk(report)).toEqual([]);
});

test('email is hashed inside the sandbox before load; two tag IDs are both loaded', async () => {
  const report = await runOnce(TAG, { data: file({ tagId: '2612345678901,2619999999999', eventName: 'none', email: ' Jane.Doe@Example.com ' }) });
  const em = createHash('sha256').update('jane.doe@example.com').digest('hex');
  expect(pintrk(report).map((c) => c.slice(0, 3))).toEqual([['load', '2612345678901', { em }], ['load', '2619999999999', { em }], ['track', 'pagevisit', { event_id: expect.stringMatching(/\.page1$/) }]]);
  expect(JSON.stringify(report.logs)).not.toContain('Jane');
});

test('server forwarding sends the page visit and the event to the server container, each under 8 KB', async () => {
  const report = await runOnce(TAG, {
    data: file({ tagId: '2612345678901', eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }),
    datalayer: file(purchase(4)), url: 'https://shop.example/thanks?epik=EPIK1&email=jane%40example.com', cookies: file({}),
  });
  expect(report.pixels).toHaveLength(2);
  expect(report.pixels.every((p) => p.length < 8000)).toBe(true);
  expect(JSON.parse(new URL(report.pixels[0]).searchParams.get('e') as string)).toMatchObject({ event_name: 'page_visit' });
  const event = JSON.parse(new URL(report.pixels[1]).searchParams.get('e') as string);
  expect(event).toMatchObject({ event_name: 'checkout', event_id: 'checkout_T-1001', page_location: 'https://shop.example/thanks', click_id: 'EPIK1' });
  expect(report.pixels.join()).not.toContain('jane');
});

/** The Event menu's items as the built template.tpl offers them (a SELECT's selectItems). */
function eventMenuItems(): string[] {
  const find = (params: unknown[]): unknown[] => params.flatMap((p) => {
    const param = p as { name?: string; subParams?: unknown[]; selectItems?: { value: string }[] };
    if (param.name === 'eventName') return (param.selectItems ?? []).map((i) => i.value);
    return param.subParams ? find(param.subParams) : [];
  });
  return find(TAG.parameters) as string[];
}

test('every item of the Event menu is tracked under its own name; a value outside the menu is not', async () => {
  const items = eventMenuItems().filter((v) => v !== 'auto' && v !== 'none' && v !== 'advertiserDefined');
  expect(items.length).toBeGreaterThan(15);
  for (const item of items) {
    const report = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: item }), datalayer: file({ event: 'gtm.click', 'gtm.uniqueEventId': 4 }) });
    expect(pintrk(report).filter((c) => c[0] === 'track').map((c) => c[1])).toContain(item);
  }
  const outside = await runOnce(TAG, { data: file({ tagId: '2612345678901', eventName: 'add_to_cart' }), datalayer: file({ event: 'gtm.click', 'gtm.uniqueEventId': 4 }) });
  expect(pintrk(outside).filter((c) => c[0] === 'track').map((c) => c[1])).toEqual(['pagevisit']);
});
