/**
 * How each Enhanced Match / user_data field is normalised before SHA-256, once for the web tag and the
 * Conversions API tag. Rules from the Conversions API reference (user_data,
 * https://developers.pinterest.com/docs/api/v5/events-create): email lower-case; phone digits only with
 * the country code and no leading zeros (pinterest/normalise-phone.ts); gender f/m/n; birth date
 * YYYYMMDD; city lower-case without spaces or punctuation; state 2-letter lower-case; zip digits (US: 5);
 * country ISO-3166 alpha-2 lower-case (pinterest/normalise-place.ts). Pinterest's examples sometimes hash
 * upper-case codes; its descriptions and its own server template lower-case, which we follow. A value
 * that cannot be normalised is left out with a reason (never the value) for the log.
 */
import { isMd5OrSha1Hex, isSha256Hex, MD5_SHA1, normaliseEmail } from './digests';
import { e164Digits } from './normalise-phone';
import { countryCode, stateCode, type Outcome } from './normalise-place';
import { toText } from './values';

export type { Outcome } from './normalise-place';
export { isSha256Hex } from './digests';

export type UserField = 'em' | 'ph' | 'ge' | 'db' | 'fn' | 'ln' | 'ct' | 'st' | 'zp' | 'country' | 'external_id' | 'hashed_maids';

/** Every hashed user_data field, in the API's order. */
export const HASHED_FIELDS: UserField[] = ['em', 'ph', 'ge', 'db', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'external_id', 'hashed_maids'];

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function keep(text: string, wanted: (c: string) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (wanted(text.charAt(i))) out += text.charAt(i);
  return out;
}


/** The user's country (ISO 3166-1 alpha-2, lower-case), for the rules that depend on it (ph, st). */
export interface UserContext { country?: string }

const GENDERS: { [word: string]: string } = {
  f: 'f', female: 'f', woman: 'f', w: 'f', m: 'm', male: 'm', man: 'm', n: 'n', 'non-binary': 'n', nonbinary: 'n', 'non binary': 'n',
};

function birthDate(text: string): string | undefined {
  const digits = keep(text, isDigit);
  const parts = text.split('-').length === 3 ? text.split('-') : text.split('/').length === 3 ? text.split('/') : text.split('.');
  if (parts.length === 3 && parts[0].trim().length === 4) {
    const pad = (p: string): string => (p.trim().length === 1 ? '0' + p.trim() : p.trim());
    const joined = parts[0].trim() + pad(parts[1]) + pad(parts[2]);
    return keep(joined, isDigit).length === 8 ? joined : undefined;
  }
  return digits.length === 8 && digits === text && (digits.slice(0, 2) === '19' || digits.slice(0, 2) === '20') ? digits : undefined;
}

function zip(text: string): string {
  const lower = keep(text.toLowerCase(), (c) => !isSpace(c));
  const first5 = lower.slice(0, 5);
  // US ZIP+4 ("12345-6789" or "123456789") keeps its 5-digit ZIP; other postcodes stay as written.
  if (keep(first5, isDigit).length === 5 && (lower.length === 5 || (lower.length === 10 && lower.charAt(5) === '-') || (lower.length === 9 && keep(lower, isDigit).length === 9))) return first5;
  return lower;
}

const given = (out: string | undefined, why: string): Outcome => (out === undefined || out === '' ? { skip: why } : { value: out });
const EMPTY = 'empty';


/** The normalised text for a field (`value`), `skip` with a reason, or undefined when nothing was given. */
export function normaliseUserField(field: UserField, value: unknown, context?: UserContext): Outcome | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  switch (field) {
    case 'em': return given(normaliseEmail(text), 'not an email address');
    case 'ph': return e164Digits(text, context === undefined ? undefined : context.country);
    case 'ge': return given(GENDERS.hasOwnProperty(lower) ? GENDERS[lower] : undefined, 'not f, m or n');
    case 'db': return given(birthDate(text), 'not a date');
    case 'ct': return given(keep(lower, (c) => !isSpace(c) && ASCII_PUNCTUATION.indexOf(c) === -1), EMPTY);
    case 'st': return stateCode(text, context === undefined ? undefined : context.country);
    case 'country': return countryCode(text);
    case 'zp': return given(zip(text), EMPTY);
    case 'external_id': return given(text, EMPTY);
    default: return given(lower, EMPTY); // fn, ln, hashed_maids
  }
}

/** A value ready for hashing: `hashed` (a digest to pass through), `plain` (to hash), or `skip` (left out, why). */
export interface PreparedValue { hashed?: string; plain?: string; skip?: string }

/**
 * What the Conversions API gets for a field: a SHA-256 digest passes through lower-cased; an MD5 or
 * SHA-1 digest as email is left out, since the API takes SHA-256 only (user_data.em "sha256 hashes",
 * https://developers.pinterest.com/docs/api/v5/events-create); anything else is normalised for hashing.
 * Undefined when nothing was given.
 */
export function prepareUserField(field: UserField, value: unknown, context?: UserContext): PreparedValue | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  if (isSha256Hex(text)) return { hashed: text.toLowerCase() };
  if (field === 'em' && isMd5OrSha1Hex(text)) return { skip: MD5_SHA1 };
  const outcome = normaliseUserField(field, text, context) as Outcome;
  return outcome.value !== undefined ? { plain: outcome.value } : { skip: outcome.skip };
}
