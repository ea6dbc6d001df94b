/**
 * The wire protocol between the web tag and the Pinterest client in a server container, defined once
 * for the sender (web-template/tag) and the receiver (server-template/client). docs/event-protocol.md
 * describes it for people.
 *
 * GET  {serverUrl}?v=1&e=<URL-encoded JSON of one ForwardedEvent>   (the web tag, a pixel request)
 * POST {serverUrl}  body {"v": 1, "events": [ForwardedEvent, ...]}    (a batch, e.g. from a site's backend)
 */
/**
 * A line item on the wire: the tag's line item fields (pinterest/tag-event-data.ts) and the item's unit
 * discount, so the server can send the price before discount where the Conversions API asks for it.
 */
export interface ForwardedLineItem {
  product_id?: string; product_name?: string; product_category?: string; product_variant?: string; product_brand?: string;
  product_price?: number; product_quantity?: number; product_discount?: number;
}

export const PROTOCOL_VERSION = 1;
export const VERSION_PARAM = 'v';
export const EVENT_PARAM = 'e';
/** The GET request's query before the URL-encoded event: `?v=1&e=` (tests hold it to the three above). */
export const GET_QUERY = '?v=1&e=';
/** The client's default path; the web tag's send_pixel permission allows paths under /pinterest/. */
export const DEFAULT_PATH = '/pinterest/events';
/** A GET stays under 8 KB so no proxy or browser truncates it. */
export const MAX_GET_LENGTH = 8000;
export const MAX_BATCH_EVENTS = 100;
/** Bytes (UTF-8) of a POST body, not UTF-16 characters. */
export const MAX_BODY_BYTES = 512000;
/**
 * Events per POST from a caller without the shared secret (a browser, a bot): one POST must not
 * become a hundred Conversions API calls. The web tag sends one event per GET.
 */
export const MAX_UNAUTHENTICATED_EVENTS = 5;
/** Request header carrying the client's optional shared secret (POST batches from a site's backend). */
export const SECRET_HEADER = 'x-pinterest-gtm-secret';

/**
 * Consent Mode v2 state of the page, as the sender saw it (optional: old senders omit it).
 * https://developers.google.com/tag-platform/security/concepts/consent-mode
 */
export type ConsentValue = 'granted' | 'denied';
export interface ForwardedConsent { ad_storage?: ConsentValue; ad_user_data?: ConsentValue }
export const CONSENT_VALUES = ['granted', 'denied'];

/** Event data key holding the forwarded consent (only the keys the sender sent). */
export const CONSENT_STATE_KEY = 'consent_state';
/**
 * Event data key marking every event our client produced, and its value. No sender can set it (custom
 * properties are namespaced), so the Conversions API tag can trust that the event came through the
 * client's checks.
 */
export const SOURCE_KEY = 'x-pinterest-gtm-source';
export const SOURCE_CLIENT = 'client';
/**
 * Advertiser-defined custom properties land under this prefix in event data
 * (`x-pinterest-custom-<name>`), so no custom property can ever take the place of a key a tag reads
 * as standard (ip_override, page_location, event_id, ...). GA4's own internal keys use the `x-ga-`
 * style for the same reason.
 */
export const CUSTOM_PROPERTY_PREFIX = 'x-pinterest-custom-';
/** Every event data key the client itself sets; none of them can be set by the sender. */
export const CLIENT_EVENT_DATA_KEYS = [
  'event_name', 'event_id', 'event_time', 'page_location', 'page_referrer', 'ip_override', 'user_agent', 'client_id', 'click_id', 'click_id_from_url', 'opt_out_type',
  'value', 'currency', 'transaction_id', 'search_term', 'coupon', 'lead_type', 'video_title', 'items', 'user_data', CONSENT_STATE_KEY, SOURCE_KEY,
];

/** One event on the wire. Hashed user data only: raw PII never leaves the browser. */
export interface ForwardedEvent {
  /** Conversions API name (page_visit, checkout, ...) or an advertiser-defined name. */
  event_name: string;
  event_id: string;
  /** Milliseconds since the epoch, when the browser saw the event. */
  event_time?: number;
  /** Page URL without its query string (which may hold personal data). */
  page_location?: string;
  page_referrer?: string;
  click_id?: string;
  custom_data?: {
    value?: number; currency?: string; order_id?: string; order_quantity?: number; line_items?: ForwardedLineItem[];
    search_query?: string; lead_type?: string; video_title?: string; promo_code?: string;
    [custom: string]: unknown;
  };
  /** SHA-256 hex arrays, as the Conversions API takes them. */
  user_data?: { em?: string[]; external_id?: string[]; st?: string[]; country?: string[] };
  /** "LDP" for Limited Data Processing. */
  opt_out_type?: string;
  /** True when click_id came from the page URL's epik parameter (an ad click), not from the cookie. */
  click_id_from_url?: boolean;
  /** The page's Consent Mode v2 state for advertising storage and user data. */
  consent?: ForwardedConsent;
}

/** Limits the receiver enforces on every field (the sender stays within them). Lengths in Unicode characters. */
export const EVENT_NAME_LIMIT = 100;
/** 256, as Pinterest's ConversionMSOTEvents caps event_id. */
export const EVENT_ID_LIMIT = 256;
export const URL_LIMIT = 2048;
export const CLICK_ID_LIMIT = 512;
/** Free text and ids of custom_data: 500, Pinterest's limit of a catalog item's title (the longest product text it documents). */
export const TEXT_LIMIT = 500;
export const LINE_ITEMS_LIMIT = 200;
export const CUSTOM_KEYS_LIMIT = 50;
export const CUSTOM_KEY_LENGTH = 64;
export const HASHES_PER_FIELD = 10;

/**
 * Every field of the wire format, defined once in a form the receiver parses on first use (one string,
 * not an object literal per row). Sections, separated by "|": the event, custom_data, a line item,
 * user_data, consent. Each entry is `name:type`, followed by `>key` when the field becomes the event
 * data key `key` (`>` alone: the same name; pinterest/forwarded-event-data.ts). Types
 * (docs/event-protocol.md, "Event"):
 *   n event name, i event id, d identifier (text, never judged by its shape), t free text (no email address),
 *   f finite number, m event time (a finite number ≥ 0), u page URL, k click id, b boolean,
 *   o opt-out type ("LDP" or ""), g consent value, h list of SHA-256 digests,
 *   C custom_data (section 1, other names are custom properties), L list of line items (section 2),
 *   U user_data (section 3), S consent (section 4).
 * event_name and event_id are required; every other field is optional. One literal, so that a template that
 * does not read it (the web tag) leaves it out: consent's key is CONSENT_STATE_KEY, written out (a test keeps them equal).
 */
export const WIRE_FIELDS = 'event_name:n> event_id:i> event_time:m> page_location:u> page_referrer:u> click_id:k> click_id_from_url:b>'
  + ' custom_data:C> user_data:U> opt_out_type:o> consent:S>consent_state'
  + '|value:f> order_quantity:f currency:t> order_id:d>transaction_id search_query:t>search_term promo_code:t>coupon lead_type:t>'
  + ' video_title:t> line_items:L>items'
  + '|product_id:d>item_id product_name:t>item_name product_category:t>item_category product_variant:t>item_variant'
  + ' product_brand:t>item_brand product_price:f>price product_quantity:f>quantity product_discount:f>discount'
  + '|em:h external_id:h st:h country:h'
  + '|ad_storage:g ad_user_data:g';

/** The names of a section of WIRE_FIELDS whose type is one of `types` (for people, tests and tools; the client reads WIRE_FIELDS). */
function wireNames(section: number, types: string): string[] {
  return WIRE_FIELDS.split('|')[section].split(' ')
    .filter((entry) => types.indexOf(entry.charAt(entry.indexOf(':') + 1)) !== -1)
    .map((entry) => entry.slice(0, entry.indexOf(':')));
}

/** Keys of custom_data with a defined type; others are custom properties (name pattern, scalar value). */
export const CUSTOM_TEXT_KEYS = /* @__PURE__ */ wireNames(1, 'td');
export const CUSTOM_NUMBER_KEYS = /* @__PURE__ */ wireNames(1, 'f');
export const LINE_ITEM_TEXT_KEYS = /* @__PURE__ */ wireNames(2, 'td');
export const LINE_ITEM_NUMBER_KEYS = /* @__PURE__ */ wireNames(2, 'f');
export const USER_DATA_KEYS = /* @__PURE__ */ wireNames(3, 'h');
export const EVENT_KEYS = /* @__PURE__ */ wireNames(0, 'nimukbCUoS');
export const CONSENT_KEYS = /* @__PURE__ */ wireNames(4, 'g');
