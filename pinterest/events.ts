/**
 * Pinterest's event names, once: the tag's names, their Conversions API names, and what each GA4 event
 * means for Pinterest (a conversion, the page visit of a page view, or nothing). Sources: "Track conversions
 * with the API" and "Add event codes" (https://developers.pinterest.com/docs/api-features/conversion-overview/,
 * https://help.pinterest.com/en/business/article/add-event-codes), Google's GA4 event reference
 * (https://developers.google.com/analytics/devguides/collection/ga4/reference/events) and its automatically
 * collected events (https://support.google.com/analytics/answer/9234069).
 *
 * Every template compiles these tables in, so they are written once as text ("key=value" entries, or "key"
 * when both are the same, space-separated) and read with indexOf: a few hundred bytes instead of object
 * literals. Why each row is what it is lives in pinterest/event-table.ts, for the README and the tooling;
 * no template carries the reasons (README, "Events").
 */

/**
 * A GA4 (or GTM) page event: the page visit of the page view it belongs to, sent once per page view as
 * `pintrk('track', 'pagevisit', {event_id})` (pinterest/event-id.ts gives every page event of one page view
 * the same id). Not a Pinterest event name: incoming events named `page` mean nothing.
 */
export const PAGE = 'page';

/**
 * Every standard event, by its Conversions API event_name; the tag's name is the same without underscores
 * ("add_to_cart" ↔ "addtocart"; "Name in API" / "Name in Tag", developers.pinterest.com/docs/conversions/best/).
 */
const API_NAMES = 'page_visit view_category search add_to_cart checkout signup lead watch_video custom add_payment_info add_to_wishlist '
  + 'initiate_checkout subscribe view_content contact customize_product find_location schedule start_trial submit_application';

/**
 * GA4 (or GTM page) event → API event (or PAGE), written once when both are the same. One search is one
 * Search: GA4's enhanced measurement sends view_search_results on every results page beside the site's own
 * `search`, so only `search` maps (as Pinterest's own server template maps it, github.com/pinterest/ss-gtm-template).
 */
const GA4_EVENTS = 'page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=page_visit view_item_list=view_category select_item=view_content '
  + 'select_promotion=view_content view_promotion=view_content search add_to_cart add_to_wishlist begin_checkout=initiate_checkout add_payment_info '
  + 'purchase=checkout generate_lead=lead sign_up=signup video_start=watch_video';

/** GA4 events that are not a conversion Pinterest counts: skipped on both sides (reasons: pinterest/event-table.ts). */
const NOT_CONVERSIONS = 'view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead '
  + 'close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete '
  + 'ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit '
  + 'session_start user_engagement scroll click file_download form_start form_submit';

/**
 * The value of `key` in a table ("key=value" → value, "key" → key), or undefined. Keys are event names:
 * a key holding a space or "=" can be in no table, so it is never searched.
 */
function entry(table: string, key: string): string | undefined {
  if (key === '' || key.indexOf(' ') !== -1 || key.indexOf('=') !== -1) return undefined;
  const text = ' ' + table + ' ';
  const at = text.indexOf(' ' + key + '=');
  if (at !== -1) {
    const start = at + key.length + 2;
    return text.slice(start, text.indexOf(' ', start));
  }
  return text.indexOf(' ' + key + ' ') !== -1 ? key : undefined;
}

/** The table's entries as key → value, for the tooling (Node) and the README. */
function entries(table: string): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  const list = table.split(' ');
  for (let i = 0; i < list.length; i++) {
    const pair = list[i].split('=');
    out[pair[0]] = pair.length > 1 ? pair[1] : pair[0];
  }
  return out;
}

/** The tag's name of an API event name: the same without underscores. */
const tagNameOf = (apiName: string): string => apiName.split('_').join('');

/** Every standard tag event, in the order the tag's menu lists them. Built on demand: no template reads it. */
export const TAG_EVENTS: string[] = /* @__PURE__ */ API_NAMES.split(' ').map(tagNameOf);
/** Tag event → API name, as an object, for the tooling. */
export const TAG_TO_CAPI: { [tagName: string]: string } = /* @__PURE__ */ tagToCapi();
/** GA4 event → tag event (or PAGE), for the tooling and the README. */
export const GA4_TO_TAG: { [ga4: string]: string } = /* @__PURE__ */ ga4ToTag();

function tagToCapi(): { [tagName: string]: string } {
  const out: { [tagName: string]: string } = {};
  const names = API_NAMES.split(' ');
  for (let i = 0; i < names.length; i++) out[tagNameOf(names[i])] = names[i];
  return out;
}

function ga4ToTag(): { [ga4: string]: string } {
  const out = entries(GA4_EVENTS);
  for (const ga4 in out) if (out[ga4] !== PAGE) out[ga4] = tagNameOf(out[ga4]);
  return out;
}
/** GA4 events that are not conversions, for the tooling and the README. */
export const NOT_CONVERSION_EVENTS: string[] = /* @__PURE__ */ NOT_CONVERSIONS.split(' ');

/** What an incoming event means: a tag event name (or PAGE), or that it is not a conversion; neither when unknown. */
export interface EventMeaning { tag?: string; skip?: string }

/** The API name of a tag or API event name, or undefined when it is neither. */
function apiNameOf(name: string): string | undefined {
  if (entry(API_NAMES, name) !== undefined) return name;
  // A tag name: the API name that reads the same without underscores ("addtocart" → "add_to_cart").
  const names = API_NAMES.split(' ');
  for (let i = 0; i < names.length; i++) if (tagNameOf(names[i]) === name) return names[i];
  return undefined;
}

/** The tag event of a GA4, GTM, Pinterest tag or Pinterest API event name (its key: trimmed, lower-case). */
function tagEventOfKey(key: string): string | undefined {
  const mapped = entry(GA4_EVENTS, key);
  if (mapped === PAGE) return PAGE;
  const api = mapped ?? apiNameOf(key);
  return api === undefined ? undefined : tagNameOf(api);
}

/** The meaning of a GA4, GTM, Pinterest tag or Pinterest API event name (case-insensitive); `{}` when it is none of these. */
export function eventMeaning(name: string | undefined): EventMeaning {
  if (name === undefined) return {};
  const key = name.trim().toLowerCase();
  if (entry(NOT_CONVERSIONS, key) !== undefined) return { skip: key + ' is not a conversion Pinterest counts (README, event table)' };
  const tag = tagEventOfKey(key);
  return tag === undefined ? {} : { tag: tag };
}

/** Tag event name (or PAGE) for an event name, or undefined when it has none (unknown, or not a conversion). */
export function tagEventFor(name: string | undefined): string | undefined {
  return name === undefined ? undefined : tagEventOfKey(name.trim().toLowerCase());
}

/** Whether a name is a standard tag event (pagevisit, addtocart, …), as written in the tag's Event menu. */
export function isTagEvent(name: string): boolean {
  return name.indexOf('_') === -1 && apiNameOf(name) !== undefined;
}

/** Conversions API name for a tag event name (PAGE → page_visit); advertiser-defined names pass through. */
export function capiEventFor(tagName: string): string {
  return tagName === PAGE ? 'page_visit' : tagName.indexOf('_') === -1 ? apiNameOf(tagName) ?? tagName : tagName;
}

/**
 * Advertiser-defined event names: letters and underscores only, as Pinterest's own templates validate them
 * (`^[a-zA-Z_]+$`, pinterest/ss-gtm-template) and Pinterest's tag accepts.
 * https://help.pinterest.com/en/business/article/add-event-codes
 */
export function isCustomEventName(name: string): boolean {
  if (name === '' || name.length > 100) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_')) return false;
  }
  return true;
}

/**
 * Events whose value is the total of their items, so a missing value may be computed from the items (API
 * names): add to cart, checkout started, checkout (purchase). Never lists, views or searches, whose items
 * are what was shown, not what is bought ("value: total value of the event", custom_data in
 * https://developers.pinterest.com/docs/api/v5/events-create).
 */
export function valueIsItemTotal(capiName: string): boolean {
  return capiName === 'add_to_cart' || capiName === 'initiate_checkout' || capiName === 'checkout';
}
