/** pinterest/normalise-phone.ts: phone numbers as people write them → E.164 digits, run inside the sandbox. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-normalise-phone', { 'pinterest/normalise-phone': ['e164Digits'] });
}, 60000);

// [as written, address country, E.164 digits]
const completed: [string, string | null, string][] = [
  // National numbers get the calling code; the trunk prefix goes.
  ['(555) 123-4567', 'us', '15551234567'],
  ['555.123.4567', 'us', '15551234567'],
  ['1 (555) 123-4567', 'us', '15551234567'],
  ['020 7946 0958', 'gb', '442079460958'],
  ['07700 900123', 'gb', '447700900123'],
  ['030 1234567', 'de', '49301234567'],
  ['0151 23456789', 'de', '4915123456789'],
  ['01 23 45 67 89', 'fr', '33123456789'],
  ['06 12 34 56 78', 'fr', '33612345678'],
  ['06 1 234 5678', 'hu', '3612345678'],
  ['(416) 555-0199', 'ca', '14165550199'],
  ['06 1234 5678', 'it', '390612345678'], // Italy keeps its leading 0: there is no trunk prefix
  ['0412 345 678', 'au', '61412345678'],
  ['55 1234 5678', 'mx', '525512345678'],
  // Written with the country code but without "+": kept.
  ['16505551234', 'us', '16505551234'],
  ['44 20 7946 0958', 'gb', '442079460958'],
  ['49 30 1234567', 'de', '49301234567'],
  // International form: no country needed, and another country's code wins over the address.
  ['+44 20 7946 0958', null, '442079460958'],
  ['+44 (0)20 7946 0958', null, '442079460958'],
  ['+44 020 7946 0958', 'us', '442079460958'],
  ['0044 20 7946 0958', null, '442079460958'],
  ['0049 (0)30 1234567', 'gb', '49301234567'],
  ['+1 650-555-1234', 'de', '16505551234'],
  ['011 44 20 7946 0958', 'us', '442079460958'],
  ['+39 06 1234 5678', null, '390612345678'],
  ['+91 98765 43210', null, '919876543210'], // no plan for India here: E.164 bounds only
  ['tel:+33-6-12-34-56-78', null, '33612345678'],
];

describe('e164Digits completes numbers', () => {
  test.each(completed)('%j in %s → %s', (written, country, digits) => {
    expect(call('e164Digits', written, country ?? undefined)).toEqual({ value: digits });
  });
});

const leftOut: [string, string | null, string][] = [
  ['(555) 123-4567', null, 'no country for a national number'],
  ['020 7946 0958', 'in', 'no calling plan for IN'],
  ['555-1234', 'us', 'not a possible length for US'],
  ['(555) 123-4567 ext. 89', 'us', 'not a possible length for US'],
  ['+44 20', null, 'not a possible length for GB'],
  ['+0 123 4567', null, 'not a possible international number'],
  ['+49 123 456 789 012 345', null, 'longer than 15 digits'],
  ['+999 1234 5678 9012 345', null, 'not a possible international number'],
  ['n/a', 'us', 'not a possible length for US'],
];

describe('e164Digits leaves out numbers that cannot match, with the reason', () => {
  test.each(leftOut)('%j in %s: %s', (written, country, reason) => {
    expect(call('e164Digits', written, country ?? undefined)).toEqual({ skip: reason });
  });
});
