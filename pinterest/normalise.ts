/**
 * How each user_data field is normalised before SHA-256 for the Conversions API. Rules from its reference
 * (user_data, https://developers.pinterest.com/docs/api/v5/events-create): email lower-case; phone digits
 * only with the country code and no leading zeros (pinterest/normalise-phone.ts); gender f/m/n; birth date
 * YYYYMMDD; city lower-case without spaces or punctuation; state 2-letter lower-case; zip digits (US: 5);
 * country ISO-3166 alpha-2 lower-case (pinterest/normalise-place.ts). Pinterest's examples sometimes hash
 * upper-case codes; its descriptions and its own server template lower-case, which we follow. A value
 * that cannot be normalised is left out with a reason (never the value) for the log. The web tag's few
 * fields have their own rules (pinterest/tag-fields.ts).
 */
import { DIGITS } from './alphabets';
import { isMd5OrSha1Hex, isSha256Hex, MD5_SHA1, normaliseEmail } from './digests';
import { e164Digits } from './normalise-phone';
import { countryCode, stateCode, type Outcome } from './normalise-place';
import { toText } from './values';

export type { Outcome } from './normalise-place';

/** What the API gets for a value: `hashed` (a digest to pass through), `value` (to hash), or `skip` (left out, why). */
export interface Prepared extends Outcome { hashed?: string }

const WHITESPACE = ' \t\n\r\u00a0';
/** What a city loses: whitespace and ASCII punctuation. */
const CITY_DROP = WHITESPACE + '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** `text` without the characters of `drop` (`without(x, chars) === ''`: x holds only those characters). */
export function without(text: string, drop: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (drop.indexOf(text.charAt(i)) === -1) out += text.charAt(i);
  return out;
}

/** Whether `text` is `length` ASCII digits. */
function isDigits(text: string, length: number): boolean {
  return text.length === length && without(text, DIGITS) === '';
}

const GENDERS: { [word: string]: string } = {
  f: 'f', female: 'f', woman: 'f', w: 'f', m: 'm', male: 'm', man: 'm', n: 'n', 'non-binary': 'n', nonbinary: 'n', 'non binary': 'n',
};

/** YYYYMMDD from "1997-12-26", "1997/2/3", "1997.12.26" or "19971226" (a year from 1900 to 2099). */
function birthDate(text: string): string | undefined {
  const parts = text.split('-').length === 3 ? text.split('-') : text.split('/').length === 3 ? text.split('/') : text.split('.');
  const two = (part: string): string => (part.trim().length === 1 ? '0' : '') + part.trim();
  const date = parts.length === 3 && parts[0].trim().length === 4 ? parts[0].trim() + two(parts[1]) + two(parts[2])
    : text.slice(0, 2) === '19' || text.slice(0, 2) === '20' ? text : '';
  return isDigits(date, 8) ? date : undefined;
}

/** A postcode without spaces; a US ZIP+4 ("12345-6789" or "123456789") keeps its 5-digit ZIP. */
function zip(lower: string): string {
  const code = without(lower, WHITESPACE);
  const first5 = code.slice(0, 5);
  return isDigits(first5, 5) && (code.length === 5 || (code.length === 10 && code.charAt(5) === '-') || isDigits(code, 9)) ? first5 : code;
}

const given = (value: string | undefined, why: string): Outcome => (value === undefined || value === '' ? { skip: why } : { value: value });

/**
 * What the Conversions API gets for a value of `field`, with the user's country (alpha-2, for ph and st):
 * a SHA-256 digest passes through lower-cased; an MD5 or SHA-1 digest as email is left out, since the API
 * takes SHA-256 only (user_data.em "sha256 hashes"); anything else is normalised for hashing. Undefined
 * when nothing was given.
 */
export function prepareUserField(field: string, value: unknown, country?: string): Prepared | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  // The length first: most values are no digest, and this runs for every value of every event.
  if (text.length === 64 && isSha256Hex(text)) return { hashed: text.toLowerCase() };
  const lower = text.toLowerCase();
  switch (field) {
    case 'em': return (text.length === 32 || text.length === 40) && isMd5OrSha1Hex(text) ? { skip: MD5_SHA1 } : given(normaliseEmail(text), 'not an email address');
    case 'ph': return e164Digits(text, country);
    case 'ge': return given(GENDERS.hasOwnProperty(lower) ? GENDERS[lower] : undefined, 'not f, m or n');
    case 'db': return given(birthDate(text), 'not a date');
    case 'ct': return given(without(lower, CITY_DROP), 'empty');
    case 'st': return stateCode(text, country);
    case 'country': return countryCode(text);
    case 'zp': return { value: zip(lower) };
    // external_id as written (an ID is never judged by its shape); fn, ln and hashed_maids lower-case.
    default: return { value: field === 'external_id' ? text : lower };
  }
}
