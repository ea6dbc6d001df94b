/**
 * Strict validation of one ForwardedEvent as the server receives it (pinterest/forwarding-protocol.ts):
 * types, lengths, the event name pattern, SHA-256 hex for user data, no unknown keys. The error names a
 * field path and a rule, never the value, so nothing from the request is echoed back.
 */
import { getType, Object } from '../gtm-sandbox/import/common';
import { isCustomEventName } from './events';
import {
  CUSTOM_NUMBER_KEYS, CUSTOM_TEXT_KEYS, EVENT_KEYS, LIMITS, LINE_ITEM_NUMBER_KEYS, LINE_ITEM_TEXT_KEYS, USER_DATA_KEYS,
} from './forwarding-protocol';
import { isSha256Hex } from './normalise';

type Check = string | undefined;

const text = (value: unknown, max: number, path: string): Check =>
  getType(value) !== 'string' || (value as string).length === 0 || (value as string).length > max ? path + ': must be a string of 1 to ' + max + ' characters' : undefined;
const number = (value: unknown, path: string): Check =>
  getType(value) !== 'number' || (value as number) - (value as number) !== 0 ? path + ': must be a finite number' : undefined;
const url = (value: unknown, path: string): Check => {
  const problem = text(value, LIMITS.urlLength, path);
  if (problem !== undefined) return problem;
  const lower = (value as string).toLowerCase();
  return lower.indexOf('https://') === 0 || lower.indexOf('http://') === 0 ? undefined : path + ': must be an http(s) URL';
};

function isPropertyName(name: string): boolean {
  if (name.length === 0 || name.length > LIMITS.customKeyLength) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || c === '_' || (i > 0 && c >= '0' && c <= '9'))) return false;
  }
  return true;
}

function lineItem(value: unknown, path: string): Check {
  if (getType(value) !== 'object') return path + ': must be an object';
  const item = value as Record<string, unknown>;
  const keys = Object.keys(item);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const at = path + '.' + key;
    if (LINE_ITEM_TEXT_KEYS.indexOf(key) !== -1) { const p = text(item[key], LIMITS.textLength, at); if (p) return p; continue; }
    if (LINE_ITEM_NUMBER_KEYS.indexOf(key) !== -1) { const p = number(item[key], at); if (p) return p; continue; }
    return at + ': is not a line item field';
  }
  return undefined;
}

function customData(value: unknown): Check {
  if (getType(value) !== 'object') return 'custom_data: must be an object';
  const data = value as Record<string, unknown>;
  const keys = Object.keys(data);
  if (keys.length > LIMITS.customKeys) return 'custom_data: at most ' + LIMITS.customKeys + ' properties';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const at = 'custom_data.' + key;
    const v = data[key];
    if (key === 'line_items') {
      if (getType(v) !== 'array' || (v as unknown[]).length > LIMITS.lineItems) return at + ': must be an array of at most ' + LIMITS.lineItems + ' items';
      for (let j = 0; j < (v as unknown[]).length; j++) { const p = lineItem((v as unknown[])[j], at + '[' + j + ']'); if (p) return p; }
      continue;
    }
    if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) { const p = number(v, at); if (p) return p; continue; }
    if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) { const p = text(v, LIMITS.textLength, at); if (p) return p; continue; }
    if (!isPropertyName(key)) return 'custom_data: property names are lower-case letters, digits and underscores';
    const type = getType(v);
    if (type === 'string') { const p = text(v, LIMITS.textLength, at); if (p) return p; continue; }
    if (type !== 'number' && type !== 'boolean') return at + ': must be a string, a number or a boolean';
  }
  return undefined;
}

function userData(value: unknown): Check {
  if (getType(value) !== 'object') return 'user_data: must be an object';
  const data = value as Record<string, unknown>;
  const keys = Object.keys(data);
  for (let i = 0; i < keys.length; i++) {
    const at = 'user_data.' + keys[i];
    if (USER_DATA_KEYS.indexOf(keys[i]) === -1) return at + ': is not a user data field';
    const list = data[keys[i]];
    if (getType(list) !== 'array' || (list as unknown[]).length > LIMITS.hashesPerField) return at + ': must be an array of at most ' + LIMITS.hashesPerField + ' hashes';
    for (let j = 0; j < (list as unknown[]).length; j++) {
      const hash = (list as unknown[])[j];
      if (getType(hash) !== 'string' || !isSha256Hex(hash as string)) return at + '[' + j + ']: must be a SHA-256 hex digest';
    }
  }
  return undefined;
}

/** The first problem with a wire event, or undefined when it is valid. */
export function forwardedEventProblem(value: unknown): Check {
  if (getType(value) !== 'object') return 'event: must be an object';
  const event = value as Record<string, unknown>;
  const keys = Object.keys(event);
  for (let i = 0; i < keys.length; i++) if (EVENT_KEYS.indexOf(keys[i]) === -1) return keys[i].length > 40 ? 'event: unknown field' : keys[i] + ': is not a field of the protocol';
  const name = text(event.event_name, LIMITS.eventNameLength, 'event_name');
  if (name !== undefined) return name;
  if (!isCustomEventName(event.event_name as string)) return 'event_name: must be letters and underscores';
  const checks: Check[] = [
    text(event.event_id, LIMITS.eventIdLength, 'event_id'),
    event.event_time === undefined ? undefined : number(event.event_time, 'event_time'),
    event.page_location === undefined ? undefined : url(event.page_location, 'page_location'),
    event.page_referrer === undefined ? undefined : url(event.page_referrer, 'page_referrer'),
    event.click_id === undefined ? undefined : text(event.click_id, LIMITS.clickIdLength, 'click_id'),
    event.click_id_from_url === undefined || getType(event.click_id_from_url) === 'boolean' ? undefined : 'click_id_from_url: must be a boolean',
    event.opt_out_type === undefined || event.opt_out_type === 'LDP' || event.opt_out_type === '' ? undefined : 'opt_out_type: must be "LDP" or empty',
    event.custom_data === undefined ? undefined : customData(event.custom_data),
    event.user_data === undefined ? undefined : userData(event.user_data),
  ];
  for (let i = 0; i < checks.length; i++) if (checks[i] !== undefined) return checks[i];
  return undefined;
}
