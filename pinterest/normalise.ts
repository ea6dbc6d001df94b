/**
 * How each Enhanced Match / user_data field is normalised before SHA-256, once for the web tag and the
 * Conversions API tag. Rules from the Conversions API reference (user_data,
 * https://developers.pinterest.com/docs/api/v5/events-create): email lower-case; phone digits only with
 * the country code and no leading zeros; gender f/m/n; birth date YYYYMMDD; city lower-case without
 * spaces or punctuation; state 2-letter lower-case; zip digits (US: 5); country ISO-3166 alpha-2
 * lower-case. Pinterest's examples sometimes hash upper-case codes; its descriptions and its own server
 * template lower-case, which we follow. A value that cannot be normalised is left out (undefined).
 */
import { toText } from './values';

export type UserField = 'em' | 'ph' | 'ge' | 'db' | 'fn' | 'ln' | 'ct' | 'st' | 'zp' | 'country' | 'external_id' | 'hashed_maids';

/** Every hashed user_data field, in the API's order. */
export const HASHED_FIELDS: UserField[] = ['em', 'ph', 'ge', 'db', 'fn', 'ln', 'ct', 'st', 'zp', 'country', 'external_id', 'hashed_maids'];

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHexDigit = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f');
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function keep(text: string, wanted: (c: string) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (wanted(text.charAt(i))) out += text.charAt(i);
  return out;
}

/** A SHA-256 hex digest (64 hex digits, any case): already hashed, passed through lower-cased. */
export function isSha256Hex(value: string): boolean {
  const lower = value.toLowerCase();
  return lower.length === 64 && keep(lower, isHexDigit).length === 64;
}

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

/** The normalised text for a field, or undefined when the value is empty or unusable. */
export function normaliseUserField(field: UserField, value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  let out: string | undefined;
  switch (field) {
    case 'em': out = keep(lower, (c) => !isSpace(c)); break;
    case 'ph': {
      // "+44 (0)20 …": the bracketed trunk zero is not dialled after a country code.
      let digits = keep(text.split('(0)').join(''), isDigit);
      while (digits.charAt(0) === '0') digits = digits.slice(1);
      out = digits;
      break;
    }
    case 'ge': out = GENDERS.hasOwnProperty(lower) ? GENDERS[lower] : undefined; break;
    case 'db': out = birthDate(text); break;
    case 'ct': out = keep(lower, (c) => !isSpace(c) && ASCII_PUNCTUATION.indexOf(c) === -1); break;
    case 'st': case 'country': out = keep(lower, (c) => !isSpace(c) && c !== '.'); break;
    case 'zp': out = zip(text); break;
    case 'external_id': out = text; break;
    default: out = lower; // fn, ln, hashed_maids
  }
  return out === undefined || out === '' ? undefined : out;
}

/** A value ready for hashing: exactly one of the two is set. */
export interface PreparedValue { hashed?: string; plain?: string }

/**
 * What to hash for a field: `{hashed}` for a value that is already a SHA-256 digest (lower-cased),
 * `{plain}` for a normalised value still to hash, undefined to leave the field out.
 */
export function prepareUserField(field: UserField, value: unknown): PreparedValue | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  if (isSha256Hex(text)) return { hashed: text.toLowerCase() };
  const plain = normaliseUserField(field, text);
  return plain === undefined ? undefined : { plain: plain };
}
