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
import { isMadeOf, LETTERS } from './characters';
import { TEXT_LIMIT, type ForwardedLineItem } from './forwarding-protocol';
import { freeText, idText } from './text-rules';
import { fieldsOf, toNumber, toQuantity, toText } from './values';

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
 * Line items for pintrk and the same items in the forwarding protocol's form (pinterest/forwarding-protocol.ts
 * ForwardedLineItem): without product_variant_id, which the Conversions API has no field for, and with the
 * item's unit discount (GA4 `discount`, "the unit monetary discount value associated with the item"). GA4's
 * `price` is what was paid per unit, so the original price is price + discount
 * (https://developers.google.com/analytics/devguides/collection/ga4/apply-discount). The tag's product_price is
 * the price paid (Pinterest's tag documents no other meaning); the discount is forwarded so that the
 * Conversions API's item_price, "the original item value before any discount", can be built.
 */
export interface LineItems { lines: TagLineItem[]; wire: ForwardedLineItem[] }

/** ISO 4217: three letters, upper-cased; anything else is dropped. */
export function toCurrency(value: unknown): string | undefined {
  const text = toText(value);
  return text !== undefined && text.length === 3 && isMadeOf(text, LETTERS) ? text.toUpperCase() : undefined;
}

/** An identifier of event data (an order or product id): never judged by its shape ("978-0-306-40615-7" is a product id). */
export const idOf = (value: unknown): string | undefined => idText(value, TEXT_LIMIT);
/** Free text of event data (a name, a search query): without an email address in it. */
export const textOf = (value: unknown): string | undefined => freeText(value, TEXT_LIMIT);

/** The line item fields and, in the same order, their readers. */
const LINE_KEYS = 'product_id product_name product_category product_variant product_variant_id product_brand product_price product_quantity'.split(' ');
const LINE_READERS = [idOf, textOf, textOf, textOf, idOf, textOf, toNumber, toQuantity];

/**
 * Line items from a list of items, each read through `names` (its field names in LINE_KEYS' order, GA4's;
 * '' for none), or by the tag's own field names when `names` is undefined, the discount from `discount` ('' for
 * none). An item without an id or a name is skipped.
 */
export function lineItems(items: unknown[], names: string[] | undefined, discount: string): LineItems {
  const out: LineItems = { lines: [], wire: [] };
  for (let i = 0; i < items.length; i++) {
    const item = fieldsOf(items[i]);
    const line: { [key: string]: unknown } = {};
    const wire: { [key: string]: unknown } = {};
    for (let j = 0; j < LINE_KEYS.length; j++) {
      const key = LINE_KEYS[j];
      const name = names ? names[j] : key;
      const value = name ? LINE_READERS[j](item[name]) : undefined;
      if (value === undefined) continue;
      line[key] = value;
      if (key !== 'product_variant_id') wire[key] = value;
    }
    if (!line.product_id && !line.product_name) continue;
    const off = discount ? toNumber(item[discount]) : undefined;
    if (off !== undefined) wire.product_discount = off;
    out.lines.push(line as TagLineItem);
    out.wire.push(wire as ForwardedLineItem);
  }
  return out;
}

/** GA4 item fields, in LINE_KEYS' order (GA4 has no variant id: the empty name between the two spaces). */
export const GA4_ITEM_FIELDS = 'item_id item_name item_category item_variant  item_brand price quantity'.split(' ');

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
