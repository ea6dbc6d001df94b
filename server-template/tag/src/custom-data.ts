/**
 * custom_data: from the event (pinterest/capi-custom-data.ts), then the override table, in the API's types.
 * A value needs its currency ("currency: ISO-4217 currency code. If not provided, we will default to the
 * advertiser's currency set during account creation", custom_data in
 * https://developers.pinterest.com/docs/api/v5/events-create): an amount in the wrong currency is worse
 * than none, so without the event's currency or the Default currency field the value is left out.
 */
import { JSON, Object } from '../../../gtm-sandbox/import/server';
import { customDataFromEvent, moneyText } from '../../../pinterest/capi-custom-data';
import type { CapiCustomData } from '../../../pinterest/capi-types';
import { toCurrency } from '../../../pinterest/tag-event-data';
import { toInteger, toList, toNumber, toObject, toText } from '../../../pinterest/values';

/** A list from an array, a JSON array string, or a comma-separated string. */
function listFrom(value: unknown): unknown[] {
  if (toList(value).length > 0) return toList(value);
  const text = toText(value);
  if (text === undefined) return [];
  if (text.charAt(0) === '[') return toList(JSON.parse(text));
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

function overrideValue(field: string, value: unknown): unknown {
  switch (field) {
    case 'value': { const n = toNumber(value); return n === undefined ? undefined : moneyText(n); }
    case 'currency': return toCurrency(value);
    case 'num_items': return toInteger(value);
    case 'content_ids': { const ids = listFrom(value).map((v) => toText(v)).filter((v) => v !== undefined); return ids.length > 0 ? ids : undefined; }
    case 'contents': { const list = listFrom(value).filter((v) => toObject(v) !== undefined); return list.length > 0 ? list : undefined; }
    default: return toText(value);
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
      Object.delete(out, 'value');
      note('value left out: the event has no currency and the Default currency field is empty');
    }
  }
  return out;
}
