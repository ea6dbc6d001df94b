/**
 * The track call's event data: GA4 ecommerce from the dataLayer (Automatic mode, or when asked), then
 * the tag's fields, then the custom properties table; later sources win. Junk values are dropped.
 */
import { copyFromDataLayer, getType } from '../../../gtm-sandbox/import/web';
import { tagDataFromGa4, toCurrency, type TagEventData } from '../../../pinterest/tag-event-data';
import { toInteger, toList, toNumber, toObject, toText } from '../../../pinterest/values';
import { AUTO } from '../../shared/constants';
import type { TagData } from './tag-data';

export function buildEventData(data: TagData): TagEventData {
  const fromDataLayer = data.eventName === AUTO || data.readEcommerce === true;
  const out: TagEventData = fromDataLayer
    ? tagDataFromGa4(copyFromDataLayer('ecommerce'), copyFromDataLayer('search_term'), copyFromDataLayer('video_title'))
    : {};
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
  return out;
}
