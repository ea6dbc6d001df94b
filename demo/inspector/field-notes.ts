/**
 * Why each field of the two payloads has its value, in a marketer's words. Field meanings from the
 * Conversions API reference (https://developers.pinterest.com/docs/api/v5/events-create) and the tag's
 * event data (https://help.pinterest.com/en/business/article/add-event-codes); the value rules are
 * the templates' own (pinterest/events.ts, pinterest/normalise.ts, pinterest/event-id.ts, which runs in
 * the sandbox only: the event_id's origin is read from its shape here).
 */
/** Conversions API fields, by path (array items share their array's note). */
const API_NOTES: Record<string, string> = {
  event_name: 'the Conversions API name of the event (the legend shows the tag name it pairs with)',
  action_source: '"web": the event happened on a website',
  event_time: 'when it happened, in seconds since 1970 (Pinterest takes events up to 7 days old)',
  event_id: 'the deduplication key: the same id on the browser copy makes Pinterest count the event once',
  event_source_url: 'the page it happened on, without query string or fragment (they can hold personal data)',
  opt_out: 'true: the visitor opted out of ad tracking, or Limited Data Processing applies',
  partner_name: 'the integration that sent it',
  language: 'the page language',
  'user_data.em': 'the email, trimmed and lower-cased, then SHA-256 hashed; the raw email never leaves the site',
  'user_data.ph': 'the phone number, digits with country code, SHA-256 hashed',
  'user_data.external_id': 'the shop\'s customer id, SHA-256 hashed',
  'user_data.st': 'the state, two lower-case letters, SHA-256 hashed',
  'user_data.country': 'the country code, lower-case ISO 3166, SHA-256 hashed',
  'user_data.click_id': 'the Pinterest click id (epik) from the ad click URL or the _epik cookie, sent as it is',
  'user_data.client_ip_address': 'the visitor\'s IP address as the server container saw it (required unhashed with the user agent when no email is sent)',
  'user_data.client_user_agent': 'the browser\'s User-Agent header',
  'user_data.partner_id': 'the Pinterest partner id',
  'custom_data.value': 'the GA4 ecommerce value, as a string (the API\'s type)',
  'custom_data.currency': 'the GA4 ecommerce currency (ISO 4217); required with a value',
  'custom_data.order_id': 'the GA4 transaction_id',
  'custom_data.num_items': 'the number of items: the sum of the item quantities',
  'custom_data.content_ids': 'the item_id of each item: must match the catalog id exactly',
  'custom_data.contents': 'each item with its price and quantity',
  'custom_data.search_string': 'the search term',
  'custom_data.content_name': 'the item or content name',
  'custom_data.content_category': 'the item category',
  'custom_data.content_brand': 'the item brand',
  'custom_data.opt_out_type': '"LDP": Limited Data Processing (US state privacy laws)',
  'custom_data.np': 'the integration that sent it',
};

/** The tag's event data (pintrk track parameters) and partner data (Enhanced Match). */
const TAG_NOTES: Record<string, string> = {
  event_id: 'the deduplication key, shared with the Conversions API copy',
  value: 'the GA4 ecommerce value',
  currency: 'the GA4 ecommerce currency',
  order_id: 'the GA4 transaction_id',
  order_quantity: 'the number of items: the sum of the item quantities',
  line_items: 'one entry per GA4 item (product_id = item_id)',
  search_query: 'the search term',
  lead_type: 'the kind of lead',
  property: 'the integration that sent it',
  np: 'the integration that sent it',
  em: 'Enhanced Match: the email, normalised and SHA-256 hashed in the browser',
  external_id: 'Enhanced Match: the customer id, SHA-256 hashed in the browser',
  opt_out_type: '"LDP": Limited Data Processing',
};

export function apiFieldNote(path: string): string {
  return API_NOTES[path] ?? API_NOTES[path.replace(/\.\d+(\..*)?$/, '')] ?? 'sent as the event data had it';
}

export function tagFieldNote(key: string): string {
  return TAG_NOTES[key] ?? 'passed through from the event';
}

/** Where an event_id came from, read from its shape (the rules of pinterest/event-id.ts). */
export function eventIdNote(eventId: string, orderId: unknown): string {
  if (typeof orderId === 'string' && orderId !== '' && eventId.endsWith(orderId)) {
    return 'derived from the order id, so a reloaded thank-you page sends the same id and Pinterest still counts one purchase';
  }
  if (/^\d+\.\d+\.\d+$/.test(eventId)) return 'the page view id plus the dataLayer event number: unique to this event, the same for the tag and the server copy';
  return 'given by the event data';
}

/** Match keys in a marketer's words (user_data fields: https://developers.pinterest.com/docs/api/v5/events-create). */
const MATCH_KEY_LABELS: Record<string, string> = {
  em: 'email', ph: 'phone', fn: 'first name', ln: 'last name', ge: 'gender', db: 'birth date', ct: 'city', st: 'state', zp: 'zip',
  country: 'country', external_id: 'customer id', hashed_maids: 'mobile ad id', click_id: 'click id', client_ip_address: 'IP address',
  client_user_agent: 'user agent', partner_id: 'partner id',
};

export function matchKeyLabel(key: string): string {
  return Object.prototype.hasOwnProperty.call(MATCH_KEY_LABELS, key) ? MATCH_KEY_LABELS[key] : key;
}
