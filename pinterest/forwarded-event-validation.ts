/**
 * Strict validation of one ForwardedEvent as the server receives it (pinterest/forwarding-protocol.ts): the
 * client is the one judge of what reaches the container. Types, lengths in Unicode characters, valid text
 * (pinterest/text-rules.ts), the event name pattern, the click id alphabet, SHA-256 hex for user data, the
 * consent values, no unknown keys. Raw contact data is kept out by field meaning: contact data travels only
 * hashed in user_data, identifiers (event_id, order_id, product_id, click_id) are never judged by their
 * shape, and free text (every other string, and a page URL's path) must hold no email address
 * (pinterest/email-address.ts).
 *
 * A problem reads "<field path>: <rule>". Paths are built from the protocol's own names only (a custom
 * property is `custom_data.*`, an unknown field is named by its parent), never from the request, so
 * nothing the sender wrote is echoed back (docs/event-protocol.md, "Errors").
 */
import type { CommonApis } from '../gtm-sandbox/types/common';
import { looksLikeEmail } from './email-address';
import { isCustomEventName } from './events';
import { CONSENT_KEYS, CONSENT_VALUES, CUSTOM_NUMBER_KEYS, CUSTOM_TEXT_KEYS, EVENT_KEYS, LINE_ITEM_NUMBER_KEYS, LINE_ITEM_TEXT_KEYS, USER_DATA_KEYS, CLICK_ID_LIMIT, CUSTOM_KEYS_LIMIT, CUSTOM_KEY_LENGTH, EVENT_ID_LIMIT, EVENT_NAME_LIMIT, HASHES_PER_FIELD, LINE_ITEMS_LIMIT, TEXT_LIMIT, URL_LIMIT } from './forwarding-protocol';
import { isSha256Hex } from './digests';
import { isClickId, isProtocolText, withoutQuery } from './text-rules';
import { isList, isObject, keysOf } from './values';

declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

/** parseUrl, required on the first URL checked. */
let parseUrl: CommonApis['parseUrl'] | undefined;

type Check = string | undefined;

const OUTSIDE = ': has a field outside the protocol';
const NO_EMAIL = ': must not hold a raw email address (send it hashed in user_data.em)';
/** Identifiers: an id is whatever the shop calls it ("978-0-306-40615-7", "2024-0615-0042"). */
const ID_KEYS = ['event_id', 'order_id', 'product_id'];

const text = (value: unknown, max: number, path: string): Check =>
  typeof value !== 'string' || !isProtocolText(value as string, max) ? path + ': must be text of 1 to ' + max + ' characters without control characters' : undefined;
const number = (value: unknown, path: string): Check =>
  typeof value !== 'number' || (value as number) - (value as number) !== 0 ? path + ': must be a finite number' : undefined;
/** A string field: valid text; free text (not an identifier) also holds no email address. */
function textField(value: unknown, key: string, path: string): Check {
  return text(value, TEXT_LIMIT, path) ?? (ID_KEYS.indexOf(key) === -1 && looksLikeEmail(value as string) ? path + NO_EMAIL : undefined);
}

function url(value: unknown, path: string): Check {
  const problem = text(value, URL_LIMIT, path);
  if (problem !== undefined) return problem;
  if (parseUrl === undefined) parseUrl = require('parseUrl');
  const parsed = parseUrl(value as string);
  const web = parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  if (!web || parsed.username !== '' || parsed.password !== '') return path + ': must be an http(s) URL without credentials';
  // The query and fragment are dropped before event data (pinterest/forwarded-event-data.ts); the rest is kept.
  return looksLikeEmail(withoutQuery(value as string)) ? path + NO_EMAIL : undefined;
}

/** A custom property's name: a letter or an underscore, then letters, digits and underscores, at most 64. */
function isPropertyName(name: string): boolean {
  if (name.length === 0 || name.length > CUSTOM_KEY_LENGTH) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (i > 0 && c >= '0' && c <= '9'))) return false;
  }
  return true;
}

/** An object whose keys are each a text key, a number key, or (when `other` is given) judged by it. */
function fields(value: unknown, path: string, texts: string[], numbers: string[], other?: (key: string, v: unknown) => Check): Check {
  if (!isObject(value)) return path + ': must be an object';
  const data = value as Record<string, unknown>;
  const keys = keysOf(data);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const at = path + '.' + key;
    const p = texts.indexOf(key) !== -1 ? textField(data[key], key, at) : numbers.indexOf(key) !== -1 ? number(data[key], at) : other !== undefined ? other(key, data[key]) : path + OUTSIDE;
    if (p !== undefined) return p;
  }
  return undefined;
}

/** One advertiser-defined custom property: its name, and a string, a finite number or a boolean. */
function customProperty(name: string, value: unknown): Check {
  if (!isPropertyName(name)) return 'custom_data: property names are 1 to ' + CUSTOM_KEY_LENGTH + ' letters, digits and underscores';
  const type = typeof value;
  return type === 'number' ? number(value, 'custom_data.*') : type === 'boolean' ? undefined
    : type === 'string' ? textField(value, '', 'custom_data.*') : 'custom_data.*: must be a string, a number or a boolean';
}

function customData(value: unknown): Check {
  if (isObject(value) && keysOf(value as object).length > CUSTOM_KEYS_LIMIT) return 'custom_data: at most ' + CUSTOM_KEYS_LIMIT + ' properties';
  return fields(value, 'custom_data', CUSTOM_TEXT_KEYS, CUSTOM_NUMBER_KEYS, (key, v) => {
    if (key !== 'line_items') return customProperty(key, v);
    if (!isList(v) || (v as unknown[]).length > LINE_ITEMS_LIMIT) return 'custom_data.line_items: must be an array of at most ' + LINE_ITEMS_LIMIT + ' items';
    for (let j = 0; j < (v as unknown[]).length; j++) {
      const p = fields((v as unknown[])[j], 'custom_data.line_items[' + j + ']', LINE_ITEM_TEXT_KEYS, LINE_ITEM_NUMBER_KEYS);
      if (p !== undefined) return p;
    }
    return undefined;
  });
}

function userData(value: unknown): Check {
  return fields(value, 'user_data', [], [], (key, list) => {
    if (USER_DATA_KEYS.indexOf(key) === -1) return 'user_data' + OUTSIDE;
    if (!isList(list) || (list as unknown[]).length > HASHES_PER_FIELD) return 'user_data.' + key + ': must be an array of at most ' + HASHES_PER_FIELD + ' hashes';
    for (let j = 0; j < (list as unknown[]).length; j++) {
      const hash = (list as unknown[])[j];
      if (typeof hash !== 'string' || !isSha256Hex(hash as string)) return 'user_data.' + key + '[' + j + ']: must be a SHA-256 hex digest';
    }
    return undefined;
  });
}

/** Consent Mode v2 state: ad_storage and ad_user_data, each "granted" or "denied"; both optional. */
export function consentProblem(value: unknown): Check {
  return fields(value, 'consent', [], [], (key, v) =>
    CONSENT_KEYS.indexOf(key) === -1 ? 'consent' + OUTSIDE : CONSENT_VALUES.indexOf(v as string) === -1 ? 'consent.' + key + ': must be "granted" or "denied"' : undefined);
}

/** The first problem with a wire event, or undefined when it is valid. */
export function forwardedEventProblem(value: unknown): Check {
  if (!isObject(value)) return 'event: must be an object';
  const event = value as Record<string, unknown>;
  const keys = keysOf(event);
  for (let i = 0; i < keys.length; i++) if (EVENT_KEYS.indexOf(keys[i]) === -1) return 'event' + OUTSIDE;
  const clickId = event.click_id;
  const time = event.event_time;
  const checks: Check[] = [
    text(event.event_name, EVENT_NAME_LIMIT, 'event_name') ?? (isCustomEventName(event.event_name as string) ? undefined : 'event_name: must be letters and underscores'),
    text(event.event_id, EVENT_ID_LIMIT, 'event_id'),
    time === undefined ? undefined : number(time, 'event_time') ?? ((time as number) < 0 ? 'event_time: must not be negative' : undefined),
    event.page_location === undefined ? undefined : url(event.page_location, 'page_location'),
    event.page_referrer === undefined ? undefined : url(event.page_referrer, 'page_referrer'),
    clickId === undefined || (typeof clickId === 'string' && isClickId(clickId as string, CLICK_ID_LIMIT)) ? undefined
      : 'click_id: must be 1 to ' + CLICK_ID_LIMIT + ' characters of A-Z a-z 0-9 + / - _ =',
    event.click_id_from_url === undefined || typeof event.click_id_from_url === 'boolean' ? undefined : 'click_id_from_url: must be a boolean',
    event.opt_out_type === undefined || event.opt_out_type === 'LDP' || event.opt_out_type === '' ? undefined : 'opt_out_type: must be "LDP" or empty',
    event.custom_data === undefined ? undefined : customData(event.custom_data),
    event.user_data === undefined ? undefined : userData(event.user_data),
    event.consent === undefined ? undefined : consentProblem(event.consent),
  ];
  for (let i = 0; i < checks.length; i++) if (checks[i] !== undefined) return checks[i];
  return undefined;
}
