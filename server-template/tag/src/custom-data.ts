/** custom_data: from the event (pinterest/capi-custom-data.ts), then the override table, in the API's types. */
import { JSON } from '../../../gtm-sandbox/import/server';
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

export function buildCustomData(event: Record<string, unknown>, overrideTable: unknown): CapiCustomData {
  const out = customDataFromEvent(event);
  const rows = toList(overrideTable);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const field = row === undefined ? undefined : toText(row.field);
    if (row === undefined || field === undefined) continue;
    const value = overrideValue(field, row.value);
    if (value !== undefined) out[field] = value;
  }
  return out;
}
