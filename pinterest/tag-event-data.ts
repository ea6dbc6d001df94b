/**
 * The Pinterest tag's event data (`pintrk('track', name, data)`), from GA4 ecommerce data.
 * Fields: https://help.pinterest.com/en/business/article/add-event-codes (value, order_quantity,
 * currency, order_id, promo_code, search_query, lead_type, video_title, line_items[] with product_id,
 * product_name, product_category, product_variant, product_price, product_quantity, product_brand).
 * GA4 ecommerce: https://developers.google.com/analytics/devguides/collection/ga4/ecommerce
 */
import { toList, toNumber, toObject, toQuantity, toText } from './values';

export interface TagLineItem {
  product_id?: string; product_name?: string; product_category?: string; product_variant?: string;
  product_brand?: string; product_price?: number; product_quantity?: number;
}

export interface TagEventData {
  [key: string]: unknown;
  value?: number; currency?: string; order_id?: string; order_quantity?: number; line_items?: TagLineItem[];
  search_query?: string; lead_type?: string; video_title?: string; promo_code?: string; event_id?: string;
}

/** ISO 4217: three letters, upper-cased; anything else is dropped. */
export function toCurrency(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined || text.length !== 3) return undefined;
  const upper = text.toUpperCase();
  for (let i = 0; i < 3; i++) if (upper.charAt(i) < 'A' || upper.charAt(i) > 'Z') return undefined;
  return upper;
}

/** One line item per GA4 item (of a list already read with toList) that has an id or a name; junk entries are skipped. */
function lineItemsFromGa4(list: unknown[]): TagLineItem[] {
  const out: TagLineItem[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = toObject(list[i]);
    if (item === undefined) continue;
    const line: TagLineItem = {};
    const id = toText(item.item_id);
    const name = toText(item.item_name);
    if (id === undefined && name === undefined) continue;
    if (id !== undefined) line.product_id = id;
    if (name !== undefined) line.product_name = name;
    const category = toText(item.item_category);
    if (category !== undefined) line.product_category = category;
    const variant = toText(item.item_variant);
    if (variant !== undefined) line.product_variant = variant;
    const brand = toText(item.item_brand);
    if (brand !== undefined) line.product_brand = brand;
    const price = toNumber(item.price);
    if (price !== undefined) line.product_price = price;
    const quantity = toQuantity(item.quantity);
    if (quantity !== undefined) line.product_quantity = quantity;
    out.push(line);
  }
  return out;
}

/** Total quantity: a line without a quantity counts as one. */
function totalQuantity(lines: TagLineItem[]): number {
  let quantity = 0;
  for (let i = 0; i < lines.length; i++) quantity += lines[i].product_quantity === undefined ? 1 : (lines[i].product_quantity as number);
  return quantity;
}

/** Σ price × quantity when every line has a price (a line without a quantity counts as one), else undefined. */
export function lineItemsTotal(lines: TagLineItem[]): number | undefined {
  let value = 0;
  for (let i = 0; i < lines.length; i++) {
    const price = lines[i].product_price;
    if (price === undefined) return undefined;
    value += price * (lines[i].product_quantity === undefined ? 1 : (lines[i].product_quantity as number));
  }
  return lines.length > 0 ? value : undefined;
}

/**
 * Event data from a GA4 `ecommerce` object plus the event's top-level search_term and video_title. The
 * value is the one given: whether a missing value may come from the items depends on the event (the
 * caller decides, see valueIsItemTotal in pinterest/events.ts). The currency is the event's, else the
 * first item's (GA4 items may carry their own currency).
 */
export function tagDataFromGa4(ecommerceValue: unknown, searchTerm: unknown, videoTitle: unknown): TagEventData {
  const out: TagEventData = {};
  const ecommerce = toObject(ecommerceValue) ?? {};
  const items = toList(ecommerce.items);
  const lines = lineItemsFromGa4(items);
  const value = toNumber(ecommerce.value);
  if (value !== undefined) out.value = value;
  const currency = toCurrency(ecommerce.currency) ?? toCurrency((toObject(items[0]) ?? {}).currency);
  if (currency !== undefined) out.currency = currency;
  const orderId = toText(ecommerce.transaction_id);
  if (orderId !== undefined) out.order_id = orderId;
  if (lines.length > 0) {
    out.line_items = lines;
    out.order_quantity = totalQuantity(lines);
  }
  const coupon = toText(ecommerce.coupon);
  if (coupon !== undefined) out.promo_code = coupon;
  const search = toText(searchTerm);
  if (search !== undefined) out.search_query = search;
  const video = toText(videoTitle);
  if (video !== undefined) out.video_title = video;
  return out;
}
