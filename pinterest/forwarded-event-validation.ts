/**
 * Strict validation of one ForwardedEvent as the server receives it (pinterest/forwarding-protocol.ts):
 * types, lengths in Unicode characters, valid text (pinterest/text-rules.ts), the event name pattern,
 * the click id alphabet, SHA-256 hex for user data, no raw email address or phone number in any free
 * text (event_id, custom_data; pinterest/personal-data.ts) nor an email address in a page URL's path,
 * the consent values, no unknown keys.
 *
 * A problem reads "<field path>: <rule>". Paths are built from the protocol's own names only (a custom
 * property is `custom_data.*`, an unknown field is named by its parent), never from the request, so
 * nothing the sender wrote is echoed back (docs/event-protocol.md, "Errors").
 */
import type { CommonApis } from '../gtm-sandbox/types/common';
import { isCustomEventName } from './events';
import {
  CONSENT_KEYS, CONSENT_VALUES, CUSTOM_NUMBER_KEYS, CUSTOM_TEXT_KEYS, EVENT_KEYS, LIMITS, LINE_ITEM_NUMBER_KEYS, LINE_ITEM_TEXT_KEYS, USER_DATA_KEYS,
} from './forwarding-protocol';
import { isSha256Hex } from './normalise';
import { looksLikeEmail, looksLikePhone } from './personal-data';
import { isClickId, isProtocolText, withoutQuery } from './text-rules';
import { isList, isObject, keysOf } from './values';

declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

/** parseUrl, required on the first URL checked (the web tag's fires without forwarding never check one). */
let parseUrl: CommonApis['parseUrl'] | undefined;

type Check = string | undefined;

const OUTSIDE = ': has a field outside the protocol';
const NO_EMAIL = ': must not hold a raw email address (send it hashed in user_data.em)';
const NO_PHONE = ': must not hold a raw phone number';

const text = (value: unknown, max: number, path: string): Check =>
  typeof value !== 'string' || !isProtocolText(value as string, max) ? path + ': must be text of 1 to ' + max + ' characters without control characters' : undefined;
const number = (value: unknown, path: string): Check =>
  typeof value !== 'number' || (value as number) - (value as number) !== 0 ? path + ': must be a finite number' : undefined;
/** Free text (event_id, custom_data): valid text that holds no email address and is not a phone number. */
const freeText = (value: unknown, max: number, path: string): Check =>
  text(value, max, path) ?? (looksLikeEmail(value as string) ? path + NO_EMAIL : looksLikePhone(value as string) ? path + NO_PHONE : undefined);
export const customText = (value: unknown, path: string): Check => freeText(value, LIMITS.textLength, path);

function url(value: unknown, path: string): Check {
  const problem = text(value, LIMITS.urlLength, path);
  if (problem !== undefined) return problem;
  if (parseUrl === undefined) parseUrl = require('parseUrl');
  const parsed = parseUrl(value as string);
  const web = parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  if (!web || parsed.username !== '' || parsed.password !== '') return path + ': must be an http(s) URL without credentials';
  // The query and fragment are dropped before event data (pinterest/forwarded-event-data.ts); the rest is kept.
  return looksLikeEmail(withoutQuery(value as string)) ? path + NO_EMAIL : undefined;
}

function isPropertyName(name: string): boolean {
  if (name.length === 0 || name.length > LIMITS.customKeyLength) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || c === '_' || (i > 0 && c >= '0' && c <= '9'))) return false;
  }
  return true;
}

/** One advertiser-defined custom property: its name, and a scalar value that is not raw contact data. */
export function customPropertyProblem(name: string, value: unknown): Check {
  const path = 'custom_data.*';
  if (!isPropertyName(name)) return 'custom_data: property names are 1 to ' + LIMITS.customKeyLength + ' lower-case letters, digits and underscores';
  const type = typeof value;
  if (type === 'number') return number(value, path);
  if (type === 'boolean') return undefined;
  if (type !== 'string') return path + ': must be a string, a number or a boolean';
  return customText(value, path);
}

export function lineItemProblem(value: unknown, path: string): Check {
  if (!isObject(value)) return path + ': must be an object';
  const item = value as Record<string, unknown>;
  const keys = keysOf(item);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (LINE_ITEM_TEXT_KEYS.indexOf(key) !== -1) { const p = customText(item[key], path + '.' + key); if (p) return p; continue; }
    if (LINE_ITEM_NUMBER_KEYS.indexOf(key) !== -1) { const p = number(item[key], path + '.' + key); if (p) return p; continue; }
    return path + OUTSIDE;
  }
  return undefined;
}

function customData(value: unknown): Check {
  if (!isObject(value)) return 'custom_data: must be an object';
  const data = value as Record<string, unknown>;
  const keys = keysOf(data);
  if (keys.length > LIMITS.customKeys) return 'custom_data: at most ' + LIMITS.customKeys + ' properties';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = data[key];
    if (key === 'line_items') {
      if (!isList(v) || (v as unknown[]).length > LIMITS.lineItems) return 'custom_data.line_items: must be an array of at most ' + LIMITS.lineItems + ' items';
      for (let j = 0; j < (v as unknown[]).length; j++) { const p = lineItemProblem((v as unknown[])[j], 'custom_data.line_items[' + j + ']'); if (p) return p; }
      continue;
    }
    if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) { const p = number(v, 'custom_data.' + key); if (p) return p; continue; }
    if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) { const p = customText(v, 'custom_data.' + key); if (p) return p; continue; }
    const p = customPropertyProblem(key, v);
    if (p) return p;
  }
  return undefined;
}

function userData(value: unknown): Check {
  if (!isObject(value)) return 'user_data: must be an object';
  const data = value as Record<string, unknown>;
  const keys = keysOf(data);
  for (let i = 0; i < keys.length; i++) {
    if (USER_DATA_KEYS.indexOf(keys[i]) === -1) return 'user_data' + OUTSIDE;
    const at = 'user_data.' + keys[i];
    const list = data[keys[i]];
    if (!isList(list) || (list as unknown[]).length > LIMITS.hashesPerField) return at + ': must be an array of at most ' + LIMITS.hashesPerField + ' hashes';
    for (let j = 0; j < (list as unknown[]).length; j++) {
      const hash = (list as unknown[])[j];
      if (typeof hash !== 'string' || !isSha256Hex(hash as string)) return at + '[' + j + ']: must be a SHA-256 hex digest';
    }
  }
  return undefined;
}

/** Consent Mode v2 state: ad_storage and ad_user_data, each "granted" or "denied"; both optional. */
export function consentProblem(value: unknown): Check {
  if (!isObject(value)) return 'consent: must be an object';
  const consent = value as Record<string, unknown>;
  const keys = keysOf(consent);
  for (let i = 0; i < keys.length; i++) {
    if (CONSENT_KEYS.indexOf(keys[i]) === -1) return 'consent' + OUTSIDE;
    if (CONSENT_VALUES.indexOf(consent[keys[i]] as string) === -1) return 'consent.' + keys[i] + ': must be "granted" or "denied"';
  }
  return undefined;
}

/** The first problem with a wire event, or undefined when it is valid. */
export function forwardedEventProblem(value: unknown): Check {
  if (!isObject(value)) return 'event: must be an object';
  const event = value as Record<string, unknown>;
  const keys = keysOf(event);
  for (let i = 0; i < keys.length; i++) if (EVENT_KEYS.indexOf(keys[i]) === -1) return 'event' + OUTSIDE;
  const name = text(event.event_name, LIMITS.eventNameLength, 'event_name');
  if (name !== undefined) return name;
  if (!isCustomEventName(event.event_name as string)) return 'event_name: must be letters and underscores';
  const clickId = event.click_id;
  const checks: Check[] = [
    freeText(event.event_id, LIMITS.eventIdLength, 'event_id'),
    event.event_time === undefined ? undefined : number(event.event_time, 'event_time') ?? ((event.event_time as number) < 0 ? 'event_time: must not be negative' : undefined),
    event.page_location === undefined ? undefined : url(event.page_location, 'page_location'),
    event.page_referrer === undefined ? undefined : url(event.page_referrer, 'page_referrer'),
    clickId === undefined || (typeof clickId === 'string' && isClickId(clickId as string, LIMITS.clickIdLength) && !looksLikePhone(clickId as string)) ? undefined
      : 'click_id: must be 1 to ' + LIMITS.clickIdLength + ' characters of A-Z a-z 0-9 + / - _ =, not a phone number',
    event.click_id_from_url === undefined || typeof event.click_id_from_url === 'boolean' ? undefined : 'click_id_from_url: must be a boolean',
    event.opt_out_type === undefined || event.opt_out_type === 'LDP' || event.opt_out_type === '' ? undefined : 'opt_out_type: must be "LDP" or empty',
    event.custom_data === undefined ? undefined : customData(event.custom_data),
    event.user_data === undefined ? undefined : userData(event.user_data),
    event.consent === undefined ? undefined : consentProblem(event.consent),
  ];
  for (let i = 0; i < checks.length; i++) if (checks[i] !== undefined) return checks[i];
  return undefined;
}
