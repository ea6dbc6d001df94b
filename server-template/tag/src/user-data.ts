/**
 * user_data: raw values from the event (pinterest/capi-user-data.ts) or the override table, each
 * normalised and SHA-256 hashed per pinterest/normalise.ts (already hashed values pass through,
 * lower-cased), arrays per element, duplicates and empty values left out, unusable ones noted (the
 * field and why, never the value); then the plain fields: client IP without port, user agent, click id,
 * partner id. The phone and state rules read the user's country: the first usable address country,
 * else the tag's Default country (ISO 3166-1 alpha-2). Fields without a value stay undefined, which
 * JSON.stringify leaves out of the request (send.ts).
 * https://developers.pinterest.com/docs/api/v5/events-create (user_data)
 */
import { getCookieValues, sha256Sync } from '../../../gtm-sandbox/import/server';
import { addValues, clientIp, epikFromUrl, HASHED_FIELDS, rawUserDataFromEvent, type RawUserData } from '../../../pinterest/capi-user-data';
import type { CapiUserData } from '../../../pinterest/capi-types';
import { isSha256Hex } from '../../../pinterest/digests';
import { CLICK_ID_LIMIT, TEXT_LIMIT } from '../../../pinterest/forwarding-protocol';
import { prepareUserField } from '../../../pinterest/normalise';
import { twoLetterCode } from '../../../pinterest/normalise-place';
import { idText, isClickId } from '../../../pinterest/text-rules';
import { fieldsOf, toList, toText } from '../../../pinterest/values';
import { USER_FIELDS } from './choices';
import type { Note } from './notes';

/** The override table as field → values (a field listed twice gives two values; a list value gives each). */
function overrides(table: unknown): RawUserData {
  const out: RawUserData = {};
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = fieldsOf(rows[i]);
    const field = toText(row.field);
    // Only the table's own choices: a field from a variable ("__proto__", "constructor") is not a key of user_data.
    if (field !== undefined && USER_FIELDS.indexOf(field) !== -1) addValues(out[field] = out[field] || [], row.value);
  }
  return out;
}

/** The user's country: the first address country that normalises, else the Default country field. */
function userCountry(countries: unknown[], defaultCountry: unknown, note: Note): string | undefined {
  for (let i = 0; i < countries.length; i++) {
    const country = prepareUserField('country', countries[i]);
    if (country !== undefined && country.value !== undefined) return country.value;
  }
  const fallback = toText(defaultCountry);
  const code = fallback === undefined ? undefined : twoLetterCode(fallback);
  if (fallback !== undefined && code === undefined) note('the Default country is not a two-letter ISO 3166-1 code: ignored');
  return code;
}

/**
 * User agent, click id and partner id are sent plain ("client_ip_address … not hashed", user_data in
 * https://developers.pinterest.com/docs/api/v5/events-create): each is taken as the text it is, never
 * judged by its shape beyond two exact rules: a SHA-256 digest (64 hex digits) is a hashed value, which none
 * of them may be, and a click id is in Pinterest's alphabet, as the Pinterest client takes it
 * (pinterest/text-rules.ts isClickId: base64 text; "555-0142-7788" is one, an email address is not).
 */
function plain(value: unknown, clickId?: boolean): string | undefined {
  const text = idText(value, TEXT_LIMIT);
  return text === undefined || isSha256Hex(text) || (clickId && !isClickId(text, CLICK_ID_LIMIT)) ? undefined : text;
}

/** Hashed and plain user_data; `note` hears why values were left out. */
export function buildUserData(event: Record<string, unknown>, overrideTable: unknown, defaultCountry: unknown, note: Note): CapiUserData {
  // GA4's sha256_phone_number is the hash of the E.164 form with "+" ("remove all non-digit characters, add +
  // prefix", https://developers.google.com/analytics/devguides/collection/ga4/uid-data; "include the plus sign",
  // https://developers.google.com/data-manager/api/devguides/concepts/formatting);
  // Pinterest's ph is the hash of the digits only, so it can never match: it is left out (docs/enhanced-match.md).
  if (fieldsOf(event.user_data).sha256_phone_number !== undefined) note('ph left out: GA4\'s sha256_phone_number (hashed with "+") never matches');
  const forced = overrides(overrideTable);
  const raw = rawUserDataFromEvent(event);
  // ph and st read the user's country.
  const country = userCountry(forced.country || raw.country || [], defaultCountry, note);
  const out: CapiUserData = {};
  for (let f = 0; f < HASHED_FIELDS.length; f++) {
    const field = HASHED_FIELDS[f];
    const values = forced[field] || raw[field];
    if (values === undefined) continue;
    const digests: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const prepared = prepareUserField(field, values[i], country);
      if (prepared === undefined) continue;
      if (prepared.skip !== undefined) note(field + ' left out: ' + prepared.skip);
      const digest = prepared.hashed || (prepared.value !== undefined ? sha256Sync(prepared.value, { outputEncoding: 'hex' }) : undefined);
      if (digest !== undefined && digests.indexOf(digest) === -1) digests.push(digest);
    }
    if (digests.length > 0) out[field] = digests;
  }
  const forcedText = (field: string): string | undefined => (forced[field] === undefined ? undefined : toText(forced[field][0]));
  // An IP address (at most 45 characters of hex digits, dots and colons) is always valid text and never a digest.
  // An override wins; the texts are never empty, so || reads as ??.
  out.client_ip_address = clientIp(forcedText('client_ip_address') || event.ip_override);
  out.client_user_agent = plain(forcedText('client_user_agent') || event.user_agent);
  out.click_id = plain(forcedText('click_id') || epikFromUrl(event.page_location) || toText(getCookieValues('_epik')[0]) || toText(event.click_id) || event.epik, true);
  out.partner_id = plain(forcedText('partner_id') || event.partner_id);
  return out;
}
