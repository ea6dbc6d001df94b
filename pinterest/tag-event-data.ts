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
import { toList, toNumber, toQuantity, toText } from './values';

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

const text = (value: unknown): string | undefined => freeText(value, TEXT_LIMIT);

/**
 * One line item from its fields, or undefined without an id or a name. Ids are never judged by their
 * shape: "978-0-306-40615-7" is a product id.
 */
export function lineItemOf(id: unknown, name: unknown, category: unknown, variant: unknown, variantId: unknown, brand: unknown, price: unknown, quantity: unknown): TagLineItem | undefined {
  const line: TagLineItem = {};
  const fields: [keyof TagLineItem, unknown][] = [
    ['product_id', idText(id, TEXT_LIMIT)], ['product_name', text(name)], ['product_category', text(category)], ['product_variant', text(variant)],
    ['product_variant_id', idText(variantId, TEXT_LIMIT)], ['product_brand', text(brand)], ['product_price', toNumber(price)], ['product_quantity', toQuantity(quantity)],
  ];
  for (let i = 0; i < fields.length; i++) if (fields[i][1] !== undefined) (line as { [key: string]: unknown })[fields[i][0]] = fields[i][1];
  return line.product_id === undefined && line.product_name === undefined ? undefined : line;
}

/** GA4 items (`item_id`, `item_name`, `item_category`, `item_variant`, `item_brand`, `price`, `quantity`, `discount`). */
export function lineItemsFromGa4(items: unknown): LineItems {
  const out: LineItems = { lines: [], discounts: [] };
  const list = toList(items);
  for (let i = 0; i < list.length; i++) {
    // An item is read field by field: an array or a string in its place has none of these fields.
    const item = (typeof list[i] === 'object' && list[i] !== null ? list[i] : {}) as Record<string, unknown>;
    const line = lineItemOf(item.item_id, item.item_name, item.item_category, item.item_variant, undefined, item.item_brand, item.price, item.quantity);
    if (line === undefined) continue;
    out.lines.push(line);
    out.discounts.push(toNumber(item.discount));
  }
  return out;
}

/** Total quantity: a line without a quantity counts as one. */
export function totalQuantity(lines: TagLineItem[]): number {
  let quantity = 0;
  for (let i = 0; i < lines.length; i++) quantity += lines[i].product_quantity === undefined ? 1 : (lines[i].product_quantity as number);
  return quantity;
}

/** Σ price × quantity (the prices paid) when every line has a price (a line without a quantity counts as one), else undefined. */
export function lineItemsTotal(lines: TagLineItem[]): number | undefined {
  let value = 0;
  for (let i = 0; i < lines.length; i++) {
    const price = lines[i].product_price;
    if (price === undefined) return undefined;
    value += price * (lines[i].product_quantity === undefined ? 1 : (lines[i].product_quantity as number));
  }
  return lines.length > 0 ? value : undefined;
}
