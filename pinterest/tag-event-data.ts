/**
 * The Pinterest tag's event data (`pintrk('track', name, data)`) and its line items, from GA4 ecommerce data
 * or a line_items value. Fields: https://help.pinterest.com/en/business/article/add-event-codes (value,
 * order_quantity, currency, order_id, promo_code, search_query, lead_type, video_title, line_items[] with
 * product_id, product_name, product_category, product_variant, product_variant_id, product_price,
 * product_quantity, product_brand). GA4 ecommerce: https://developers.google.com/analytics/devguides/collection/ga4/ecommerce
 *
 * Every value is built valid: ids as id text and names as free text (pinterest/text-rules.ts), prices and
 * quantities as numbers, so the same values can be forwarded to the server as they are.
 */
import { TEXT_LIMIT } from './forwarding-protocol';
import { freeText, idText } from './text-rules';
import { fieldsOf, toList, toNumber, toQuantity, toText } from './values';

export interface TagLineItem {
  product_id?: string; product_name?: string; product_category?: string; product_variant?: string; product_variant_id?: string;
  product_brand?: string; product_price?: number; product_quantity?: number;
}

export interface TagEventData {
  [key: string]: unknown;
  value?: number; currency?: string; order_id?: string; order_quantity?: number; line_items?: TagLineItem[];
  search_query?: string; lead_type?: string; video_title?: string; promo_code?: string; event_id?: string;
}

/**
 * Line items and, beside them, each item's unit discount (GA4 `discount`, "the unit monetary discount value
 * associated with the item"): GA4's `price` is what was paid per unit, so the original price is price +
 * discount (https://developers.google.com/analytics/devguides/collection/ga4/apply-discount). The tag's
 * product_price is the price paid (Pinterest's tag documents no other meaning); the discount is forwarded
 * so that the Conversions API's item_price, "the original item value before any discount", can be built.
 */
export interface LineItems { lines: TagLineItem[]; discounts: (number | undefined)[] }

/** ISO 4217: three letters, upper-cased; anything else is dropped. */
export function toCurrency(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined || text.length !== 3) return undefined;
  const upper = text.toUpperCase();
  for (let i = 0; i < 3; i++) if (upper.charAt(i) < 'A' || upper.charAt(i) > 'Z') return undefined;
  return upper;
}

/** Each line item field's reader: ids are never judged by their shape ("978-0-306-40615-7" is a product id). */
const LINE_FIELDS: [keyof TagLineItem, (value: unknown) => unknown][] = [
  ['product_id', (v) => idText(v, TEXT_LIMIT)], ['product_name', (v) => freeText(v, TEXT_LIMIT)], ['product_category', (v) => freeText(v, TEXT_LIMIT)],
  ['product_variant', (v) => freeText(v, TEXT_LIMIT)], ['product_variant_id', (v) => idText(v, TEXT_LIMIT)], ['product_brand', (v) => freeText(v, TEXT_LIMIT)],
  ['product_price', toNumber], ['product_quantity', toQuantity],
];

/**
 * Line items from a list of items, each read through `names` (its field names in LINE_FIELDS' order, GA4's
 * or the tag's own; '' for none), the discount from `discount`. An item without an id or a name is skipped.
 */
export function lineItems(list: unknown, names: string[], discount: string): LineItems {
  const out: LineItems = { lines: [], discounts: [] };
  const items = toList(list);
  for (let i = 0; i < items.length; i++) {
    const item = fieldsOf(items[i]);
    const line: { [key: string]: unknown } = {};
    for (let j = 0; j < LINE_FIELDS.length; j++) {
      const read = LINE_FIELDS[j][1];
      const value = names[j] === '' ? undefined : read(item[names[j]]);
      if (value !== undefined) line[LINE_FIELDS[j][0]] = value;
    }
    if (line.product_id === undefined && line.product_name === undefined) continue;
    out.lines.push(line as TagLineItem);
    out.discounts.push(discount === '' ? undefined : toNumber(item[discount]));
  }
  return out;
}

/** GA4 item fields, in LINE_FIELDS' order (GA4 has no variant id). */
export const GA4_ITEM_FIELDS = ['item_id', 'item_name', 'item_category', 'item_variant', '', 'item_brand', 'price', 'quantity'];

/** Total quantity: a line without a quantity counts as one. */
export function totalQuantity(lines: TagLineItem[]): number {
  let quantity = 0;
  for (let i = 0; i < lines.length; i++) quantity += lines[i].product_quantity ?? 1;
  return quantity;
}

/** Σ price × quantity (the prices paid) when every line has a price (a line without a quantity counts as one), else undefined. */
export function lineItemsTotal(lines: TagLineItem[]): number | undefined {
  let value = 0;
  for (let i = 0; i < lines.length; i++) {
    const price = lines[i].product_price;
    if (price === undefined) return undefined;
    value += price * (lines[i].product_quantity ?? 1);
  }
  return lines.length > 0 ? value : undefined;
}
