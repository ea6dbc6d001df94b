/**
 * A validated ForwardedEvent as server event data that the Conversions API tag (and other tags) read
 * without extra settings: common event data keys (event_name, page_location, ip_override, user_agent,
 * currency, value, transaction_id, items, search_term; https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data),
 * user_data with its hashes kept hashed, the click id, the consent state and our source marker.
 *
 * Reserved keys (docs/event-protocol.md, "Event data produced"): every key written here comes from a
 * protocol field checked for it, or from the request itself. Advertiser-defined custom properties go
 * under CUSTOM_PROPERTY_PREFIX, so `custom_data.ip_override` can never replace the request's address.
 */
import {
  CONSENT_KEYS, CONSENT_STATE_KEY, CUSTOM_NUMBER_KEYS, CUSTOM_PROPERTY_PREFIX, CUSTOM_TEXT_KEYS, SOURCE_CLIENT, SOURCE_KEY, type ForwardedEvent,
} from './forwarding-protocol';
import { withoutQuery } from './text-rules';
import { keysOf, toList, toObject } from './values';

/** custom_data fields with a defined meaning, and the event data key each becomes. */
const DEFINED: { [wire: string]: string } = {
  value: 'value', currency: 'currency', order_id: 'transaction_id', search_query: 'search_term', promo_code: 'coupon',
  lead_type: 'lead_type', video_title: 'video_title',
};

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
    if (line.product_discount !== undefined) item.discount = line.product_discount;
    out.push(item);
  }
  return out;
}

/** What the client knows from the request and its own clock, already checked (server-template/client/src/request-facts.ts). */
export interface RequestFacts { ip: string | undefined; userAgent: string | undefined; now: number }

export function eventDataFromForwarded(event: ForwardedEvent, request: RequestFacts): Record<string, unknown> {
  const out: Record<string, unknown> = { event_name: event.event_name, event_id: event.event_id };
  // The server's clock bounds every time: a far-future event_time must not outrank real events.
  if (event.event_time !== undefined) out.event_time = event.event_time > request.now ? request.now : event.event_time;
  if (event.page_location !== undefined) out.page_location = withoutQuery(event.page_location);
  if (event.page_referrer !== undefined) out.page_referrer = withoutQuery(event.page_referrer);
  if (request.ip !== undefined) out.ip_override = request.ip;
  if (request.userAgent !== undefined) out.user_agent = request.userAgent;
  if (event.click_id !== undefined) out.click_id = event.click_id;
  if (event.opt_out_type === 'LDP') out.opt_out_type = 'LDP';
  const custom = toObject(event.custom_data) ?? {};
  const keys = keysOf(custom);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === 'line_items') out.items = ga4Items(custom.line_items);
    else if (DEFINED.hasOwnProperty(key)) out[DEFINED[key]] = custom[key];
    else if (CUSTOM_NUMBER_KEYS.indexOf(key) === -1 && CUSTOM_TEXT_KEYS.indexOf(key) === -1) out[CUSTOM_PROPERTY_PREFIX + key] = custom[key];
  }
  const user = toObject(event.user_data);
  if (user !== undefined && keysOf(user).length > 0) out.user_data = user;
  const consent = toObject(event.consent) ?? {};
  const state: Record<string, unknown> = {};
  for (let i = 0; i < CONSENT_KEYS.length; i++) if (consent[CONSENT_KEYS[i]] !== undefined) state[CONSENT_KEYS[i]] = consent[CONSENT_KEYS[i]];
  if (keysOf(state).length > 0) out[CONSENT_STATE_KEY] = state;
  out[SOURCE_KEY] = SOURCE_CLIENT;
  return out;
}
