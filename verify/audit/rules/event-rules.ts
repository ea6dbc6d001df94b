/**
 * Each tracked event against Pinterest's event data spec ("Add event codes",
 * https://help.pinterest.com/en/business/article/add-event-codes; pinterest-api.md §3.4): a standard or
 * advertiser-defined name, `value` a number, `currency` ISO 4217, documented parameter types,
 * `line_items` objects with a `product_id`, and for checkout the value, currency, order_id and product
 * IDs that Pinterest's conversion reporting and catalog sales campaigns need.
 */
import { TAG_EVENTS, isCustomEventName, tagEventFor } from '../../../pinterest/events';
import { finding, type Finding } from '../findings';
import { isPlainObject, type TrackedEvent } from '../page-commands';
import { at, shown, type RuleContext } from './context';

/** ISO 4217 codes in use, from Node's ICU data (https://www.iso.org/iso-4217-currency-codes.html). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const TEXT_PARAMS = ['order_id', 'promo_code', 'property', 'search_query', 'video_title', 'lead_type', 'page_name', 'event_id'];
/** Documented event data; `np` is the partner name Pinterest's own GTM template adds (pinterest-api.md §3.4). */
const KNOWN_PARAMS = new Set(['value', 'order_quantity', 'currency', 'line_items', 'np', ...TEXT_PARAMS]);
const LINE_TEXT = ['product_name', 'product_category', 'product_variant', 'product_variant_id', 'product_brand'];
const isText = (v: unknown): boolean => typeof v === 'string';
const isIdLike = (v: unknown): boolean => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));

function nameFindings(e: TrackedEvent, where: ReturnType<typeof at>): Finding[] {
  if (TAG_EVENTS.includes(e.name)) return [];
  const standard = tagEventFor(e.name);
  if (standard !== undefined) return [finding('event-name-invalid', `${shown(e.rawName)} is not a Pinterest tag event; use "${standard}"`, where)];
  if (!isCustomEventName(e.rawName.trim())) return [finding('event-name-invalid', `${shown(e.rawName)} is not a valid event name (letters and underscores only)`, where)];
  return [finding('event-name-custom', `${shown(e.rawName)} is an advertiser-defined event`, where)];
}

function lineItemFindings(items: unknown, where: ReturnType<typeof at>): Finding[] {
  if (!Array.isArray(items)) return [finding('line-items-invalid', `line_items is ${shown(items)}, not a list`, where)];
  const out: Finding[] = [];
  items.slice(0, 200).forEach((item, i) => {
    if (!isPlainObject(item)) { out.push(finding('line-items-invalid', `line_items[${i}] is not an object`, where)); return; }
    const bad: string[] = [];
    if (item.product_id === undefined || item.product_id === null || item.product_id === '') out.push(finding('product-id-missing', `line_items[${i}] has no product_id`, where));
    else if (!isIdLike(item.product_id)) bad.push('product_id must be text');
    for (const field of LINE_TEXT) if (item[field] !== undefined && !isText(item[field])) bad.push(`${field} must be text`);
    if (item.product_price !== undefined && !(typeof item.product_price === 'number' && Number.isFinite(item.product_price))) bad.push(`product_price is ${shown(item.product_price)}, not a number`);
    if (item.product_quantity !== undefined && !Number.isInteger(item.product_quantity)) bad.push(`product_quantity is ${shown(item.product_quantity)}, not a whole number`);
    if (bad.length > 0) out.push(finding('line-items-invalid', `line_items[${i}]: ${bad.join('; ')}`, where));
  });
  return out;
}

function dataFindings(e: TrackedEvent, data: Record<string, unknown>, where: ReturnType<typeof at>): Finding[] {
  const out: Finding[] = [];
  const has = (key: string): boolean => data[key] !== undefined && data[key] !== null && data[key] !== '';
  if (has('value') && !(typeof data.value === 'number' && Number.isFinite(data.value))) out.push(finding('value-not-number', `value is ${shown(data.value)}`, where));
  if (has('currency') && !(typeof data.currency === 'string' && CURRENCIES.has(data.currency))) {
    const upper = typeof data.currency === 'string' && CURRENCIES.has(data.currency.trim().toUpperCase()) ? `; write "${data.currency.trim().toUpperCase()}"` : '';
    out.push(finding('currency-invalid', `currency ${shown(data.currency)} is not an ISO 4217 code${upper}`, where));
  }
  if (has('order_quantity') && !Number.isInteger(data.order_quantity)) out.push(finding('param-type-invalid', `order_quantity is ${shown(data.order_quantity)}, not a whole number`, where));
  for (const key of TEXT_PARAMS) {
    if (has(key) && !(isText(data[key]) || (key === 'order_id' && isIdLike(data[key])))) out.push(finding('param-type-invalid', `${key} is ${shown(data[key])}, not text`, where));
  }
  if (data.line_items !== undefined) out.push(...lineItemFindings(data.line_items, where));
  const unknown = Object.keys(data).filter((k) => !KNOWN_PARAMS.has(k));
  if (unknown.length > 0) out.push(finding('param-unknown', `undocumented parameters: ${unknown.slice(0, 10).map((k) => shown(k)).join(', ')}`, where));
  const noItems = data.line_items === undefined || data.line_items === null || (Array.isArray(data.line_items) && data.line_items.length === 0);
  if (e.name === 'checkout') {
    if (!has('order_id')) out.push(finding('checkout-order-id-missing', 'checkout without order_id', where));
    if (!has('value')) out.push(finding('checkout-value-missing', 'checkout without value', where));
    if (!has('currency')) out.push(finding('checkout-currency-missing', 'checkout without currency', where));
    // Line items that are there but wrong are line-items-invalid or product-id-missing, not this.
    if (noItems) out.push(finding('checkout-products-missing', 'checkout without line items', where));
  } else if (has('value') && !has('currency')) {
    out.push(finding('currency-missing', `${shown(e.rawName)} has a value but no currency`, where));
  }
  return out;
}

export function eventRules(ctx: RuleContext): Finding[] {
  return ctx.events.filter((e) => e.kind === 'track').flatMap((e) => {
    const view = ctx.views[e.page];
    const where = at(view, e.rawName.slice(0, 60));
    const command = ctx.commands[e.page][e.index].command;
    const raw = command.kind === 'track' ? command.data : undefined;
    const out = nameFindings(e, where);
    if (raw !== undefined && !isPlainObject(raw)) return [...out, finding('event-data-invalid', `event data is ${shown(raw)}`, where)];
    if (e.data !== undefined) out.push(...dataFindings(e, e.data, where));
    else if (e.name === 'checkout') out.push(...dataFindings(e, {}, where));
    return out;
  });
}
