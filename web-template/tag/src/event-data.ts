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
import { lineItemOf, lineItemsFromGa4, lineItemsTotal, toCurrency, totalQuantity, type LineItems, type TagEventData } from '../../../pinterest/tag-event-data';
import { freeText, idText } from '../../../pinterest/text-rules';
import { toInteger, toList, toNumber, toText } from '../../../pinterest/values';
import { AUTO } from '../../shared/constants';
import { log } from './log';
import type { TagData } from './tag-data';

// Object.delete is required on the rare path that drops a value.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The event data, and each line item's unit discount for server forwarding (pinterest/tag-event-data.ts LineItems). */
export interface BuiltEventData { data: TagEventData; discounts: (number | undefined)[] }

const text = (value: unknown): string | undefined => freeText(value, TEXT_LIMIT);
const id = (value: unknown): string | undefined => idText(value, TEXT_LIMIT);

/** Each defined field's reader: the same for the tag's fields, GA4 data and custom properties of that name. */
const READERS: { [field: string]: (value: unknown) => unknown } = {
  value: toNumber, currency: toCurrency, order_id: id, event_id: id, order_quantity: (v) => { const n = toInteger(v); return n !== undefined && n >= 0 ? n : undefined; },
  promo_code: text, search_query: text, lead_type: text, video_title: text,
};

/**
 * A custom property's name as event data keys are written (value, order_id, lead_type, …): a letter or an
 * underscore, then letters, digits and underscores, at most 64 (the protocol's rule, docs/event-protocol.md).
 */
function isPropertyName(name: string): boolean {
  if (name.length > CUSTOM_KEY_LENGTH) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

/** A line_items value in the tag's shape (from a variable): each entry rebuilt field by field. */
function lineItemsFrom(value: unknown): LineItems {
  const out: LineItems = { lines: [], discounts: [] };
  const list = toList(value);
  for (let i = 0; i < list.length; i++) {
    const item = (typeof list[i] === 'object' && list[i] !== null ? list[i] : {}) as Record<string, unknown>;
    const line = lineItemOf(item.product_id, item.product_name, item.product_category, item.product_variant, item.product_variant_id, item.product_brand, item.product_price, item.product_quantity);
    if (line !== undefined) {
      out.lines.push(line);
      out.discounts.push(undefined);
    }
  }
  return out;
}

function set(out: BuiltEventData, key: string, value: unknown): void {
  if (key === 'line_items') {
    const items = lineItemsFrom(value);
    if (items.lines.length > 0) { out.data.line_items = items.lines; out.discounts = items.discounts; }
    return;
  }
  const read = READERS.hasOwnProperty(key) ? READERS[key] : undefined;
  const type = typeof value;
  const typed = read !== undefined ? read(value) : type === 'string' ? text(value) : type === 'number' ? toNumber(value) : type === 'boolean' ? value : undefined;
  if (typed !== undefined) out.data[key] = typed;
}

/** GA4 ecommerce of the pushed event, and its search_term or video_title for search and video events. */
function fromGa4(out: BuiltEventData, tagEvent: string): void {
  const ecommerce = copyFromDataLayer('ecommerce');
  // Read field by field: any other value (an array, a string) has none of these fields.
  const e = (typeof ecommerce === 'object' && ecommerce !== null ? ecommerce : {}) as Record<string, unknown>;
  const items = lineItemsFromGa4(e.items);
  const first = toList(e.items)[0];
  set(out, 'value', e.value);
  set(out, 'currency', toCurrency(e.currency) ?? (typeof first === 'object' && first !== null ? (first as Record<string, unknown>).currency : undefined));
  set(out, 'order_id', e.transaction_id);
  set(out, 'promo_code', e.coupon);
  if (items.lines.length > 0) {
    out.data.line_items = items.lines;
    out.data.order_quantity = totalQuantity(items.lines);
    out.discounts = items.discounts;
  }
  if (tagEvent === 'search') set(out, 'search_query', copyFromDataLayer('search_term'));
  if (tagEvent === 'watchvideo') set(out, 'video_title', copyFromDataLayer('video_title'));
}

/** Completes value and currency by the rules above. */
function settleValue(data: TagEventData, tagEvent: string, defaultCurrency: unknown): void {
  if (data.value === undefined && data.line_items !== undefined && valueIsItemTotal(capiEventFor(tagEvent))) {
    const total = lineItemsTotal(data.line_items);
    if (total !== undefined) {
      data.value = total;
      log('value computed from the items (price × quantity): ' + total);
    }
  }
  if (data.value === undefined || data.currency !== undefined) return;
  const fallback = toCurrency(defaultCurrency);
  if (fallback !== undefined) {
    data.currency = fallback;
    return;
  }
  require('Object').delete(data, 'value');
  log('value left out: the event has no currency and the Default currency field is empty');
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
    const row = (typeof rows[i] === 'object' && rows[i] !== null ? rows[i] : {}) as Record<string, unknown>;
    const name = toText(row.name);
    if (name !== undefined && isPropertyName(name)) set(out, name, row.value);
  }
  settleValue(out.data, tagEvent, settings.defaultCurrency);
  return out;
}
