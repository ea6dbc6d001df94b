/**
 * A validated ForwardedEvent as server event data that the Conversions API tag (and other tags) read
 * without extra settings: common event data keys (event_name, page_location, ip_override, user_agent,
 * currency, value, transaction_id, items, search_term; https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data),
 * user_data with its hashes kept hashed, the click id, and the other custom properties as they are.
 */
import { Object } from '../gtm-sandbox/import/common';
import type { ForwardedEvent } from './forwarding-protocol';
import { toList, toObject } from './values';

const RENAMED: { [wire: string]: string } = { order_id: 'transaction_id', search_query: 'search_term', promo_code: 'coupon' };

function ga4Items(lineItems: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const lines = toList(lineItems);
  for (let i = 0; i < lines.length; i++) {
    const line = toObject(lines[i]) ?? {};
    const item: Record<string, unknown> = {};
    if (line.product_id !== undefined) item.item_id = line.product_id;
    if (line.product_name !== undefined) item.item_name = line.product_name;
    if (line.product_category !== undefined) item.item_category = line.product_category;
    if (line.product_variant !== undefined) item.item_variant = line.product_variant;
    if (line.product_brand !== undefined) item.item_brand = line.product_brand;
    if (line.product_price !== undefined) item.price = line.product_price;
    if (line.product_quantity !== undefined) item.quantity = line.product_quantity;
    out.push(item);
  }
  return out;
}

export interface RequestFacts { ip: string | undefined; userAgent: string | undefined }

export function eventDataFromForwarded(event: ForwardedEvent, request: RequestFacts): Record<string, unknown> {
  const out: Record<string, unknown> = { event_name: event.event_name, event_id: event.event_id };
  if (event.event_time !== undefined) out.event_time = event.event_time;
  if (event.page_location !== undefined) out.page_location = event.page_location;
  if (event.page_referrer !== undefined) out.page_referrer = event.page_referrer;
  if (request.ip !== undefined) out.ip_override = request.ip;
  if (request.userAgent !== undefined) out.user_agent = request.userAgent;
  if (event.click_id !== undefined) out.click_id = event.click_id;
  if (event.opt_out_type === 'LDP') out.opt_out_type = 'LDP';
  const custom = toObject(event.custom_data) ?? {};
  const keys = Object.keys(custom);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === 'line_items') out.items = ga4Items(custom.line_items);
    else if (key !== 'order_quantity') out[RENAMED.hasOwnProperty(key) ? RENAMED[key] : key] = custom[key];
  }
  const user = toObject(event.user_data);
  if (user !== undefined && Object.keys(user).length > 0) out.user_data = user;
  return out;
}
