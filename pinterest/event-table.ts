/**
 * The event table with the reason for every row, for people: the README's table (build/readme-events.ts)
 * and the tooling. No template imports this module: the templates compile in pinterest/events.ts only.
 * Sources as in pinterest/events.ts.
 */
import { GA4_TO_TAG, NOT_CONVERSION_EVENTS } from './events';

/** One row: a GA4 (or GTM page) event, its Pinterest tag event (PAGE for page events) or null for "not a conversion", and why. */
export interface EventRow { ga4: string; pinterest: string | null; reason: string }

const PAGE_EVENT = 'a GTM page event: the page visit of its page view, once per page view (pagevisit with the page view\'s event_id)';
const ENGAGEMENT = 'engagement, not a conversion Pinterest reports';
const LEAD_STAGE = 'a later CRM stage of a lead that generate_lead already counted';
const GAME = 'a game or app milestone, not a conversion Pinterest reports';
const SESSION = 'collected by GA4 for every visitor, not a conversion';
const SAME_VIDEO = 'the same video that video_start counted';
const VIA_SS_TEMPLATE = ' (as Pinterest\'s own server template maps it)';

const WHY_MAPPED: { [ga4: string]: string } = {
  page_view: 'the page visit of a page view (the loaded page, or an SPA route), once per page view', 'gtm.js': PAGE_EVENT, 'gtm.dom': PAGE_EVENT, 'gtm.load': PAGE_EVENT,
  view_item: 'a product page: the page visit of its page view, with its product ids (PageVisit records views of primary pages such as product pages)',
  view_item_list: 'a category or list page',
  select_item: 'content viewed from a list' + VIA_SS_TEMPLATE,
  select_promotion: 'a promotion opened' + VIA_SS_TEMPLATE,
  view_promotion: 'a promotion seen' + VIA_SS_TEMPLATE,
  search: 'a site search', add_to_cart: 'items added to the cart',
  add_to_wishlist: 'an item added to a wish list', begin_checkout: 'the checkout started', add_payment_info: 'payment information entered',
  purchase: 'Pinterest has no purchase event: checkout is a completed transaction', generate_lead: 'interest in a product or service (a form sent)',
  sign_up: 'an account created', video_start: 'a video watched',
};

const WHY_NOT: { [ga4: string]: string } = {
  view_search_results: 'one search, one Search: GA4\'s enhanced measurement sends it on every results page beside the site\'s own search event (Pinterest\'s own server template maps only search)',
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

function eventTable(): EventRow[] {
  const rows: EventRow[] = [];
  // In the order the reasons are written (the README's order), events without a reason last.
  const order = Object.keys(WHY_MAPPED);
  const rank = (ga4: string): number => (order.indexOf(ga4) === -1 ? order.length : order.indexOf(ga4));
  const mapped = Object.keys(GA4_TO_TAG).sort((a, b) => rank(a) - rank(b));
  for (let i = 0; i < mapped.length; i++) rows.push({ ga4: mapped[i], pinterest: GA4_TO_TAG[mapped[i]], reason: reasonFor(WHY_MAPPED, mapped[i]) });
  for (let i = 0; i < NOT_CONVERSION_EVENTS.length; i++) rows.push({ ga4: NOT_CONVERSION_EVENTS[i], pinterest: null, reason: reasonFor(WHY_NOT, NOT_CONVERSION_EVENTS[i]) });
  return rows;
}

/** The reason written for a row ('' when none is: tests/pinterest/events.test.ts requires one for every row). */
function reasonFor(table: { [ga4: string]: string }, ga4: string): string {
  return table.hasOwnProperty(ga4) ? table[ga4] : '';
}

/** The whole table as rows: mapped events first, then those that are not conversions. */
export const EVENT_TABLE: EventRow[] = eventTable();
