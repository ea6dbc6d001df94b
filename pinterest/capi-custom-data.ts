/**
 * custom_data for the Conversions API from server event data: GA4 common event data and ecommerce
 * (value, currency, transaction_id, items, search_term) or the tag's line_items. Strings where the API
 * wants strings (value, item_price), integers where it wants integers (quantity, num_items).
 * https://developers.pinterest.com/docs/api/v5/events-create (custom_data)
 */
import { makeString, Math } from '../gtm-sandbox/import/common';
import type { CapiContent, CapiCustomData } from './capi-types';
import { valueIsItemTotal } from './events';
import { toCurrency } from './tag-event-data';
import { toInteger, toList, toNumber, toObject, toText } from './values';

/**
 * A money amount as the API's decimal string, rounded half up to cents: 19.99 * 3 is "59.97", not
 * 59.970000000000006, and 32.495 is "32.5" although 32.495 * 100 is 3249.4999999999995 in binary.
 */
export function moneyText(amount: number): string {
  const nudge = amount >= 0 ? 1e-7 : -1e-7;
  return makeString(Math.round(amount * 100 + nudge) / 100);
}

interface ItemFields { id?: unknown; name?: unknown; category?: unknown; brand?: unknown; price?: unknown; quantity?: unknown }

/** GA4 items, or the tag's line_items, as one list of item fields. */
function itemFields(event: Record<string, unknown>): ItemFields[] {
  const out: ItemFields[] = [];
  const ga4 = toList(event.items);
  for (let i = 0; i < ga4.length; i++) {
    const item = toObject(ga4[i]);
    if (item !== undefined) out.push({ id: item.item_id, name: item.item_name, category: item.item_category, brand: item.item_brand, price: item.price, quantity: item.quantity });
  }
  if (out.length > 0) return out;
  const lines = toList(event.line_items);
  for (let i = 0; i < lines.length; i++) {
    const line = toObject(lines[i]);
    if (line !== undefined) out.push({ id: line.product_id, name: line.product_name, category: line.product_category, brand: line.product_brand, price: line.product_price, quantity: line.product_quantity });
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
    const item = items[i];
    const content: CapiContent = {};
    const id = toText(item.id);
    const name = toText(item.name);
    if (id === undefined && name === undefined) continue;
    if (id !== undefined) { content.id = id; ids.push(id); }
    const price = toNumber(item.price);
    if (price !== undefined) content.item_price = moneyText(price);
    const quantity = toInteger(item.quantity);
    if (quantity !== undefined && quantity >= 0) content.quantity = quantity;
    if (name !== undefined) content.item_name = name;
    const category = toText(item.category);
    if (category !== undefined) content.item_category = category;
    const brand = toText(item.brand);
    if (brand !== undefined) content.item_brand = brand;
    contents.push(content);
    const counted = quantity === undefined || quantity < 0 ? 1 : quantity;
    numItems += counted;
    itemsValue = itemsValue === undefined || price === undefined ? undefined : itemsValue + price * counted;
  }
  const currency = toCurrency(event.currency) ?? toCurrency(toObject(toList(event.items)[0])?.currency);
  if (currency !== undefined) out.currency = currency;
  let value = toNumber(event.value);
  if (value === undefined && contents.length > 0 && itemsValue !== undefined && valueIsItemTotal(eventName)) {
    value = itemsValue;
    note('value computed from the items (price × quantity)');
  }
  if (value !== undefined) out.value = moneyText(value);
  const orderId = toText(event.transaction_id) ?? toText(event.order_id);
  if (orderId !== undefined) out.order_id = orderId;
  if (contents.length > 0) {
    out.contents = contents;
    out.num_items = numItems;
  }
  if (ids.length > 0) out.content_ids = ids;
  const texts: [string, unknown][] = [
    ['search_string', event.search_term ?? event.search_string ?? event.search_query], ['content_name', event.content_name],
    ['content_category', event.content_category], ['content_brand', event.content_brand], ['opt_out_type', event.opt_out_type],
  ];
  for (let i = 0; i < texts.length; i++) {
    const text = toText(texts[i][1]);
    if (text !== undefined) out[texts[i][0]] = text;
  }
  return out;
}
