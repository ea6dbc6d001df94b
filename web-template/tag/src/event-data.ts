/**
 * The track call's event data: GA4 ecommerce from the dataLayer (Automatic mode, or when asked), then
 * the tag's fields, then the custom properties table; later sources win. Junk values are dropped.
 * Values are never invented: a missing value comes from the items only for events whose value is the
 * items' total (pinterest/events.ts valueIsItemTotal), and a value without a currency (event, else the
 * Default currency field) is left out, because Pinterest cannot read an amount in an unknown currency
 * ("currency: ISO-4217", https://help.pinterest.com/en/business/article/add-event-codes).
 */
import { copyFromDataLayer } from '../../../gtm-sandbox/import/web';
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { capiEventFor, valueIsItemTotal } from '../../../pinterest/events';
import { isPersonalOrControlText } from '../../../pinterest/personal-data';
import { lineItemsTotal, tagDataFromGa4, toCurrency, type TagEventData, type TagLineItem } from '../../../pinterest/tag-event-data';
import { keysOf, toInteger, toList, toNumber, toObject, toText } from '../../../pinterest/values';
import { AUTO } from '../../shared/constants';
import { log } from './log';
import type { TagData } from './tag-data';

// Object.delete is required on the rare paths that drop a value.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/**
 * A custom property's name as event data keys are written (value, order_id, lead_type, …): a letter or an
 * underscore, then letters, digits and underscores, at most 64. Other names (spaces, "+1 415…", an email)
 * are not property names and are left out.
 */
function isPropertyName(name: string): boolean {
  if (name.length > 64) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

/** Event data values are text, numbers or booleans (pintrk's event data; line_items aside). */
function scalar(value: unknown): unknown {
  const type = typeof value;
  if (type === 'number') return toNumber(value);
  return (type === 'string' && value !== '') || type === 'boolean' ? value : undefined;
}

/** The documented line item fields (https://help.pinterest.com/en/business/article/add-event-codes), each a scalar. */
const LINE_ITEM_FIELDS = ['product_name', 'product_id', 'product_category', 'product_variant', 'product_variant_id', 'product_price', 'product_quantity', 'product_brand'];

function lineItemsFrom(value: unknown): TagLineItem[] | undefined {
  const out: TagLineItem[] = [];
  const list = toList(value);
  for (let i = 0; i < list.length; i++) {
    const item = toObject(list[i]);
    if (item === undefined) continue;
    const line: { [key: string]: unknown } = {};
    for (let j = 0; j < LINE_ITEM_FIELDS.length; j++) {
      const field = scalar(item[LINE_ITEM_FIELDS[j]]);
      if (field !== undefined) line[LINE_ITEM_FIELDS[j]] = field;
    }
    out.push(line as TagLineItem);
  }
  return out.length > 0 ? out : undefined;
}

function applyFields(out: TagEventData, data: TagData): void {
  const value = toNumber(data.value);
  if (value !== undefined) out.value = value;
  const currency = toCurrency(data.currency);
  if (currency !== undefined) out.currency = currency;
  const quantity = toInteger(data.orderQuantity);
  if (quantity !== undefined && quantity >= 0) out.order_quantity = quantity;
  const texts: [string, unknown][] = [
    ['order_id', data.orderId], ['promo_code', data.promoCode], ['search_query', data.searchQuery],
    ['lead_type', data.leadType], ['video_title', data.videoTitle],
  ];
  for (let i = 0; i < texts.length; i++) {
    const text = toText(texts[i][1]);
    if (text !== undefined) out[texts[i][0]] = text;
  }
  const rows = toList(data.customProperties);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const name = row === undefined ? undefined : toText(row.name);
    if (row === undefined || name === undefined || !isPropertyName(name)) continue;
    const value = name === 'line_items' ? lineItemsFrom(row.value) : scalar(row.value);
    if (value !== undefined) out[name] = value;
  }
}

/** Completes value and currency by the rules above. */
function settleValue(out: TagEventData, tagEvent: string, defaultCurrency: unknown): void {
  if (out.value === undefined && out.line_items !== undefined && valueIsItemTotal(capiEventFor(tagEvent))) {
    const total = lineItemsTotal(out.line_items);
    if (total !== undefined) {
      out.value = total;
      log('value computed from the items (price × quantity): ' + total);
    }
  }
  if (out.value === undefined || out.currency !== undefined) return;
  const fallback = toCurrency(defaultCurrency);
  if (fallback !== undefined) {
    out.currency = fallback;
    return;
  }
  require('Object').delete(out, 'value');
  log('value left out: the event has no currency and the Default currency field is empty');
}

/**
 * Leaves out text that is raw contact data or holds control characters, in the event data and in each line
 * item: Pinterest's event data carries no personal data in clear (Enhanced Match is hashed,
 * https://help.pinterest.com/en/business/article/enhanced-match), whatever a dataLayer or a field holds.
 */
function withoutPersonalData(out: { [key: string]: unknown }): number {
  let dropped = 0;
  const keys = keysOf(out);
  for (let i = 0; i < keys.length; i++) {
    const value = out[keys[i]];
    if (typeof value === 'string' && isPersonalOrControlText(value)) {
      require('Object').delete(out, keys[i]);
      dropped++;
    } else if (keys[i] === 'line_items') {
      // Always built here (tagDataFromGa4, lineItemsFrom): an array of plain objects, so no type question is asked.
      const lines = value as { [key: string]: unknown }[];
      for (let j = 0; j < lines.length; j++) dropped += withoutPersonalData(lines[j]);
    }
  }
  return dropped;
}

export function buildEventData(data: TagData, tagEvent: string): TagEventData {
  const fromDataLayer = data.eventName === AUTO || data.readEcommerce === true;
  const out: TagEventData = fromDataLayer
    ? tagDataFromGa4(copyFromDataLayer('ecommerce'), copyFromDataLayer('search_term'), copyFromDataLayer('video_title'))
    : {};
  applyFields(out, data);
  const dropped = withoutPersonalData(out);
  if (dropped > 0) log('left out ' + dropped + ' event data value(s) that look like an email address, a phone number or hold control characters');
  settleValue(out, tagEvent, data.defaultCurrency);
  return out;
}
