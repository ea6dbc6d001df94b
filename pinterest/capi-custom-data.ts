/**
 * custom_data for the Conversions API from server event data: GA4 common event data and ecommerce
 * (value, currency, transaction_id, items, search_term) or the tag's line_items. Strings where the API
 * wants strings (value, item_price), integers where it wants integers (quantity, num_items).
 * https://developers.pinterest.com/docs/api/v5/events-create (custom_data)
 */
import { Math } from '../gtm-sandbox/import/common';
import type { CapiContent, CapiCustomData } from './capi-types';
import { valueIsItemTotal } from './events';
import { TEXT_LIMIT } from './forwarding-protocol';
import { toCurrency } from './tag-event-data';
import { freeText, idText } from './text-rules';
import { toList, toNumber, toObject, toQuantity, toText } from './values';

/**
 * A money amount as the API's decimal string, rounded half up to cents: 19.99 * 3 is "59.97", not
 * 59.970000000000006, and 32.495 is "32.5" although 32.495 * 100 is 3249.4999999999995 in binary.
 */
export function moneyText(amount: number): string | undefined {
  const nudge = amount >= 0 ? 1e-7 : -1e-7;
  // '' + n is makeString()'s text of a number (String(n)), without an API call.
  const text = '' + Math.round(amount * 100 + nudge) / 100;
  // The API's decimal form ("^-?\\d+(\\.\\d+)?$"): amounts JavaScript writes with an exponent (1e+21) are not money.
  return text.indexOf('e') === -1 && text !== 'NaN' && text.indexOf('Infinity') === -1 ? text : undefined;
}

/**
 * Text for custom_data: ids (order id, product ids) as identifiers, never judged by their shape; names,
 * categories, brands and search strings as free text, which must hold no email address (a shopper who
 * types their email into the search box must not have it sent to Pinterest unhashed: "user_data … must be
 * hashed", https://developers.pinterest.com/docs/api/v5/events-create). Pinterest documents no lengths for
 * these: both are capped at TEXT_LIMIT, as the forwarding protocol caps them.
 */
export const idOf = (value: unknown): string | undefined => idText(value, TEXT_LIMIT);
export const textOf = (value: unknown): string | undefined => freeText(value, TEXT_LIMIT);

/**
 * One `contents` entry in the API's shape (id, item_price, quantity, item_name, item_category, item_brand), or
 * undefined. item_price is "the original item value before any discount" (ConversionEvents contents[]): GA4's
 * `price` is the unit price paid and `discount` the unit discount, so the original price is their sum
 * (https://developers.google.com/analytics/devguides/collection/ga4/apply-discount).
 */
export function contentOf(item: ItemFields): CapiContent | undefined {
  const content: CapiContent = {};
  const id = idOf(item.id);
  const name = textOf(item.name);
  if (id === undefined && name === undefined) return undefined;
  if (id !== undefined) content.id = id;
  const paid = toNumber(item.price);
  const price = paid === undefined ? undefined : paid + (toNumber(item.discount) ?? 0);
  const priceText = price === undefined ? undefined : moneyText(price);
  if (priceText !== undefined) content.item_price = priceText;
  const quantity = toQuantity(item.quantity);
  if (quantity !== undefined) content.quantity = quantity;
  if (name !== undefined) content.item_name = name;
  const category = textOf(item.category);
  if (category !== undefined) content.item_category = category;
  const brand = textOf(item.brand);
  if (brand !== undefined) content.item_brand = brand;
  return content;
}

export interface ItemFields { id?: unknown; name?: unknown; category?: unknown; brand?: unknown; price?: unknown; discount?: unknown; quantity?: unknown }

/** GA4 items, or the tag's line_items, as one list of item fields. */
function itemFields(event: Record<string, unknown>): ItemFields[] {
  const out: ItemFields[] = [];
  const ga4 = toList(event.items);
  for (let i = 0; i < ga4.length; i++) {
    const item = toObject(ga4[i]);
    if (item !== undefined) out.push({ id: item.item_id, name: item.item_name, category: item.item_category, brand: item.item_brand, price: item.price, discount: item.discount, quantity: item.quantity });
  }
  if (out.length > 0) return out;
  const lines = toList(event.line_items);
  for (let i = 0; i < lines.length; i++) {
    const line = toObject(lines[i]);
    if (line !== undefined) out.push({ id: line.product_id, name: line.product_name, category: line.product_category, brand: line.product_brand, price: line.product_price, discount: line.product_discount, quantity: line.product_quantity });
  }
  return out;
}

/**
 * custom_data of an event named `eventName` (API name). A missing value is computed from the items only
 * where the value means the items' total (valueIsItemTotal); `note` hears when that happens.
 */
export function customDataFromEvent(event: Record<string, unknown>, eventName: string, note: (message: string) => void): CapiCustomData {
  const out: CapiCustomData = {};
  const contents: CapiContent[] = [];
  const ids: string[] = [];
  let numItems = 0;
  let itemsValue: number | undefined = 0;
  const items = itemFields(event);
  for (let i = 0; i < items.length; i++) {
    const content = contentOf(items[i]);
    if (content === undefined) continue;
    if (content.id !== undefined) ids.push(content.id);
    contents.push(content);
    const counted = content.quantity === undefined ? 1 : content.quantity;
    numItems += counted;
    const price = toNumber(items[i].price);
    itemsValue = itemsValue === undefined || price === undefined ? undefined : itemsValue + price * counted;
  }
  const currency = toCurrency(event.currency) ?? toCurrency(toObject(toList(event.items)[0])?.currency);
  if (currency !== undefined) out.currency = currency;
  let value = toNumber(event.value);
  if (value === undefined && contents.length > 0 && itemsValue !== undefined && valueIsItemTotal(eventName)) {
    value = itemsValue;
    note('value computed from the items (price × quantity)');
  }
  const valueText = value === undefined ? undefined : moneyText(value);
  if (valueText !== undefined) out.value = valueText;
  const orderId = idOf(event.transaction_id) ?? idOf(event.order_id);
  if (orderId !== undefined) out.order_id = orderId;
  if (contents.length > 0) {
    out.contents = contents;
    out.num_items = numItems;
  }
  if (ids.length > 0) out.content_ids = ids;
  const texts: [string, unknown][] = [
    ['search_string', event.search_term ?? event.search_string ?? event.search_query], ['content_name', event.content_name],
    ['content_category', event.content_category], ['content_brand', event.content_brand],
  ];
  for (let i = 0; i < texts.length; i++) {
    const text = textOf(texts[i][1]);
    if (text !== undefined) out[texts[i][0]] = text;
  }
  if (toText(event.opt_out_type) === 'LDP') out.opt_out_type = 'LDP';
  return out;
}
