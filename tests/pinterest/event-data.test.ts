/** pinterest/tag-event-data.ts, pinterest/event-id.ts and pinterest/values.ts, run inside the sandbox. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-event-data', {
    'pinterest/tag-event-data': ['tagDataFromGa4', 'toCurrency'],
    'pinterest/event-id': ['deriveEventId'],
    'pinterest/values': ['toNumber', 'toInteger', 'toText'],
  });
});

describe('values', () => {
  test('junk becomes undefined', () => {
    expect(['12.5', ' 7 ', 'abc', '', '1,234', null, true, 3].map((v) => call('toNumber', v))).toEqual([12.5, 7, undefined, undefined, undefined, undefined, undefined, 3]);
    expect(['-2.9', '4.9'].map((v) => call('toInteger', v))).toEqual([-2, 4]);
    expect([' a ', '', 0, false, {}, []].map((v) => call('toText', v))).toEqual(['a', undefined, '0', 'false', undefined, undefined]);
    expect(['usd', 'EURO', 'U$D', 7].map((v) => call('toCurrency', v))).toEqual(['USD', undefined, undefined, undefined]);
  });
});

describe('tagDataFromGa4', () => {
  test('every item becomes a line item', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ item_id: `SKU-${i}`, price: 1, quantity: 2 }));
    const data = call('tagDataFromGa4', { items, currency: 'usd', transaction_id: 99 }, undefined, undefined) as Record<string, unknown>;
    expect((data.line_items as unknown[]).length).toBe(25);
    expect(data).toMatchObject({ currency: 'USD', order_id: '99', order_quantity: 50 });
    expect(data.value).toBeUndefined(); // the event decides whether the items' total is its value
  });

  test('the currency of the first item when the event has none', () => {
    expect(call('tagDataFromGa4', { items: [{ item_id: 'A', price: 2, currency: 'gbp' }] }, undefined, undefined)).toMatchObject({ currency: 'GBP' });
  });

  test('no value when an item has no price', () => {
    expect(call('tagDataFromGa4', { items: [{ item_id: 'A', price: 2 }, { item_id: 'B' }] }, undefined, undefined)).toEqual({
      line_items: [{ product_id: 'A', product_price: 2 }, { product_id: 'B' }], order_quantity: 2,
    });
  });

  test('nothing from nothing', () => {
    expect(call('tagDataFromGa4', undefined, undefined, undefined)).toEqual({});
    expect(call('tagDataFromGa4', 'junk', 42, null)).toEqual({ search_query: '42' });
  });
});

describe('deriveEventId', () => {
  test('explicit, then checkout with an order, then page view and event', () => {
    expect(call('deriveEventId', { explicit: 'E1', eventName: 'checkout', orderId: 'T1', pageViewId: 'P', uniqueEventId: 3 })).toBe('E1');
    expect(call('deriveEventId', { eventName: 'checkout', orderId: 'T1', pageViewId: 'P', uniqueEventId: 3 })).toBe('checkout_T1');
    expect(call('deriveEventId', { eventName: 'addtocart', orderId: 'T1', pageViewId: 'P', uniqueEventId: 3 })).toBe('P.3');
    expect(call('deriveEventId', { eventName: 'checkout', pageViewId: 'P' })).toBeUndefined();
  });

  test('the base code\'s page visit has one id per page view, whatever the dataLayer event', () => {
    expect(call('deriveEventId', { eventName: 'page', pageViewId: 'P', uniqueEventId: 1 })).toBe('P.page');
    expect(call('deriveEventId', { eventName: 'page', pageViewId: 'P', uniqueEventId: 9 })).toBe('P.page');
    expect(call('deriveEventId', { eventName: 'page' })).toBeUndefined();
  });
});
