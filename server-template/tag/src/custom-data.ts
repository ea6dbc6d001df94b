/**
 * custom_data: from the event (pinterest/capi-custom-data.ts), then the override table, in the API's types.
 * A value needs its currency ("currency: ISO-4217 currency code. If not provided, we will default to the
 * advertiser's currency set during account creation", custom_data in
 * https://developers.pinterest.com/docs/api/v5/events-create): an amount in the wrong currency is worse
 * than none, so without the event's currency or the Default currency field the value is left out.
 */
import { JSON } from '../../../gtm-sandbox/import/server';
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { contentOf, customDataFromEvent, idOf, moneyText, textOf } from '../../../pinterest/capi-custom-data';
import type { CapiContent, CapiCustomData } from '../../../pinterest/capi-types';
import { toCurrency } from '../../../pinterest/tag-event-data';
import { toInteger, toList, toNumber, toObject, toText } from '../../../pinterest/values';
import { CUSTOM_FIELDS } from './choices';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** A list from an array, a JSON array string, or a comma-separated string. */
function listFrom(value: unknown): unknown[] {
  if (toList(value).length > 0) return toList(value);
  const text = toText(value);
  if (text === undefined) return [];
  if (text.charAt(0) === '[') return toList(JSON.parse(text));
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** contents from the table: each entry rebuilt in the API's shape, so no other property or type reaches the request. */
function contentsFrom(value: unknown): CapiContent[] | undefined {
  const out: CapiContent[] = [];
  const list = listFrom(value);
  for (let i = 0; i < list.length; i++) {
    const entry = toObject(list[i]);
    const content = entry === undefined ? undefined
      : contentOf({ id: entry.id, name: entry.item_name, category: entry.item_category, brand: entry.item_brand, price: entry.item_price, quantity: entry.quantity });
    if (content !== undefined) out.push(content);
  }
  return out.length > 0 ? out : undefined;
}

/** An override in the API's type for its field; fields the API's custom_data does not have are ignored. */
function overrideValue(field: string, value: unknown): unknown {
  switch (field) {
    case 'value': { const n = toNumber(value); return n === undefined ? undefined : moneyText(n); }
    case 'currency': return toCurrency(value);
    case 'num_items': { const n = toInteger(value); return n !== undefined && n >= 0 ? n : undefined; }
    case 'content_ids': { const ids = listFrom(value).map(idOf).filter((v) => v !== undefined); return ids.length > 0 ? ids : undefined; }
    case 'contents': return contentsFrom(value);
    case 'opt_out_type': return toText(value) === 'LDP' ? 'LDP' : undefined;
    case 'order_id': return idOf(value);
    default: return CUSTOM_FIELDS.indexOf(field) !== -1 ? textOf(value) : undefined;
  }
}

export function buildCustomData(event: Record<string, unknown>, eventName: string, overrideTable: unknown, defaultCurrency: unknown, note: (message: string) => void): CapiCustomData {
  const out = customDataFromEvent(event, eventName, note);
  const rows = toList(overrideTable);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const field = row === undefined ? undefined : toText(row.field);
    if (row === undefined || field === undefined) continue;
    const value = overrideValue(field, row.value);
    if (value !== undefined) out[field] = value;
  }
  if (out.value !== undefined && out.currency === undefined) {
    const fallback = toCurrency(defaultCurrency);
    if (fallback !== undefined) out.currency = fallback;
    else {
      require('Object').delete(out, 'value');
      note('value left out: the event has no currency and the Default currency field is empty');
    }
  }
  return out;
}
