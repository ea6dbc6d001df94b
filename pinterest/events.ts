/**
 * Pinterest's event names, once: the tag's names, their Conversions API names, and what each GA4 event
 * means for Pinterest (a conversion, the page visit, or nothing). Sources: "Track conversions with the API"
 * and "Add event codes" (https://developers.pinterest.com/docs/api-features/conversion-overview/,
 * https://help.pinterest.com/en/business/article/add-event-codes), Google's GA4 event reference
 * (https://developers.google.com/analytics/devguides/collection/ga4/reference/events) and its automatically
 * collected events (https://support.google.com/analytics/answer/9234069).
 */
import { lookup } from './lookup';

/** Every standard event the tag accepts, in the order the tag's menu lists them. */
export const TAG_EVENTS: string[] = [
  'pagevisit', 'viewcategory', 'search', 'addtocart', 'checkout', 'signup', 'lead', 'watchvideo', 'custom', 'addpaymentinfo',
  'addtowishlist', 'initiatecheckout', 'subscribe', 'viewcontent', 'contact', 'customizeproduct', 'findlocation', 'schedule',
  'starttrial', 'submitapplication',
];

/**
 * The base code's page visit, `pintrk('page', {event_id})`. Pinterest records it as the page visit
 * (help.pinterest.com "Install the base code": the base code tracks page visits), so its API twin is
 * page_visit; `page` carries event data like `track` does (`pintrk('page', {page_name, ...})` in
 * Pinterest's tag guide), which is how its event_id reaches Pinterest.
 */
export const PAGE = 'page';

/** Tag event name → Conversions API event_name ("Name in API" / "Name in Tag", developers.pinterest.com/docs/conversions/best/). */
export const TAG_TO_CAPI: { [tagName: string]: string } = {
  page: 'page_visit', pagevisit: 'page_visit', viewcategory: 'view_category', search: 'search', addtocart: 'add_to_cart',
  checkout: 'checkout', signup: 'signup', lead: 'lead', watchvideo: 'watch_video', custom: 'custom',
  addpaymentinfo: 'add_payment_info', addtowishlist: 'add_to_wishlist', initiatecheckout: 'initiate_checkout',
  subscribe: 'subscribe', viewcontent: 'view_content', contact: 'contact', customizeproduct: 'customize_product',
  findlocation: 'find_location', schedule: 'schedule', starttrial: 'start_trial', submitapplication: 'submit_application',
};

/** One row: a GA4 (or GTM page) event, its Pinterest tag event or null for "not a conversion", and why. */
export interface EventRow { ga4: string; pinterest: string | null; reason: string }

const ENGAGEMENT = 'engagement, not a conversion Pinterest reports';
const PAGE_LIFECYCLE = 'a GTM page event: the page visit of the base code, once per page load';
const LEAD_STAGE = 'a later CRM stage of a lead that generate_lead already counted';
const GAME = 'a game or app milestone, not a conversion Pinterest reports';
const SESSION = 'collected by GA4 for every visitor, not a conversion';

/**
 * THE event table, used by the web tag, the Event ID variable and the Conversions API tag, and printed in
 * the README. Pinterest event and tag names (checkout, addtocart, add_to_cart, …) are accepted as well.
 */
export const EVENT_TABLE: EventRow[] = [
  { ga4: 'page_view', pinterest: PAGE, reason: 'the page visit of the base code, once per page load (pintrk("page"))' },
  { ga4: 'gtm.js', pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: 'gtm.dom', pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: 'gtm.load', pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: 'view_item', pinterest: 'pagevisit', reason: 'a product page: PageVisit records views of primary pages such as product pages, with their product ids' },
  { ga4: 'view_item_list', pinterest: 'viewcategory', reason: 'a category or list page' },
  { ga4: 'select_item', pinterest: 'viewcontent', reason: 'content viewed from a list (as Pinterest\'s own server template maps it)' },
  { ga4: 'select_promotion', pinterest: 'viewcontent', reason: 'a promotion opened (as Pinterest\'s own server template maps it)' },
  { ga4: 'view_promotion', pinterest: 'viewcontent', reason: 'a promotion seen (as Pinterest\'s own server template maps it)' },
  { ga4: 'search', pinterest: 'search', reason: 'a site search' },
  { ga4: 'view_search_results', pinterest: 'search', reason: 'a search results page' },
  { ga4: 'add_to_cart', pinterest: 'addtocart', reason: 'items added to the cart' },
  { ga4: 'add_to_wishlist', pinterest: 'addtowishlist', reason: 'an item added to a wish list' },
  { ga4: 'view_cart', pinterest: null, reason: 'looking at the cart adds nothing and buys nothing' },
  { ga4: 'remove_from_cart', pinterest: null, reason: 'takes an add to cart back: not a conversion' },
  { ga4: 'begin_checkout', pinterest: 'initiatecheckout', reason: 'the checkout started' },
  { ga4: 'add_shipping_info', pinterest: null, reason: 'a step of a checkout that begin_checkout already counted: one checkout, one event' },
  { ga4: 'add_payment_info', pinterest: 'addpaymentinfo', reason: 'payment information entered' },
  { ga4: 'purchase', pinterest: 'checkout', reason: 'Pinterest has no purchase event: checkout is a completed transaction' },
  { ga4: 'refund', pinterest: null, reason: 'takes a sale back: not a conversion' },
  { ga4: 'generate_lead', pinterest: 'lead', reason: 'interest in a product or service (a form sent)' },
  { ga4: 'qualify_lead', pinterest: null, reason: LEAD_STAGE },
  { ga4: 'disqualify_lead', pinterest: null, reason: LEAD_STAGE },
  { ga4: 'working_lead', pinterest: null, reason: LEAD_STAGE },
  { ga4: 'close_convert_lead', pinterest: null, reason: LEAD_STAGE },
  { ga4: 'close_unconvert_lead', pinterest: null, reason: LEAD_STAGE },
  { ga4: 'sign_up', pinterest: 'signup', reason: 'an account created' },
  { ga4: 'login', pinterest: null, reason: 'a returning customer, not a new conversion' },
  { ga4: 'video_start', pinterest: 'watchvideo', reason: 'a video watched' },
  { ga4: 'video_progress', pinterest: null, reason: 'the same video that video_start counted' },
  { ga4: 'video_complete', pinterest: null, reason: 'the same video that video_start counted' },
  { ga4: 'select_content', pinterest: null, reason: ENGAGEMENT },
  { ga4: 'share', pinterest: null, reason: ENGAGEMENT },
  { ga4: 'join_group', pinterest: null, reason: ENGAGEMENT },
  { ga4: 'tutorial_begin', pinterest: null, reason: ENGAGEMENT },
  { ga4: 'tutorial_complete', pinterest: null, reason: ENGAGEMENT },
  { ga4: 'ad_impression', pinterest: null, reason: ENGAGEMENT },
  { ga4: 'earn_virtual_currency', pinterest: null, reason: GAME },
  { ga4: 'spend_virtual_currency', pinterest: null, reason: GAME },
  { ga4: 'level_start', pinterest: null, reason: GAME },
  { ga4: 'level_end', pinterest: null, reason: GAME },
  { ga4: 'level_up', pinterest: null, reason: GAME },
  { ga4: 'post_score', pinterest: null, reason: GAME },
  { ga4: 'unlock_achievement', pinterest: null, reason: GAME },
  { ga4: 'first_visit', pinterest: null, reason: SESSION },
  { ga4: 'session_start', pinterest: null, reason: SESSION },
  { ga4: 'user_engagement', pinterest: null, reason: SESSION },
  { ga4: 'scroll', pinterest: null, reason: SESSION },
  { ga4: 'click', pinterest: null, reason: SESSION },
  { ga4: 'file_download', pinterest: null, reason: SESSION },
  { ga4: 'form_start', pinterest: null, reason: SESSION },
  { ga4: 'form_submit', pinterest: null, reason: 'any form, searches and newsletters included: fire lead or signup on your own trigger instead' },
];

/** What an incoming event means: a tag event name (or PAGE), or why it is skipped; neither when unknown. */
export interface EventMeaning { tag?: string; skip?: string }

/**
 * The meaning of a GA4, GTM, Pinterest tag or Pinterest API event name (case-insensitive); `{}` when
 * the name is none of these.
 */
export function eventMeaning(name: string | undefined): EventMeaning {
  if (name === undefined) return {};
  const key = name.trim().toLowerCase();
  for (let i = 0; i < EVENT_TABLE.length; i++) {
    const row = EVENT_TABLE[i];
    if (row.ga4 !== key) continue;
    return row.pinterest === null ? { skip: key + ' is not a conversion: ' + row.reason } : { tag: row.pinterest };
  }
  if (key !== PAGE && lookup(TAG_TO_CAPI, key) !== undefined) return { tag: key };
  for (let i = 0; i < TAG_EVENTS.length; i++) if (TAG_TO_CAPI[TAG_EVENTS[i]] === key) return { tag: TAG_EVENTS[i] };
  return {};
}

/** Tag event name for an event name, or undefined when it has none (unknown, or not a conversion). */
export function tagEventFor(name: string | undefined): string | undefined {
  return eventMeaning(name).tag;
}

/** Conversions API name for a tag event name (PAGE → page_visit); custom (advertiser-defined) names pass through. */
export function capiEventFor(tagName: string): string {
  return lookup(TAG_TO_CAPI, tagName) ?? tagName;
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
