/**
 * The track call's event data: GA4 ecommerce from the dataLayer (Automatic mode, or when asked), then
 * the tag's fields, then the custom properties table; later sources win. Junk values are dropped.
 * Values are never invented: a missing value comes from the items only for events whose value is the
 * items' total (pinterest/events.ts valueIsItemTotal), and a value without a currency (event, else the
 * Default currency field) is left out, because Pinterest cannot read an amount in an unknown currency
 * ("currency: ISO-4217", https://help.pinterest.com/en/business/article/add-event-codes).
 */
import { copyFromDataLayer, getType, Object } from '../../../gtm-sandbox/import/web';
import { capiEventFor, valueIsItemTotal } from '../../../pinterest/events';
import { lineItemsTotal, tagDataFromGa4, toCurrency, type TagEventData } from '../../../pinterest/tag-event-data';
import { toInteger, toList, toNumber, toObject, toText } from '../../../pinterest/values';
import { AUTO } from '../../shared/constants';
import { log } from './log';
import type { TagData } from './tag-data';

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
    if (row === undefined || name === undefined) continue;
    const type = getType(row.value);
    if (type !== 'undefined' && type !== 'null' && row.value !== '') out[name] = row.value;
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
  Object.delete(out, 'value');
  log('value left out: the event has no currency and the Default currency field is empty');
}

export function buildEventData(data: TagData, tagEvent: string): TagEventData {
  const fromDataLayer = data.eventName === AUTO || data.readEcommerce === true;
  const out: TagEventData = fromDataLayer
    ? tagDataFromGa4(copyFromDataLayer('ecommerce'), copyFromDataLayer('search_term'), copyFromDataLayer('video_title'))
    : {};
  applyFields(out, data);
  settleValue(out, tagEvent, data.defaultCurrency);
  return out;
}
