/**
 * Pinterest's event names, once: the tag's names, their Conversions API names, and what each GA4 event
 * means for Pinterest (a conversion, the page visit of a page view, or nothing). Sources: "Track conversions
 * with the API" and "Add event codes" (https://developers.pinterest.com/docs/api-features/conversion-overview/,
 * https://help.pinterest.com/en/business/article/add-event-codes), Google's GA4 event reference
 * (https://developers.google.com/analytics/devguides/collection/ga4/reference/events) and its automatically
 * collected events (https://support.google.com/analytics/answer/9234069).
 *
 * Every template compiles the table in, so it is written once as text (rows of space-separated names) and
 * read by splitting it: a few hundred bytes instead of object literals. Why each row is what it is lives in
 * pinterest/event-table.ts, for the README and the tooling; no template carries the reasons (README, "Events").
 */

import { isMadeOf, LETTERS } from './characters';

/**
 * A GA4 (or GTM) page event: the page visit of the page view it belongs to, sent once per page view as
 * `pintrk('track', 'pagevisit', {event_id})` (pinterest/event-id.ts gives every page event of one page view
 * the same id). Not a Pinterest event name: incoming events named `page` mean nothing.
 */
export const PAGE = 'page';

/**
 * The table, one row per Pinterest event (rows separated by "|"): its Conversions API event_name, then the GA4
 * events that mean it (space-separated). The tag's name is the API name without underscores ("add_to_cart" ↔
 * "addtocart"; "Name in API" / "Name in Tag", developers.pinterest.com/docs/conversions/best/); the rows after
 * the first are every standard event, in the order the tag's menu lists them. The first row is PAGE: the GA4
 * and GTM page events, each the page visit of its page view. A GA4 event spelled as its API event (search) is
 * found by that name, so GA4_SAME_NAMES lists them for the tooling only. One search is one Search: GA4's
 * enhanced measurement sends view_search_results on
 * every results page beside the site's own `search`, so only `search` maps (as Pinterest's own server
 * template maps it, github.com/pinterest/ss-gtm-template).
 */
const EVENTS = 'page page_view gtm.js gtm.dom gtm.load|page_visit view_item|view_category view_item_list|search|add_to_cart|checkout purchase|'
  + 'signup sign_up|lead generate_lead|watch_video video_start|custom|add_payment_info|add_to_wishlist|initiate_checkout begin_checkout|subscribe|'
  + 'view_content select_item select_promotion view_promotion|contact|customize_product|find_location|schedule|start_trial|submit_application';

/** GA4 events spelled as their API event, for the tooling and the README (the templates find them by that name). */
const GA4_SAME_NAMES = ['search', 'add_to_cart', 'add_to_wishlist', 'add_payment_info'];

/** GA4 events that are not a conversion Pinterest counts: skipped on both sides (reasons: pinterest/event-table.ts). */
const NOT_CONVERSIONS = 'view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead '
  + 'close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete '
  + 'ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit '
  + 'session_start user_engagement scroll click file_download form_start form_submit';

/** The tag's name of an API event name: the same without underscores. */
const tagNameOf = (apiName: string): string => apiName.split('_').join('');

/**
 * The row (its names, the API name first) of an event name: a GA4 or GTM event of the row when `ga4`, or a
 * standard event's API or tag name. Names are compared whole, so a name holding a space or "|" is in no row.
 */
function rowOf(name: string, ga4: boolean): string[] | undefined {
  const rows = EVENTS.split('|');
  for (let i = 0; i < rows.length; i++) {
    const names = rows[i].split(' ');
    if ((ga4 && names.indexOf(name) > 0) || (i > 0 && (names[0] === name || tagNameOf(names[0]) === name))) return names;
  }
  return undefined;
}

/** The rows' names, for the tooling (Node) and the README. */
const rowNames = (): string[][] => EVENTS.split('|').map((row) => row.split(' '));

/** Every standard tag event, in the order the tag's menu lists them. Built on demand: no template reads it. */
export const TAG_EVENTS: string[] = /* @__PURE__ */ rowNames().slice(1).map((names) => tagNameOf(names[0]));
/** Tag event → API name, as an object, for the tooling. */
export const TAG_TO_CAPI: { [tagName: string]: string } = /* @__PURE__ */ tagToCapi();
/** GA4 event → tag event (or PAGE), for the tooling and the README. */
export const GA4_TO_TAG: { [ga4: string]: string } = /* @__PURE__ */ ga4ToTag();

function tagToCapi(): { [tagName: string]: string } {
  const out: { [tagName: string]: string } = {};
  const rows = rowNames();
  for (let i = 1; i < rows.length; i++) out[tagNameOf(rows[i][0])] = rows[i][0];
  return out;
}

function ga4ToTag(): { [ga4: string]: string } {
  const out: { [ga4: string]: string } = {};
  const rows = rowNames();
  for (let i = 0; i < rows.length; i++) {
    for (let j = 1; j < rows[i].length; j++) out[rows[i][j]] = tagNameOf(rows[i][0]);
    if (GA4_SAME_NAMES.indexOf(rows[i][0]) !== -1) out[rows[i][0]] = tagNameOf(rows[i][0]);
  }
  return out;
}
/** GA4 events that are not conversions, for the tooling and the README. */
export const NOT_CONVERSION_EVENTS: string[] = /* @__PURE__ */ NOT_CONVERSIONS.split(' ');

/** What an incoming event means: a tag event name (or PAGE), or that it is not a conversion; neither when unknown. */
export interface EventMeaning { tag?: string; skip?: string }

/** Why an event is skipped: its name (one of NOT_CONVERSIONS) and this. */
const NOT_A_CONVERSION = ' is not a conversion Pinterest counts (README, event table)';

/** The meaning of a GA4, GTM, Pinterest tag or Pinterest API event name (case-insensitive); `{}` when it is none of these. */
export function eventMeaning(name: string | undefined): EventMeaning {
  if (name === undefined) return {};
  const key = name.trim().toLowerCase();
  if (NOT_CONVERSION_EVENTS.indexOf(key) !== -1) return { skip: key + NOT_A_CONVERSION };
  const tag = tagEventFor(key);
  return tag === undefined ? {} : { tag: tag };
}

/**
 * For the Conversions API tag, which needs no tag names: the API name of a GA4, GTM, Pinterest tag or
 * Pinterest API event name (case-insensitive; GTM's page events → page_visit), or undefined when it has none.
 * The same answer as capiEventFor(tagEventFor(name)), without the round trip through the tag's names.
 */
export function capiEventOf(name: string): string | undefined {
  const row = rowOf(name.trim().toLowerCase(), true);
  return row ? (row[0] === PAGE ? 'page_visit' : row[0]) : undefined;
}

/** For the Conversions API tag: why an event that is not a conversion is skipped, or undefined. The same as eventMeaning(name).skip. */
export function notConversion(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return NOT_CONVERSION_EVENTS.indexOf(key) !== -1 ? key + NOT_A_CONVERSION : undefined;
}

/** Tag event name (or PAGE) for an event name, or undefined when it has none (unknown, or not a conversion). */
export function tagEventFor(name: string | undefined): string | undefined {
  const row = name ? rowOf(name.trim().toLowerCase(), true) : undefined;
  return row ? tagNameOf(row[0]) : undefined;
}

/** Whether a name is a standard tag event (pagevisit, addtocart, …), as written in the tag's Event menu. */
export function isTagEvent(name: string): boolean {
  return name.indexOf('_') === -1 && rowOf(name, false) !== undefined;
}

/** Conversions API name for a tag event name (PAGE → page_visit); advertiser-defined names pass through. */
export function capiEventFor(tagName: string): string {
  const row = tagName.indexOf('_') === -1 ? rowOf(tagName, false) : undefined;
  return tagName === PAGE ? 'page_visit' : row ? row[0] : tagName;
}

/**
 * Advertiser-defined event names: letters and underscores only, as Pinterest's own templates validate them
 * (`^[a-zA-Z_]+$`, pinterest/ss-gtm-template) and Pinterest's tag accepts.
 * https://help.pinterest.com/en/business/article/add-event-codes
 */
export function isCustomEventName(name: string): boolean {
  return name !== '' && name.length <= 100 && isMadeOf(name, LETTERS + '_');
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
