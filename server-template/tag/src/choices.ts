/**
 * Field values the definition and the code share. Pure (no sandbox APIs): definition.ts imports it. The code
 * compares with literals checked against these types (`'always' satisfies LogMode`), so no table of choices
 * is compiled into the tag.
 */
export const EVENT_NAME_SOURCE = { inherit: 'inherit', standard: 'standard', custom: 'custom' } as const;
export const UNKNOWN_EVENTS = { skip: 'skip', custom: 'custom', passthrough: 'passthrough' } as const;
export const CONSENT_MODE = { respect: 'respect', always: 'always' } as const;
export const LOG_MODE = { off: 'off', debug: 'debug', always: 'always' } as const;
type ValueOf<T> = T[keyof T];
export type EventNameSource = ValueOf<typeof EVENT_NAME_SOURCE>;
export type UnknownEvents = ValueOf<typeof UNKNOWN_EVENTS>;
export type ConsentMode = ValueOf<typeof CONSENT_MODE>;
export type LogMode = ValueOf<typeof LOG_MODE>;
export const DEFAULT_MAX_RETRIES = 2;
/** The most retries the tag makes, whatever the field says: 6 attempts at most per event. */
export const MAX_RETRIES = 5;
export const DEFAULT_TIMEOUT_MS = 5000;
/** The Firestore collection of cross-domain click ids, and the only one the template's permission allows (docs/cross-domain.md). */
export const DEFAULT_CLICK_COLLECTION = 'pinterest_click_ids';
/**
 * How long a stored click id is used: Pinterest's default click-through attribution window (click_window_days
 * "defaults to 30", https://developers.pinterest.com/docs/api/v5/analytics-create_report).
 */
export const CLICK_WINDOW_DAYS = 30;

/**
 * Every event data key the tag reads (src/main.ts reads the event with one getAllEventData() and looks
 * only at these keys; https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data).
 * Not compiled into the tag: the tests hold the tag to it (tests/templates/server-tag-run.test.ts) and the
 * client keeps custom properties off these keys (tests/pinterest/forwarded-protocol.test.ts).
 */
export const EVENT_DATA_KEYS = [
  'event_name', 'event_id', 'event_time', 'page_location', 'language', 'ip_override', 'user_agent', 'user_id', 'opt_out',
  'user_data', 'email', 'phone', 'click_id', 'epik', 'partner_id',
  'value', 'currency', 'transaction_id', 'order_id', 'items', 'line_items', 'search_term', 'search_string', 'search_query',
  'content_name', 'content_category', 'content_brand', 'opt_out_type', 'x-ga-gcs', 'x-ga-gcd', 'action_source', 'consent_state',
  'client_id', 'click_id_from_url',
];

/** custom_data fields of free text (the override table's text fields; src/custom-data.ts). */
export const CUSTOM_TEXT_FIELDS = ['search_string', 'content_name', 'content_category', 'content_brand'];
/** custom_data fields the override table may set (the API's custom_data has no others: additionalProperties false). */
export const CUSTOM_FIELDS: string[] = /* @__PURE__ */ ['value', 'currency', 'order_id', 'content_ids', 'contents', 'num_items'].concat(CUSTOM_TEXT_FIELDS, ['opt_out_type']);
/** user_data fields the override table may set. */
export const USER_FIELDS = ['em', 'ph', 'ge', 'db', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'external_id', 'client_ip_address', 'client_user_agent', 'click_id', 'partner_id'];
