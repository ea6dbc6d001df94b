/** pinterest/tag-event-data.ts and pinterest/values.ts, run inside the sandbox, and pinterest/event-id.ts. */
import { deriveEventId } from '../../pinterest/event-id';
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-event-data', {
    'pinterest/tag-event-data': ['lineItems', 'lineItemsTotal', 'totalQuantity', 'toCurrency'],
    'pinterest/values': ['toNumber', 'toInteger', 'toText'],
  });
});

describe('values', () => {
  test('junk becomes undefined', () => {
    expect(['12.5', ' 7 ', 'abc', '', '1,234', null, true, 3].map((v) => call('toNumber', v))).toEqual([12.5, 7, undefined, undefined, undefined, undefined, undefined, 3]);
    expect(['-.5', '1.', '-3', '1.2.3', '-', '.', '--1', '1-2', '1e3', '+1', '0x1F'].map((v) => call('toNumber', v))).toEqual([-0.5, 1, -3, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(['-2.9', '4.9'].map((v) => call('toInteger', v))).toEqual([-2, 4]);
    expect([' a ', '', 0, false, {}, []].map((v) => call('toText', v))).toEqual(['a', undefined, '0', 'false', undefined, undefined]);
    expect(['usd', 'EURO', 'U$D', 7].map((v) => call('toCurrency', v))).toEqual(['USD', undefined, undefined, undefined]);
  });
});

const GA4 = ['item_id', 'item_name', 'item_category', 'item_variant', '', 'item_brand', 'price', 'quantity'];
const fromGa4 = (items: unknown) => call('lineItems', items, GA4, 'discount');

describe('lineItems from GA4 items', () => {
  test('every item becomes a line item, and in the protocol\'s form with its unit discount', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ item_id: `SKU-${i}`, price: 1, quantity: 2, discount: i === 0 ? 0.5 : undefined }));
    const out = fromGa4(items) as { lines: Record<string, unknown>[]; wire: Record<string, unknown>[] };
    expect(out.lines).toHaveLength(25);
    expect(out.lines[0]).toEqual({ product_id: 'SKU-0', product_price: 1, product_quantity: 2 });
    expect(out.wire[0]).toEqual({ product_id: 'SKU-0', product_price: 1, product_quantity: 2, product_discount: 0.5 });
    expect(out.wire[1]).toEqual(out.lines[1]);
    expect(call('totalQuantity', out.lines)).toBe(50);
    expect(call('lineItemsTotal', out.lines)).toBe(50);
  });

  test('ids are kept whatever their shape; names holding an email address are left out; junk items are skipped', () => {
    const out = fromGa4([
      { item_id: '978-0-306-40615-7', item_name: 'a@b.co' }, { item_id: 42, item_name: 'Mug', price: 'abc', quantity: -1 }, 'junk', null, { item_variant: 'no id, no name' },
    ]) as { lines: unknown[] };
    expect(out.lines).toEqual([{ product_id: '978-0-306-40615-7' }, { product_id: '42', product_name: 'Mug' }]);
  });

  test('no total when an item has no price; nothing from nothing', () => {
    expect(call('lineItemsTotal', [{ product_id: 'A', product_price: 2 }, { product_id: 'B' }])).toBeUndefined();
    expect(fromGa4([])).toEqual({ lines: [], wire: [] });
    expect(fromGa4(['junk', 7, null])).toEqual({ lines: [], wire: [] });
  });

  test('the tag\'s own line items keep product_variant_id for pintrk; the protocol has no field for it', () => {
    const out = call('lineItems', [{ product_id: 'A', product_variant_id: 'A-blue', discount: 1 }], undefined, '') as { lines: unknown[]; wire: unknown[] };
    expect(out).toEqual({ lines: [{ product_id: 'A', product_variant_id: 'A-blue' }], wire: [{ product_id: 'A' }] });
  });
});

// deriveEventId takes its lazy sources as functions, which the sandbox harness cannot pass: it is plain
// TypeScript with no API call, so it runs here as it is.
describe('deriveEventId', () => {
  const never = (): never => { throw new Error('read although an earlier rule applied'); };
  test('explicit, then checkout with an order, then page visit, then the web side\'s own id; each source read only when needed', () => {
    expect(deriveEventId('E1', 'checkout', never, never, never)).toBe('E1');
    expect(deriveEventId(undefined, 'checkout', () => 'T1', never, never)).toBe('checkout_T1');
    expect(deriveEventId(undefined, 'checkout', () => '2024-0615-0042', never, never)).toBe('checkout_2024-0615-0042');
    expect(deriveEventId(undefined, 'addtocart', never, never, () => 'P.3')).toBe('P.3');
    expect(deriveEventId(undefined, 'checkout', () => undefined, never, () => 'P.4')).toBe('P.4');
    expect(deriveEventId(undefined, 'checkout', () => 'T1')).toBe('checkout_T1');
    expect(deriveEventId(undefined, 'lead', never)).toBeUndefined();
  });

  test('ids are 1 to 256 characters of text: a longer or control-character candidate falls to the next rule', () => {
    expect(deriveEventId('x'.repeat(257), 'lead', never, never, () => 'P.5')).toBe('P.5');
    expect(deriveEventId('a\nb', 'lead', never, never, () => 'P.6')).toBe('P.6');
    expect(deriveEventId(undefined, 'checkout', () => 'x'.repeat(250), never, () => 'P.7')).toBe('P.7');
  });

  test('a page visit (page event or pagevisit) has the id of its page view, whatever the dataLayer event', () => {
    expect(deriveEventId(undefined, 'page', never, () => 'P.page2', never)).toBe('P.page2');
    expect(deriveEventId(undefined, 'pagevisit', never, () => 'P.page2', never)).toBe('P.page2');
    expect(deriveEventId(undefined, 'addtocart', never, never, () => 'P.9')).toBe('P.9');
    expect(deriveEventId(undefined, 'page', never)).toBeUndefined();
  });
});
