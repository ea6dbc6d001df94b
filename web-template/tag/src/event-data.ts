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
import { capiEventFor, valueIsItemTotal } from '../../../pinterest/events';
import type { ForwardedLineItem } from '../../../pinterest/forwarding-protocol';
import { GA4_ITEM_FIELDS, idOf, lineItems, lineItemsTotal, textOf, toCurrency, totalQuantity, type TagEventData } from '../../../pinterest/tag-event-data';
import { fieldsOf, toInteger, toList, toNumber, toText } from '../../../pinterest/values';
import { AUTO } from '../../shared/constants';
import { log } from './log';
import type { TagData } from './tag-data';

/** The event data, and its line items in the forwarding protocol's form (pinterest/tag-event-data.ts LineItems). */
export interface BuiltEventData { data: TagEventData; wire: ForwardedLineItem[] }

/**
 * Custom properties read per event: the forwarding protocol takes 50 event data keys (CUSTOM_KEYS_LIMIT), and
 * the tag's own are 9 besides the event_id, so 40 always fit. Later rows are left out, for pintrk too, and logged.
 */
export const CUSTOM_PROPERTIES_LIMIT = 40;

/** Each defined field's reader: the same for the tag's fields, GA4 data and custom properties of that name. */
const READERS: { [field: string]: (value: unknown) => unknown } = {
  value: toNumber, currency: toCurrency, order_id: idOf, event_id: idOf,
  order_quantity: (v) => { const n = toInteger(v); return n !== undefined && n >= 0 ? n : undefined; },
  promo_code: textOf, search_query: textOf, lead_type: textOf, video_title: textOf,
};

/**
 * A custom property's name as event data keys are written (value, order_id, lead_type, …): a letter or an
 * underscore, then letters, digits and underscores, at most 64 (the protocol's rule, docs/event-protocol.md).
 */
const isPropertyName = (name: string): boolean => !!name.match('^[A-Za-z_]\\w{0,63}$');

export function buildEventData(settings: TagData, tagEvent: string): BuiltEventData {
  const data: TagEventData = {};
  const built: BuiltEventData = { data: data, wire: [] };
  // The value is settled last (below), so that a value that cannot be sent is never set.
  let value: number | undefined;
  const setLines = (items: unknown[], names: string[] | undefined, discount: string): void => {
    const read = lineItems(items, names, discount);
    if (read.lines.length === 0) return;
    data.line_items = read.lines;
    built.wire = read.wire;
  };
  // Sets a field by its reader (any other name: a boolean, a number, or text without an email address), unless it has no usable value.
  const set = (key: string, raw: unknown): void => {
    if (key === 'line_items') return setLines(toList(raw), undefined, '');
    const type = typeof raw;
    const typed = READERS.hasOwnProperty(key) ? READERS[key](raw) : type === 'boolean' ? raw : type === 'number' ? toNumber(raw) : textOf(raw);
    if (typed === undefined) return;
    if (key === 'value') value = typed as number;
    else data[key] = typed;
  };
  // Read unless turned off (its default is on), and always in Automatic mode (the Event field's default).
  if (settings.readEcommerce !== false || (toText(settings.eventName) || AUTO) === AUTO) {
    const ecommerce = fieldsOf(copyFromDataLayer('ecommerce'));
    const items = toList(ecommerce.items);
    set('value', ecommerce.value);
    // The event's currency, else the first item's (GA4 items may carry their own).
    set('currency', toCurrency(ecommerce.currency) || fieldsOf(items[0]).currency);
    set('order_id', ecommerce.transaction_id);
    set('promo_code', ecommerce.coupon);
    setLines(items, GA4_ITEM_FIELDS, 'discount');
    if (data.line_items) data.order_quantity = totalQuantity(data.line_items);
    if (tagEvent === 'search') set('search_query', copyFromDataLayer('search_term'));
    if (tagEvent === 'watchvideo') set('video_title', copyFromDataLayer('video_title'));
  }
  set('value', settings.value);
  set('currency', settings.currency);
  set('order_id', settings.orderId);
  set('order_quantity', settings.orderQuantity);
  set('promo_code', settings.promoCode);
  set('search_query', settings.searchQuery);
  set('lead_type', settings.leadType);
  set('video_title', settings.videoTitle);
  const rows = toList(settings.customProperties);
  for (let i = 0; i < rows.length; i++) {
    if (i === CUSTOM_PROPERTIES_LIMIT) {
      log('custom properties over ' + CUSTOM_PROPERTIES_LIMIT + ' left out');
      break;
    }
    const row = fieldsOf(rows[i]);
    const name = toText(row.name);
    if (name && isPropertyName(name)) set(name, row.value);
  }
  // The items' total is the value Tag Helper shows; README, "Events", says when it is computed.
  if (value === undefined && data.line_items && valueIsItemTotal(capiEventFor(tagEvent))) value = lineItemsTotal(data.line_items);
  if (value === undefined) return built;
  const currency = data.currency || toCurrency(settings.defaultCurrency);
  if (!currency) log('value left out: no currency');
  else {
    data.currency = currency;
    data.value = value;
  }
  return built;
}
