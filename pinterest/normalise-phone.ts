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
 * lengths) come from pinterest/geo/calling-plans.ts; a number they cannot complete is left out.
 */
import { CALLING_PLANS } from './geo/calling-plans';
import type { Outcome } from './normalise-place';

interface Plan { country: string; code: string; trunk: string; min: number; max: number }

const LENGTHS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The plan of the row that starts at `start` (just after its comma). */
function planAt(start: number): Plan {
  const end = CALLING_PLANS.indexOf(',', start);
  const row = end === -1 ? CALLING_PLANS.slice(start) : CALLING_PLANS.slice(start, end);
  const fields = row.slice(2).split('.');
  return { country: row.slice(0, 2), code: fields[0], trunk: fields[1], min: LENGTHS.indexOf(fields[2].charAt(0)), max: LENGTHS.indexOf(fields[2].charAt(1)) };
}

/**
 * The first plan of the table for a country, or (country undefined) whose calling code begins `digits`.
 * A country's row is found by its ",<alpha-2>" (every row starts so), without reading the others.
 */
function findPlan(country: string | undefined, digits: string): Plan | undefined {
  if (country !== undefined) {
    const at = country.length === 2 ? CALLING_PLANS.indexOf(',' + country) : -1;
    return at === -1 ? undefined : planAt(at + 1);
  }
  for (let at = CALLING_PLANS.indexOf(','); at !== -1; at = CALLING_PLANS.indexOf(',', at + 1)) {
    // The calling code sits between the alpha-2 and the first dot: only a matching row is read whole.
    if (digits.indexOf(CALLING_PLANS.slice(at + 3, CALLING_PLANS.indexOf('.', at + 3))) === 0) return planAt(at + 1);
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
  const cleaned = text.split('(0)').join('');
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charAt(i);
    if (c >= '0' && c <= '9') digits += c;
    else if (c === '+' && digits === '') plus = true;
  }
  const plan = country === undefined ? undefined : findPlan(country, '');
  const prefix = plus ? 0 : digits.indexOf('00') === 0 ? 2 : plan !== undefined && plan.code === '1' && digits.indexOf('011') === 0 ? 3 : -1;
  if (prefix === -1) return plan !== undefined ? complete(plan, digits, true) : { skip: country === undefined ? 'no country for a national number' : 'no calling plan for ' + country.toUpperCase() };
  const international = digits.slice(prefix);
  const own = findPlan(undefined, international);
  if (own !== undefined) return complete(own, international.slice(own.code.length), false);
  // A country without a plan here: E.164's bounds only (the shortest numbers have 7 digits with their code).
  return international.length >= 7 && international.length <= E164_MAX && international.charAt(0) !== '0' ? { value: international } : { skip: 'not a possible international number' };
}
