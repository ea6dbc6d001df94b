/**
 * Where each user_data field comes from in server event data: GA4's user_data (address as an object or
 * an array, plain or `sha256_` keys; https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data),
 * flat event data keys, and the Pinterest client's already hashed arrays. Values are collected raw
 * here; pinterest/normalise.ts decides how each is normalised and whether it is already hashed.
 */
import type { CommonApis } from '../gtm-sandbox/types/common';
import type { UserField } from './normalise';
import { toList, toObject, toText } from './values';

declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

export type RawUserData = { [field: string]: unknown[] };

function add(out: RawUserData, field: UserField, value: unknown): void {
  const list = toList(value);
  const values = list.length > 0 ? list : value === undefined || value === null ? [] : [value];
  if (values.length === 0) return;
  out[field] = (out[field] ?? []).concat(values);
}

export function rawUserDataFromEvent(event: Record<string, unknown>): RawUserData {
  const out: RawUserData = {};
  const user = toObject(event.user_data) ?? {};
  add(out, 'em', user.email_address); add(out, 'em', user.sha256_email_address); add(out, 'em', user.em); add(out, 'em', event.email);
  // Not GA4's sha256_phone_number: its hash can never match Pinterest's (server-template/tag/src/user-data.ts).
  add(out, 'ph', user.phone_number); add(out, 'ph', user.ph); add(out, 'ph', event.phone);
  add(out, 'ge', user.gender); add(out, 'ge', user.ge); add(out, 'db', user.date_of_birth); add(out, 'db', user.db);
  add(out, 'external_id', user.external_id); add(out, 'external_id', event.user_id);
  const hashedKeys: UserField[] = ['fn', 'ln', 'ct', 'st', 'zp', 'country', 'hashed_maids'];
  for (let i = 0; i < hashedKeys.length; i++) add(out, hashedKeys[i], user[hashedKeys[i]]);
  const addresses = toList(user.address).length > 0 ? toList(user.address) : [user.address];
  for (let i = 0; i < addresses.length; i++) {
    const address = toObject(addresses[i]);
    if (address === undefined) continue;
    add(out, 'fn', address.first_name); add(out, 'fn', address.sha256_first_name);
    add(out, 'ln', address.last_name); add(out, 'ln', address.sha256_last_name);
    add(out, 'ct', address.city); add(out, 'st', address.region); add(out, 'zp', address.postal_code); add(out, 'country', address.country);
  }
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
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c === '.' || c === ':')) return undefined;
  }
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
  const colons = first.split(':').length - 1;
  return plainIp(colons === 1 ? first.split(':')[0] : first);
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
  return toText(toList(value).length > 0 ? toList(value)[0] : value);
}
