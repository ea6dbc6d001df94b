/**
 * Phone numbers for user_data.ph (part of the hashing rules in pinterest/normalise.ts). Pinterest wants
 * "only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading
 * zeros" (https://developers.pinterest.com/docs/api/v5/events-create, ConversionEventsUserDataProperties.ph):
 * the international number of ITU-T E.164 (country calling code + national significant number, at most
 * 15 digits) without its "+". A number is international when it is written
 *   - with a leading "+" (ITU-T E.123's international notation), or after the call prefix "00" (most
 *     countries) or "011" (the North American Numbering Plan's, for an address country with code 1); or
 *   - beginning with the address country's calling code followed by a national number of a length that
 *     country uses ("16505551234" in the US, "442079460958" in GB).
 * Otherwise it is national, and the address country (else the tag's Default country) supplies the
 * calling code after the trunk prefix ("0" in GB, "1" in the US) is dropped. A trunk prefix written after
 * the country code ("+44 (0)20 …", "+44 020 …") is dropped too. Plans (code, trunk prefix, national
 * lengths) come from pinterest/geo/countries.ts; a number they cannot complete is left out.
 */
import { COUNTRIES } from './geo/countries';
import { DIGITS, LOWER } from './alphabets';
import type { Outcome } from './normalise-place';

interface Plan { country: string; code: string; trunk: string; min: number; max: number }

/** Base 36 digits. */
const LENGTHS = DIGITS + LOWER;

/** The plan of the row whose alpha-2 starts at `start`: ",<alpha-2><code>.<trunk>.<min><max>|…" (pinterest/geo/countries.ts). */
function planAt(start: number): Plan {
  const fields = COUNTRIES.slice(start + 2, COUNTRIES.indexOf('|', start)).split('.');
  return { country: COUNTRIES.slice(start, start + 2), code: fields[0], trunk: fields[1], min: LENGTHS.indexOf(fields[2].charAt(0)), max: LENGTHS.indexOf(fields[2].charAt(1)) };
}

/** The plan of a country (alpha-2): its row starts ",<alpha-2>", and nothing else in the table holds a comma. */
function countryPlan(country: string): Plan | undefined {
  const at = country.length === 2 ? COUNTRIES.indexOf(',' + country) : -1;
  return at === -1 ? undefined : planAt(at + 1);
}

/**
 * The plan whose calling code begins `digits`. A code is the 1 to 3 digits between a row's alpha-2 and the first
 * dot, so "<code>." three characters after a comma; E.164's codes are prefix-free, and the one shared code, 1, is
 * found in its first row (CA), whose plan is the US one.
 */
function codePlan(digits: string): Plan | undefined {
  for (let n = 1; n <= 3; n++) {
    const code = digits.slice(0, n) + '.';
    for (let at = COUNTRIES.indexOf(code); at !== -1; at = COUNTRIES.indexOf(code, at + 1)) if (COUNTRIES.charAt(at - 3) === ',') return planAt(at - 2);
  }
  return undefined;
}

const E164_MAX = 15;

/** The E.164 digits, if within E.164's 15 digits (some plans allow longer national numbers). */
const e164 = (digits: string): Outcome => (digits.length <= E164_MAX ? { value: digits } : { skip: 'longer than 15 digits' });

/** `national` (digits after the country code, or as written nationally) completed with the plan's code. */
function complete(plan: Plan, national: string, written: boolean): Outcome {
  const fits = (n: string): boolean => n.length >= plan.min && n.length <= plan.max;
  const afterTrunk = plan.trunk !== '' && national.indexOf(plan.trunk) === 0 ? national.slice(plan.trunk.length) : undefined;
  if (afterTrunk !== undefined && fits(afterTrunk)) return e164(plan.code + afterTrunk);
  if (written && national.indexOf(plan.code) === 0 && fits(national.slice(plan.code.length))) return e164(national);
  return fits(national) ? e164(plan.code + national) : { skip: 'not a possible length for ' + plan.country.toUpperCase() };
}

/** E.164 digits without "+", from a number as people write it and the (alpha-2) country of its address. */
export function e164Digits(text: string, country: string | undefined): Outcome {
  let digits = '';
  let plus = false;
  const cleaned = text.indexOf('(0)') === -1 ? text : text.split('(0)').join('');
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charAt(i);
    if (c >= '0' && c <= '9') digits += c;
    else if (c === '+' && digits === '') plus = true;
  }
  // The address country's plan, read only for a number that may be national (or start with NANP's 011).
  const plan = (): Plan | undefined => (country === undefined ? undefined : countryPlan(country));
  const prefix = plus ? 0 : digits.indexOf('00') === 0 ? 2 : digits.indexOf('011') === 0 && (plan() || ({} as Partial<Plan>)).code === '1' ? 3 : -1;
  const own = prefix === -1 ? plan() : undefined;
  if (prefix === -1) return own !== undefined ? complete(own, digits, true) : { skip: country === undefined ? 'no country for a national number' : 'no calling plan for ' + country.toUpperCase() };
  const international = digits.slice(prefix);
  const coded = codePlan(international);
  if (coded !== undefined) return complete(coded, international.slice(coded.code.length), false);
  // A country without a plan here: E.164's bounds only (the shortest numbers have 7 digits with their code).
  return international.length >= 7 && international.length <= E164_MAX && international.charAt(0) !== '0' ? { value: international } : { skip: 'not a possible international number' };
}
