/**
 * custom_data for the Conversions API from server event data: GA4 common event data and ecommerce
 * (value, currency, transaction_id, items, search_term) or the tag's line_items. Strings where the API
 * wants strings (value, item_price), integers where it wants integers (quantity, num_items).
 * https://developers.pinterest.com/docs/api/v5/events-create (custom_data)
 */
import type { CapiContent, CapiCustomData } from './capi-types';
import { valueIsItemTotal } from './events';
import { TEXT_LIMIT } from './forwarding-protocol';
import { toCurrency } from './tag-event-data';
import { freeText, idText } from './text-rules';
import { fieldsOf, toList, toNumber, toQuantity, toText } from './values';

/**
 * A money amount as the API's decimal string, rounded half up to cents: 19.99 * 3 is "59.97", not
 * 59.970000000000006, and 32.495 is "32.5" although 32.495 * 100 is 3249.4999999999995 in binary.
 */
export function moneyText(amount: number): string | undefined {
  const cents = amount * 100 + (amount >= 0 ? 1e-7 : -1e-7);
  // Math.round(cents) without an API call: cents % 1 is the exact fraction (an IEEE remainder is exact) and
  // cents - fraction the exact whole part; halves round up, towards +∞, as Math.round does.
  const fraction = cents % 1;
  const whole = cents - fraction;
  // '' + n is makeString()'s text of a number (String(n)), without an API call.
  const text = '' + (fraction >= 0.5 ? whole + 1 : fraction < -0.5 ? whole - 1 : whole) / 100;
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
/** freeText's rule; text without "@" or "%40" (nearly all) cannot hold an address, and is not searched for one. */
export function textOf(value: unknown): string | undefined {
  const text = idOf(value);
  return text !== undefined && text.indexOf('@') === -1 && text.indexOf('%40') === -1 ? text : freeText(text, TEXT_LIMIT);
}

/**
 * The keys of an item's id, name, category, brand, price, quantity and (optionally) unit discount: GA4's
 * items (https://developers.google.com/analytics/devguides/collection/ga4/reference/events#purchase), the
 * web tag's line_items (docs/event-protocol.md) and the API's own contents[] (the override table's JSON).
 */
export const GA4_ITEM_KEYS = 'item_id item_name item_category item_brand price quantity discount';
const LINE_ITEM_KEYS = 'product_id product_name product_category product_brand product_price product_quantity product_discount';
export const CONTENT_KEYS = 'id item_name item_category item_brand item_price quantity';

/**
 * One `contents` entry in the API's shape (id, item_price, quantity, item_name, item_category, item_brand)
 * from an item read with `keys`, or undefined when it has neither id nor name. item_price is "the original
 * item value before any discount" (ConversionEvents contents[]): GA4's `price` is the unit price paid and
 * `discount` the unit discount, so the original price is their sum
 * (https://developers.google.com/analytics/devguides/collection/ga4/apply-discount). Fields without a value
 * stay undefined: JSON.stringify leaves them out of the request.
 */
export function contentOf(item: Record<string, unknown>, keys: string[]): CapiContent | undefined {
  const id = idOf(item[keys[0]]);
  const name = textOf(item[keys[1]]);
  const paid = toNumber(item[keys[4]]);
  return id === undefined && name === undefined ? undefined : {
    id: id, item_price: paid === undefined ? undefined : moneyText(paid + (keys[6] ? toNumber(item[keys[6]]) || 0 : 0)),
    quantity: toQuantity(item[keys[5]]), item_name: name, item_category: textOf(item[keys[2]]), item_brand: textOf(item[keys[3]]),
  };
}

/**
 * The entries of a list that can hold fields (objects; an array among them has none of the fields read),
 * without asking getType about each.
 */
export const objectsOf = (value: unknown): Record<string, unknown>[] => toList(value).filter(hasFields) as Record<string, unknown>[];
const hasFields = (entry: unknown): boolean => typeof entry === 'object' && entry !== null;

/**
 * custom_data of an event named `eventName` (API name), fields without a value undefined. A missing value
 * is computed from the items only where the value means the items' total (valueIsItemTotal); `note`
 * hears when that happens.
 */
export function customDataFromEvent(event: Record<string, unknown>, eventName: string, note: (message: string) => void): CapiCustomData {
  const contents: CapiContent[] = [];
  const ids: string[] = [];
  let numItems = 0;
  let itemsValue: number | undefined = 0;
  // GA4's items, else the tag's line_items.
  const ga4 = toList(event.items);
  let items = ga4.filter(hasFields) as Record<string, unknown>[];
  const keys = (items.length > 0 ? GA4_ITEM_KEYS : LINE_ITEM_KEYS).split(' ');
  if (items.length === 0) items = objectsOf(event.line_items);
  for (let i = 0; i < items.length; i++) {
    const content = contentOf(items[i], keys);
    if (content === undefined) continue;
    if (content.id !== undefined) ids.push(content.id);
    contents.push(content);
    const counted = content.quantity === undefined ? 1 : content.quantity;
    numItems += counted;
    const price = toNumber(items[i][keys[4]]);
    itemsValue = itemsValue === undefined || price === undefined ? undefined : itemsValue + price * counted;
  }
  let value = toNumber(event.value);
  if (value === undefined && contents.length > 0 && itemsValue !== undefined && valueIsItemTotal(eventName)) {
    value = itemsValue;
    note('value computed from the items');
  }
  const some = contents.length > 0;
  return {
    currency: toCurrency(event.currency) || toCurrency(fieldsOf(ga4[0]).currency),
    value: value === undefined ? undefined : moneyText(value),
    order_id: idOf(event.transaction_id) || idOf(event.order_id),
    contents: some ? contents : undefined, num_items: some ? numItems : undefined, content_ids: ids.length > 0 ? ids : undefined,
    search_string: textOf(event.search_term ?? event.search_string ?? event.search_query), content_name: textOf(event.content_name),
    content_category: textOf(event.content_category), content_brand: textOf(event.content_brand),
    opt_out_type: toText(event.opt_out_type) === 'LDP' ? 'LDP' : undefined,
  };
}
