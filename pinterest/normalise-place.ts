/**
 * Country and state for user_data (part of the hashing rules in pinterest/normalise.ts): Pinterest wants
 * `country` as a "two-character ISO-3166 country code … in lowercase" and `st` as "a two-letter code in
 * lowercase" (https://developers.pinterest.com/docs/api/v5/events-create, ConversionEventsUserDataProperties).
 * Names and alpha-3 codes map through the generated tables in pinterest/geo/; a value that maps to
 * nothing is left out with a reason, never hashed as written (a hash of "united states" matches nobody).
 */
import { CA_SUBDIVISIONS } from './geo/ca-subdivisions';
import { COUNTRIES } from './geo/countries';
import { FOLD } from './geo/fold';
import { placeKey } from './geo/key';
import { US_SUBDIVISIONS } from './geo/us-subdivisions';

/** A normalised value, or the reason (never the value) why it was left out. */
export interface Outcome { value?: string; skip?: string }

const isLetter = (c: string): boolean => c >= 'a' && c <= 'z';

/** Two ASCII letters, lower-cased ("CA", " us ", "U.S." → "us"), else undefined. No table needed. */
export function twoLetterCode(text: string): string | undefined {
  let code = '';
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (isLetter(c)) code += c;
    else if (c !== ' ' && c !== '.' && c !== '\t') return undefined;
  }
  return code.length === 2 ? code : undefined;
}

/** The two-letter code of the row holding `|key|` in a ",<code>…|key|…" table. */
function codeOfName(table: string, key: string): string | undefined {
  const at = key === '' ? -1 : table.indexOf('|' + key + '|');
  if (at === -1) return undefined;
  const start = table.lastIndexOf(',', at) + 1;
  return table.slice(start, start + 2);
}

const hasCode = (table: string, code: string): boolean => table.indexOf(',' + code + '|') !== -1;
const isCode = (key: string): boolean => key.length === 2 && isLetter(key.charAt(0)) && isLetter(key.charAt(1));

/**
 * ISO 3166-1 alpha-2: a name or alpha-3 code of a country where Pinterest sells ads maps to its code
 * ("United States", "Deutschland", "DEU", "UK" → "gb"); any other two-letter code passes as written.
 */
export function countryCode(text: string): Outcome {
  const key = placeKey(text, FOLD);
  const code = codeOfName(COUNTRIES, key) || (isCode(key) ? key : undefined);
  return code !== undefined ? { value: code } : { skip: 'not a two-letter code, nor a known name or alpha-3 code' };
}

/** The web tag's state rule (no tables): a two-letter code, also as the end of an ISO 3166-2 code ("US-CA"). */
export function twoLetterState(text: string): string | undefined {
  const trimmed = text.trim();
  return twoLetterCode(trimmed.charAt(2) === '-' ? trimmed.slice(3) : trimmed);
}

/**
 * A two-letter state code. US states and Canadian provinces (and territories) are checked and their
 * names mapped ("California" → "ca", "Québec" → "qc"); elsewhere only a two-letter code passes, since
 * Pinterest takes no other form. The country is the prefix of an ISO 3166-2 code ("US-CA"), else the
 * address country (alpha-2) when known.
 */
export function stateCode(text: string, country: string | undefined): Outcome {
  const trimmed = text.trim();
  const prefix = trimmed.charAt(2) === '-' ? placeKey(trimmed.slice(0, 2), '') : '';
  const where = isCode(prefix) ? prefix : country;
  const key = placeKey(isCode(prefix) ? trimmed.slice(3) : trimmed, FOLD);
  const table = where === 'us' ? US_SUBDIVISIONS : where === 'ca' ? CA_SUBDIVISIONS : where === undefined ? US_SUBDIVISIONS + CA_SUBDIVISIONS : '';
  const checked = where === 'us' || where === 'ca';
  const code = (hasCode(table, key) ? key : codeOfName(table, key)) || (!checked && isCode(key) ? key : undefined);
  return code !== undefined ? { value: code } : { skip: checked ? 'not a state or province of ' + (where as string).toUpperCase() : 'not a two-letter state code' };
}
