/**
 * The wire table (pinterest/forwarding-protocol.ts WIRE_FIELDS) that the client's validation and event data
 * read: every field has a known type, every event data key it names is one the client may set, consent's key
 * is CONSENT_STATE_KEY, and the key lists derived from it are the protocol's fields.
 */
import {
  CLIENT_EVENT_DATA_KEYS, CONSENT_KEYS, CONSENT_STATE_KEY, CUSTOM_NUMBER_KEYS, CUSTOM_TEXT_KEYS, EVENT_KEYS, LINE_ITEM_NUMBER_KEYS, LINE_ITEM_TEXT_KEYS,
  USER_DATA_KEYS, WIRE_FIELDS,
} from '../../pinterest/forwarding-protocol';

const sections = WIRE_FIELDS.split('|').map((section) => section.split(' ').map((entry) => {
  const [name, spec] = entry.split(':');
  return { name, type: spec.charAt(0), key: spec.length > 1 ? spec.slice(2) || name : undefined };
}));

test('five sections of name:type entries, with known types and names without spaces or colons', () => {
  expect(sections).toHaveLength(5);
  for (const field of sections.flat()) {
    expect(field.name).toMatch(/^[a-z_]+$/);
    expect('nidtfmukboghCLUS').toContain(field.type);
  }
});

test('every event data key the table names is one the client sets; consent becomes CONSENT_STATE_KEY; line items the GA4 item keys', () => {
  const keys = sections.slice(0, 2).flat().map((f) => f.key).filter((k) => k !== undefined && k !== 'custom_data');
  for (const key of keys) expect(CLIENT_EVENT_DATA_KEYS).toContain(key);
  expect(sections[0].find((f) => f.name === 'consent')?.key).toBe(CONSENT_STATE_KEY);
  expect(sections[2].map((f) => f.key)).toEqual(['item_id', 'item_name', 'item_category', 'item_variant', 'item_brand', 'price', 'quantity', 'discount']);
  expect(sections[0].filter((f) => f.key === undefined).map((f) => f.name)).toEqual([]);
  expect(sections[1].filter((f) => f.key === undefined).map((f) => f.name)).toEqual(['order_quantity']);
});

test('the derived key lists are the protocol\'s fields', () => {
  expect(EVENT_KEYS).toEqual(['event_name', 'event_id', 'event_time', 'page_location', 'page_referrer', 'click_id', 'click_id_from_url', 'custom_data', 'user_data', 'opt_out_type', 'consent']);
  expect([...CUSTOM_TEXT_KEYS].sort()).toEqual(['currency', 'lead_type', 'order_id', 'promo_code', 'search_query', 'video_title']);
  expect(CUSTOM_NUMBER_KEYS).toEqual(['value', 'order_quantity']);
  expect(LINE_ITEM_TEXT_KEYS).toEqual(['product_id', 'product_name', 'product_category', 'product_variant', 'product_brand']);
  expect(LINE_ITEM_NUMBER_KEYS).toEqual(['product_price', 'product_quantity', 'product_discount']);
  expect(USER_DATA_KEYS).toEqual(['em', 'external_id', 'st', 'country']);
  expect(CONSENT_KEYS).toEqual(['ad_storage', 'ad_user_data']);
});
