/** Field values the definition and the code share. Pure (no sandbox APIs): definition.ts imports it. */
export const EVENT_NAME_SOURCE = { inherit: 'inherit', standard: 'standard', custom: 'custom' } as const;
export const UNKNOWN_EVENTS = { skip: 'skip', custom: 'custom', passthrough: 'passthrough' } as const;
export const CONSENT_MODE = { respect: 'respect', always: 'always' } as const;
export const LOG_MODE = { off: 'off', debug: 'debug', always: 'always' } as const;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Every event data key the tag reads, and nothing else: the rest of the event is never looked at
 * (https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data).
 */
export const EVENT_DATA_KEYS = [
  'event_name', 'event_id', 'event_time', 'page_location', 'language', 'ip_override', 'user_agent', 'user_id', 'opt_out',
  'user_data', 'email', 'phone', 'click_id', 'epik', 'partner_id',
  'value', 'currency', 'transaction_id', 'order_id', 'items', 'line_items', 'search_term', 'search_string', 'search_query',
  'content_name', 'content_category', 'content_brand', 'opt_out_type', 'x-ga-gcs', 'x-ga-gcd',
  'action_source', 'consent_state', 'x-pinterest-gtm-source',
];

/** custom_data fields the override table may set (the API's custom_data has no others: additionalProperties false). */
export const CUSTOM_FIELDS = ['value', 'currency', 'order_id', 'content_ids', 'contents', 'num_items', 'search_string', 'content_name', 'content_category', 'content_brand', 'opt_out_type'];
/** user_data fields the override table may set. */
export const USER_FIELDS = ['em', 'ph', 'ge', 'db', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'external_id', 'client_ip_address', 'client_user_agent', 'click_id', 'partner_id'];
