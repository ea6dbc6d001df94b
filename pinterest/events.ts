/**
 * Pinterest's event names, once: the tag's names, their Conversions API names, and how GA4 events map
 * onto them. Sources: "Track conversions with the API" and "Add event codes"
 * (https://developers.pinterest.com/docs/api-features/conversion-overview/,
 * https://help.pinterest.com/en/business/article/add-event-codes), and the GA4 mapping of Pinterest's
 * own server template (pinterest/ss-gtm-template, 2026-05).
 */
import { lookup } from './lookup';

/** Every standard event the tag accepts, in the order the tag's menu lists them. */
export const TAG_EVENTS: string[] = [
  'pagevisit', 'viewcategory', 'search', 'addtocart', 'checkout', 'signup', 'lead', 'watchvideo', 'custom', 'addpaymentinfo',
  'addtowishlist', 'initiatecheckout', 'subscribe', 'viewcontent', 'contact', 'customizeproduct', 'findlocation', 'schedule',
  'starttrial', 'submitapplication',
];

/** Tag event name → Conversions API event_name. */
export const TAG_TO_CAPI: { [tagName: string]: string } = {
  pagevisit: 'page_visit', viewcategory: 'view_category', search: 'search', addtocart: 'add_to_cart',
  checkout: 'checkout', signup: 'signup', lead: 'lead', watchvideo: 'watch_video', custom: 'custom',
  addpaymentinfo: 'add_payment_info', addtowishlist: 'add_to_wishlist', initiatecheckout: 'initiate_checkout',
  subscribe: 'subscribe', viewcontent: 'view_content', contact: 'contact', customizeproduct: 'customize_product',
  findlocation: 'find_location', schedule: 'schedule', starttrial: 'start_trial', submitapplication: 'submit_application',
};

/** GA4 (and common alias) event → tag event name. Pinterest names map to themselves. */
const GA4_TO_TAG: { [ga4Name: string]: string } = {
  page_view: 'pagevisit', 'gtm.dom': 'pagevisit', view_item: 'pagevisit',
  view_item_list: 'viewcategory',
  select_item: 'viewcontent', select_promotion: 'viewcontent', view_promotion: 'viewcontent',
  search: 'search', view_search_results: 'search',
  add_to_cart: 'addtocart', add_to_wishlist: 'addtowishlist',
  begin_checkout: 'initiatecheckout', add_shipping_info: 'initiatecheckout', add_payment_info: 'addpaymentinfo',
  purchase: 'checkout', buy: 'checkout', pay: 'checkout', payment: 'checkout',
  sign_up: 'signup', completeregistration: 'signup', generate_lead: 'lead',
  video_start: 'watchvideo',
  refund: 'custom', remove_from_cart: 'custom', view_cart: 'custom',
};

/** Tag event name for a GA4, Pinterest tag or Pinterest API event name (case-insensitive); undefined if unknown. */
export function tagEventFor(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const key = name.trim().toLowerCase();
  const direct = lookup(GA4_TO_TAG, key);
  if (direct !== undefined) return direct;
  if (lookup(TAG_TO_CAPI, key) !== undefined) return key;
  for (let i = 0; i < TAG_EVENTS.length; i++) if (TAG_TO_CAPI[TAG_EVENTS[i]] === key) return TAG_EVENTS[i];
  return undefined;
}

/** Conversions API name for a tag event name; custom (advertiser-defined) names pass through. */
export function capiEventFor(tagName: string): string {
  return lookup(TAG_TO_CAPI, tagName) ?? tagName;
}

/**
 * Advertiser-defined event names: letters and underscores only, as Pinterest's tag and API accept.
 * https://help.pinterest.com/en/business/article/add-event-codes
 */
export function isCustomEventName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_')) return false;
  }
  return true;
}
