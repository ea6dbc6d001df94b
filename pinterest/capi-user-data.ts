/**
 * Where each user_data field comes from in server event data: GA4's user_data (address as an object or
 * an array, plain or `sha256_` keys; https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data),
 * flat event data keys, and the Pinterest client's already hashed arrays. Values are collected raw
 * here; pinterest/normalise.ts decides how each is normalised and whether it is already hashed.
 */
import type { CommonApis } from '../gtm-sandbox/types/common';
import { fieldsOf, isList, toList, toText } from './values';

declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

/** Every hashed user_data field, in the API's order. */
export const HASHED_FIELDS = ['em', 'ph', 'ge', 'db', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'external_id', 'hashed_maids'];

export type RawUserData = { [field: string]: unknown[] };

/** A value or each value of a list, added to `out`; nothing for undefined and null. */
export function addValues(out: unknown[], value: unknown): void {
  if (isList(value)) for (let i = 0; i < (value as unknown[]).length; i++) out.push((value as unknown[])[i]);
  else if (value !== undefined && value !== null) out.push(value);
}

/**
 * The user_data field of each key of GA4's user_data (plain and sha256_ keys, and Pinterest's own names as the
 * Pinterest client forwards them) and of each GA4 address. GA4's sha256_phone_number is no source of ph: its hash
 * can never match Pinterest's (server-template/tag/src/user-data.ts).
 */
const USER_KEYS: { [key: string]: string } = {
  email_address: 'em', sha256_email_address: 'em', em: 'em', phone_number: 'ph', ph: 'ph', gender: 'ge', ge: 'ge', date_of_birth: 'db', db: 'db',
  fn: 'fn', ln: 'ln', ct: 'ct', st: 'st', zp: 'zp', country: 'country', external_id: 'external_id', hashed_maids: 'hashed_maids',
};
const ADDRESS_KEYS: { [key: string]: string } = {
  first_name: 'fn', sha256_first_name: 'fn', last_name: 'ln', sha256_last_name: 'ln', city: 'ct', region: 'st', postal_code: 'zp', country: 'country',
};

/** Each key of `source` that `keys` names adds its values to its field. */
function addKeys(out: RawUserData, source: Record<string, unknown>, keys: { [key: string]: string }): void {
  for (const key in source) {
    if (!keys.hasOwnProperty(key)) continue;
    const field = keys[key];
    addValues(out[field] = out[field] || [], source[key]);
  }
}

/**
 * Every hashed field's raw values, read from the keys the event has: GA4's user_data, the event's own
 * email, phone and user_id, then each GA4 address (an object or a list of them).
 */
export function rawUserDataFromEvent(event: Record<string, unknown>): RawUserData {
  const out: RawUserData = {};
  const user = fieldsOf(event.user_data);
  addKeys(out, user, USER_KEYS);
  addKeys(out, { em: event.email, ph: event.phone, external_id: event.user_id }, USER_KEYS);
  const addresses = isList(user.address) ? toList(user.address) : [user.address];
  for (let i = 0; i < addresses.length; i++) addKeys(out, fieldsOf(addresses[i]), ADDRESS_KEYS);
  return out;
}

/** The longest IPv6 text form (with an embedded IPv4 address) is 45 characters (RFC 4291 §2.2). */
const MAX_IP_LENGTH = 45;

/**
 * An IPv4 or IPv6 address in text form: hex digits, dots and colons only, with at least one dot or colon
 * (RFC 791 dotted quads, RFC 4291 §2.2); anything else (a name, a hash, junk) is left out, because
 * Pinterest matches on the real address ("client_ip_address", user_data).
 */
export function plainIp(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined || text.length > MAX_IP_LENGTH || (text.indexOf('.') === -1 && text.indexOf(':') === -1)) return undefined;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) if ('0123456789abcdef.:'.indexOf(lower.charAt(i)) === -1) return undefined;
  return text;
}

/**
 * The client's IP without a port: "203.0.113.9:5123" → "203.0.113.9", "[2001:db8::1]:443" →
 * "2001:db8::1"; a bare IPv6 address is kept; of a forwarded list the first entry counts.
 */
export function clientIp(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  const first = text.split(',')[0].trim();
  if (first.charAt(0) === '[') {
    const end = first.indexOf(']');
    return end > 1 ? plainIp(first.slice(1, end)) : undefined;
  }
  const parts = first.split(':');
  return plainIp(parts.length === 2 ? parts[0] : first);
}

/**
 * The epik parameter of a page URL (Pinterest's click id on ad clicks). A URL that holds neither "epik"
 * nor a percent-encoded character cannot have that parameter, and is not parsed (parseUrl is required
 * only when one might be there).
 */
export function epikFromUrl(url: unknown): string | undefined {
  const text = toText(url);
  if (text === undefined || (text.indexOf('epik') === -1 && text.indexOf('%') === -1)) return undefined;
  const parsed = require('parseUrl')(text);
  if (parsed === undefined) return undefined;
  const value = parsed.searchParams.epik;
  return toText(isList(value) ? toList(value)[0] : value);
}
