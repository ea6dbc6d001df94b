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
const SAME_VIDEO = 'the same video that video_start counted';

/**
 * THE event table, in two parts that the web tag, the Event ID variable and the Conversions API tag
 * compile in: the GA4 (or GTM page) events that are a Pinterest event, and those that are not a
 * conversion, with the reason the tags log. Pinterest event and tag names (checkout, addtocart,
 * add_to_cart, …) are accepted as well (eventMeaning).
 */
const TAG_EVENT_OF: { [ga4: string]: string } = {
  page_view: PAGE, 'gtm.js': PAGE, 'gtm.dom': PAGE, 'gtm.load': PAGE, view_item: 'pagevisit', view_item_list: 'viewcategory',
  select_item: 'viewcontent', select_promotion: 'viewcontent', view_promotion: 'viewcontent', search: 'search', view_search_results: 'search',
  add_to_cart: 'addtocart', add_to_wishlist: 'addtowishlist', begin_checkout: 'initiatecheckout', add_payment_info: 'addpaymentinfo',
  purchase: 'checkout', generate_lead: 'lead', sign_up: 'signup', video_start: 'watchvideo',
};

const NOT_A_CONVERSION: { [ga4: string]: string } = {
  view_cart: 'looking at the cart adds nothing and buys nothing',
  remove_from_cart: 'takes an add to cart back: not a conversion',
  add_shipping_info: 'a step of a checkout that begin_checkout already counted: one checkout, one event',
  refund: 'takes a sale back: not a conversion',
  qualify_lead: LEAD_STAGE, disqualify_lead: LEAD_STAGE, working_lead: LEAD_STAGE, close_convert_lead: LEAD_STAGE, close_unconvert_lead: LEAD_STAGE,
  login: 'a returning customer, not a new conversion',
  video_progress: SAME_VIDEO, video_complete: SAME_VIDEO,
  select_content: ENGAGEMENT, share: ENGAGEMENT, join_group: ENGAGEMENT, tutorial_begin: ENGAGEMENT, tutorial_complete: ENGAGEMENT, ad_impression: ENGAGEMENT,
  earn_virtual_currency: GAME, spend_virtual_currency: GAME, level_start: GAME, level_end: GAME, level_up: GAME, post_score: GAME, unlock_achievement: GAME,
  first_visit: SESSION, session_start: SESSION, user_engagement: SESSION, scroll: SESSION, click: SESSION, file_download: SESSION, form_start: SESSION,
  form_submit: 'any form, searches and newsletters included: fire lead or signup on your own trigger instead',
};

/** Why each event of TAG_EVENT_OF is the Pinterest event it is: for people (the README), never read by a template. */
const WHY_MAPPED: { [ga4: string]: string } = {
  page_view: 'the page visit of the base code, once per page load (pintrk("page"))', 'gtm.js': PAGE_LIFECYCLE, 'gtm.dom': PAGE_LIFECYCLE, 'gtm.load': PAGE_LIFECYCLE,
  view_item: 'a product page: PageVisit records views of primary pages such as product pages, with their product ids',
  view_item_list: 'a category or list page',
  select_item: 'content viewed from a list (as Pinterest\'s own server template maps it)',
  select_promotion: 'a promotion opened (as Pinterest\'s own server template maps it)',
  view_promotion: 'a promotion seen (as Pinterest\'s own server template maps it)',
  search: 'a site search', view_search_results: 'a search results page', add_to_cart: 'items added to the cart',
  add_to_wishlist: 'an item added to a wish list', begin_checkout: 'the checkout started', add_payment_info: 'payment information entered',
  purchase: 'Pinterest has no purchase event: checkout is a completed transaction', generate_lead: 'interest in a product or service (a form sent)',
  sign_up: 'an account created', video_start: 'a video watched',
};

function eventTable(): EventRow[] {
  const rows: EventRow[] = [];
  for (const ga4 in TAG_EVENT_OF) rows.push({ ga4: ga4, pinterest: TAG_EVENT_OF[ga4], reason: WHY_MAPPED[ga4] });
  for (const ga4 in NOT_A_CONVERSION) rows.push({ ga4: ga4, pinterest: null, reason: NOT_A_CONVERSION[ga4] });
  return rows;
}

/**
 * The whole table as rows, for the README and the tooling (Node). Built on demand and marked pure, so a
 * template that does not use it (none does) does not carry it, nor the reasons only people read.
 */
export const EVENT_TABLE: EventRow[] = /* @__PURE__ */ eventTable();

/** What an incoming event means: a tag event name (or PAGE), or why it is skipped; neither when unknown. */
export interface EventMeaning { tag?: string; skip?: string }

/** The tag event of a GA4, GTM, Pinterest tag or Pinterest API event name (its key: trimmed, lower-case). */
function tagEventOfKey(key: string): string | undefined {
  const mapped = lookup(TAG_EVENT_OF, key);
  if (mapped !== undefined) return mapped;
  if (key !== PAGE && lookup(TAG_TO_CAPI, key) !== undefined) return key;
  // An API name: the tag name whose API name it is (page_visit is pagevisit's, not the base code's page).
  for (const tag in TAG_TO_CAPI) if (tag !== PAGE && TAG_TO_CAPI[tag] === key) return tag;
  return undefined;
}

/**
 * The meaning of a GA4, GTM, Pinterest tag or Pinterest API event name (case-insensitive); `{}` when
 * the name is none of these.
 */
export function eventMeaning(name: string | undefined): EventMeaning {
  if (name === undefined) return {};
  const key = name.trim().toLowerCase();
  const why = lookup(NOT_A_CONVERSION, key);
  if (why !== undefined) return { skip: key + ' is not a conversion: ' + why };
  const tag = tagEventOfKey(key);
  return tag === undefined ? {} : { tag: tag };
}

/** Tag event name for an event name, or undefined when it has none (unknown, or not a conversion). */
export function tagEventFor(name: string | undefined): string | undefined {
  return name === undefined ? undefined : tagEventOfKey(name.trim().toLowerCase());
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
