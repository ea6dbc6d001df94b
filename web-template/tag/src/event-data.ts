/**
 * The track call's event data: GA4 ecommerce from the dataLayer (Automatic mode, or when asked), then the
 * tag's fields, then the custom properties table; later sources win. Every value is built valid
 * (pinterest/tag-event-data.ts): junk is left out, never sent as `NaN` or "undefined", and free text holding
 * an email address is left out (pinterest/email-address.ts). Values are never invented: a missing value
 * comes from the items only for events whose value is the items' total (pinterest/events.ts
 * valueIsItemTotal), and a value without a currency (event, else the Default currency field) is left out,
 * because Pinterest cannot read an amount in an unknown currency ("currency: ISO-4217",
 * https://help.pinterest.com/en/business/article/add-event-codes).
 */
import { copyFromDataLayer } from '../../../gtm-sandbox/import/web';
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { capiEventFor, valueIsItemTotal } from '../../../pinterest/events';
import { CUSTOM_KEY_LENGTH, TEXT_LIMIT } from '../../../pinterest/forwarding-protocol';
import { GA4_ITEM_FIELDS, lineItems, lineItemsTotal, toCurrency, totalQuantity, type LineItems, type TagEventData } from '../../../pinterest/tag-event-data';
import { freeText, idText } from '../../../pinterest/text-rules';
import { fieldsOf, toInteger, toList, toNumber, toText } from '../../../pinterest/values';
import { AUTO } from '../../shared/constants';
import { log } from './log';
import type { TagData } from './tag-data';

// Object.delete is required on the rare path that drops a value.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The event data, and each line item's unit discount for server forwarding (pinterest/tag-event-data.ts LineItems). */
export interface BuiltEventData { data: TagEventData; discounts: (number | undefined)[] }

const text = (value: unknown): string | undefined => freeText(value, TEXT_LIMIT);

/** Each defined field's reader: the same for the tag's fields, GA4 data and custom properties of that name. */
const READERS: { [field: string]: (value: unknown) => unknown } = {
  value: toNumber, currency: toCurrency, order_id: (v) => idText(v, TEXT_LIMIT), event_id: (v) => idText(v, TEXT_LIMIT),
  order_quantity: (v) => { const n = toInteger(v); return n !== undefined && n >= 0 ? n : undefined; },
  promo_code: text, search_query: text, lead_type: text, video_title: text,
};

/** The tag's own line item fields, in LINE_FIELDS' order (pinterest/tag-event-data.ts). */
const TAG_ITEM_FIELDS = ['product_id', 'product_name', 'product_category', 'product_variant', 'product_variant_id', 'product_brand', 'product_price', 'product_quantity'];

/**
 * A custom property's name as event data keys are written (value, order_id, lead_type, …): a letter or an
 * underscore, then letters, digits and underscores, at most 64 (the protocol's rule, docs/event-protocol.md).
 */
function isPropertyName(name: string): boolean {
  if (name.length > CUSTOM_KEY_LENGTH) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (i > 0 && c >= '0' && c <= '9'))) return false;
  }
  return true;
}

function setLines(out: BuiltEventData, items: LineItems): void {
  if (items.lines.length === 0) return;
  out.data.line_items = items.lines;
  out.discounts = items.discounts;
}

/** Sets a field by its reader (any other name: text without an email address, a number or a boolean), unless it has no usable value. */
function set(out: BuiltEventData, key: string, value: unknown): void {
  if (key === 'line_items') return setLines(out, lineItems(value, TAG_ITEM_FIELDS, ''));
  const read = READERS.hasOwnProperty(key) ? READERS[key] : undefined;
  const type = typeof value;
  const typed = read !== undefined ? read(value) : type === 'string' ? text(value) : type === 'number' ? toNumber(value) : type === 'boolean' ? value : undefined;
  if (typed !== undefined) out.data[key] = typed;
}

/** GA4 ecommerce of the pushed event, and its search_term or video_title for search and video events. */
function fromGa4(out: BuiltEventData, tagEvent: string): void {
  const ecommerce = fieldsOf(copyFromDataLayer('ecommerce'));
  set(out, 'value', ecommerce.value);
  // The event's currency, else the first item's (GA4 items may carry their own).
  set(out, 'currency', toCurrency(ecommerce.currency) ?? fieldsOf(toList(ecommerce.items)[0]).currency);
  set(out, 'order_id', ecommerce.transaction_id);
  set(out, 'promo_code', ecommerce.coupon);
  setLines(out, lineItems(ecommerce.items, GA4_ITEM_FIELDS, 'discount'));
  if (out.data.line_items !== undefined) out.data.order_quantity = totalQuantity(out.data.line_items);
  if (tagEvent === 'search') set(out, 'search_query', copyFromDataLayer('search_term'));
  if (tagEvent === 'watchvideo') set(out, 'video_title', copyFromDataLayer('video_title'));
}

/** Completes value and currency by the rules above. */
function settleValue(data: TagEventData, tagEvent: string, defaultCurrency: unknown): void {
  if (data.value === undefined && data.line_items !== undefined && valueIsItemTotal(capiEventFor(tagEvent))) {
    const total = lineItemsTotal(data.line_items);
    if (total !== undefined) {
      data.value = total;
      log('value = items\' price × quantity: ' + total);
    }
  }
  if (data.value === undefined || data.currency !== undefined) return;
  const fallback = toCurrency(defaultCurrency);
  if (fallback !== undefined) {
    data.currency = fallback;
    return;
  }
  require('Object').delete(data, 'value');
  log('value left out: no currency (event or Default currency)');
}

export function buildEventData(settings: TagData, tagEvent: string): BuiltEventData {
  const out: BuiltEventData = { data: {}, discounts: [] };
  if (settings.eventName === AUTO || settings.readEcommerce === true) fromGa4(out, tagEvent);
  const fields: [string, unknown][] = [
    ['value', settings.value], ['currency', settings.currency], ['order_id', settings.orderId], ['order_quantity', settings.orderQuantity],
    ['promo_code', settings.promoCode], ['search_query', settings.searchQuery], ['lead_type', settings.leadType], ['video_title', settings.videoTitle],
  ];
  for (let i = 0; i < fields.length; i++) set(out, fields[i][0], fields[i][1]);
  const rows = toList(settings.customProperties);
  for (let i = 0; i < rows.length; i++) {
    const row = fieldsOf(rows[i]);
    const name = toText(row.name);
    if (name !== undefined && isPropertyName(name)) set(out, name, row.value);
  }
  settleValue(out.data, tagEvent, settings.defaultCurrency);
  return out;
}
