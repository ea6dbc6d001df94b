/**
 * custom_data: from the event (pinterest/capi-custom-data.ts), then the override table, in the API's types.
 * A value needs its currency ("currency: ISO-4217 currency code. If not provided, we will default to the
 * advertiser's currency set during account creation", custom_data in
 * https://developers.pinterest.com/docs/api/v5/events-create): an amount in the wrong currency is worse
 * than none, so without the event's currency or the Default currency field the value is left out.
 */
import { JSON } from '../../../gtm-sandbox/import/server';
import { CONTENT_KEYS, contentOf, customDataFromEvent, idOf, moneyText, objectsOf, textOf } from '../../../pinterest/capi-custom-data';
import type { CapiCustomData } from '../../../pinterest/capi-types';
import { toCurrency } from '../../../pinterest/tag-event-data';
import { fieldsOf, isList, toInteger, toList, toNumber, toText } from '../../../pinterest/values';
import { CUSTOM_TEXT_FIELDS } from './choices';
import type { Note } from './notes';

/** A list from an array, a JSON array string, or a comma-separated string (each part is trimmed, and an empty one left out, as an id). */
function listFrom(value: unknown): unknown[] {
  if (isList(value)) return toList(value);
  const text = toText(value);
  if (text === undefined) return [];
  return text.charAt(0) === '[' ? toList(JSON.parse(text)) : text.split(',');
}

/** An override in the API's type for its field; fields the API's custom_data does not have are ignored. */
function overrideValue(field: string, value: unknown): unknown {
  const n = toNumber(value);
  switch (field) {
    case 'value': return n === undefined ? undefined : moneyText(n);
    case 'currency': return toCurrency(value);
    case 'num_items': { const count = toInteger(value); return count !== undefined && count >= 0 ? count : undefined; }
    case 'content_ids':
    case 'contents': {
      // Ids as identifiers; contents rebuilt in the API's shape, so no other property or type reaches the request.
      const list = listFrom(value);
      const kept = (field === 'contents' ? objectsOf(list).map((entry) => contentOf(entry, CONTENT_KEYS.split(' '))) : list.map(idOf)).filter((each) => each !== undefined);
      return kept.length > 0 ? kept : undefined;
    }
    case 'opt_out_type': return toText(value) === 'LDP' ? 'LDP' : undefined;
    case 'order_id': return idOf(value);
    default: return CUSTOM_TEXT_FIELDS.indexOf(field) !== -1 ? textOf(value) : undefined;
  }
}

export function buildCustomData(event: Record<string, unknown>, eventName: string, overrideTable: unknown, defaultCurrency: unknown, note: Note): CapiCustomData {
  const out = customDataFromEvent(event, eventName, (message) => note(message));
  const rows = toList(overrideTable);
  for (let i = 0; i < rows.length; i++) {
    const row = fieldsOf(rows[i]);
    const field = toText(row.field);
    const value = field === undefined ? undefined : overrideValue(field, row.value);
    if (value !== undefined) out[field as string] = value;
  }
  if (out.value !== undefined && out.currency === undefined) {
    const fallback = toCurrency(defaultCurrency);
    if (fallback !== undefined) out.currency = fallback;
    else {
      out.value = undefined;
      note('value left out: no currency, and no Default currency');
    }
  }
  return out;
}
