/**
 * user_data: raw values from the event (pinterest/capi-user-data.ts) and the override table, each
 * normalised and SHA-256 hashed per pinterest/normalise.ts (already hashed values pass through,
 * lower-cased), arrays per element, duplicates and empty values left out, unusable ones noted (the
 * field and why, never the value); then the plain fields: client IP without port, user agent, click id,
 * partner id. The phone and state rules read the user's country: the first usable address country,
 * else the tag's Default country (ISO 3166-1 alpha-2).
 * https://developers.pinterest.com/docs/api/v5/events-create (user_data)
 */
import { getCookieValues, sha256Sync } from '../../../gtm-sandbox/import/server';
import { clientIp, epikFromUrl, rawUserDataFromEvent, type RawUserData } from '../../../pinterest/capi-user-data';
import type { CapiUserData } from '../../../pinterest/capi-types';
import { HASHED_FIELDS, isSha256Hex, normaliseUserField, prepareUserField, type UserContext, type UserField } from '../../../pinterest/normalise';
import { twoLetterCode } from '../../../pinterest/normalise-place';
import { CLICK_ID_LIMIT, TEXT_LIMIT } from '../../../pinterest/forwarding-protocol';
import { idText, isClickId } from '../../../pinterest/text-rules';
import { toList, toObject, toText } from '../../../pinterest/values';
import { USER_FIELDS } from './choices';

const PLAIN_FIELDS = ['client_ip_address', 'client_user_agent', 'click_id', 'partner_id'];

/** The override table as field → values (a field listed twice gives two values). */
function overrides(table: unknown): RawUserData {
  const out: RawUserData = {};
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const field = row === undefined ? undefined : toText(row.field);
    // Only the table's own choices: a field from a variable ("__proto__", "constructor") is not a key of user_data.
    if (row === undefined || field === undefined || USER_FIELDS.indexOf(field) === -1) continue;
    out[field] = (out[field] ?? []).concat(toList(row.value).length > 0 ? toList(row.value) : [row.value]);
  }
  return out;
}

function note(notes: string[], message: string): void {
  if (notes.indexOf(message) === -1) notes.push(message);
}

function hashed(field: UserField, values: unknown[], context: UserContext, notes: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const prepared = prepareUserField(field, values[i], context);
    if (prepared === undefined) continue;
    if (prepared.skip !== undefined) note(notes, field + ' left out: ' + prepared.skip);
    const digest = prepared.hashed ?? (prepared.plain !== undefined ? sha256Sync(prepared.plain, { outputEncoding: 'hex' }) : undefined);
    if (digest !== undefined && out.indexOf(digest) === -1) out.push(digest);
  }
  return out;
}

/** The user's country: the first address country that normalises, else the Default country field. */
function userCountry(countries: unknown[], defaultCountry: unknown, notes: string[]): string | undefined {
  for (let i = 0; i < countries.length; i++) {
    const outcome = normaliseUserField('country', countries[i]);
    if (outcome !== undefined && outcome.value !== undefined) return outcome.value;
  }
  const fallback = toText(defaultCountry);
  const code = fallback === undefined ? undefined : twoLetterCode(fallback);
  if (fallback !== undefined && code === undefined) note(notes, 'the Default country is not a two-letter ISO 3166-1 code: ignored');
  return code;
}

/** Hashed and plain user_data; `notes` collects why values were left out. */
export function buildUserData(event: Record<string, unknown>, overrideTable: unknown, defaultCountry: unknown, notes: string[]): CapiUserData {
  const raw = rawUserDataFromEvent(event);
  // GA4's sha256_phone_number is the hash of the E.164 form with "+" ("remove all non-digit characters, add +
  // prefix", https://developers.google.com/analytics/devguides/collection/ga4/uid-data; "include the plus sign",
  // https://developers.google.com/data-manager/api/devguides/concepts/formatting);
  // Pinterest's ph is the hash of the digits only, so it can never match: it is left out (docs/enhanced-match.md).
  if ((toObject(event.user_data) ?? {}).sha256_phone_number !== undefined) note(notes, 'ph left out: GA4\'s sha256_phone_number hashes the number with "+", which never matches Pinterest\'s digits-only hash');
  const forced = overrides(overrideTable);
  const context: UserContext = { country: userCountry(forced.country ?? raw.country ?? [], defaultCountry, notes) };
  const out: CapiUserData = {};
  for (let i = 0; i < HASHED_FIELDS.length; i++) {
    const field = HASHED_FIELDS[i];
    const values = forced[field] ?? raw[field] ?? [];
    const digests = hashed(field, values, context, notes);
    if (digests.length > 0) out[field] = digests;
  }
  const plain: { [field: string]: string | undefined } = {
    client_ip_address: clientIp(event.ip_override),
    client_user_agent: toText(event.user_agent),
    click_id: epikFromUrl(event.page_location) ?? toText(getCookieValues('_epik')[0]) ?? toText(event.click_id) ?? toText(event.epik),
    partner_id: toText(event.partner_id),
  };
  for (let i = 0; i < PLAIN_FIELDS.length; i++) {
    const field = PLAIN_FIELDS[i];
    const forcedValue = forced[field] === undefined ? undefined : toText(forced[field][0]);
    const value = plainValue(field, field === 'client_ip_address' && forcedValue !== undefined ? clientIp(forcedValue) : forcedValue ?? plain[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * IP address, user agent, click id and partner id are sent plain ("client_ip_address … not hashed", user_data
 * in https://developers.pinterest.com/docs/api/v5/events-create): each is taken as the text it is, never
 * judged by its shape beyond two exact rules: a SHA-256 digest (64 hex digits) is a hashed value, which none
 * of them may be, and a click id is in Pinterest's alphabet, as the Pinterest client takes it
 * (pinterest/text-rules.ts isClickId: base64 text; "555-0142-7788" is one, an email address is not).
 */
function plainValue(field: string, value: string | undefined): string | undefined {
  const text = idText(value, TEXT_LIMIT);
  return text === undefined || isSha256Hex(text) || (field === 'click_id' && !isClickId(text, CLICK_ID_LIMIT)) ? undefined : text;
}

/** Pinterest needs em, hashed_maids, or both the IP address and the user agent. */
export function hasRequiredIdentifiers(user: CapiUserData): boolean {
  return user.em !== undefined || user.hashed_maids !== undefined || (user.client_ip_address !== undefined && user.client_user_agent !== undefined);
}
