/** pinterest/normalise.ts: the Conversions API's normalisation rules, run inside the sandbox. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-normalise', { 'pinterest/normalise': ['normaliseUserField', 'prepareUserField', 'isSha256Hex'] });
});

const cases: [string, unknown, string | undefined][] = [
  ['em', '  Jane.Doe@Example.COM ', 'jane.doe@example.com'],
  ['em', 'jane doe@example.com', 'janedoe@example.com'],
  ['em', '', undefined],
  ['ph', '+1 (650) 555-1234', '16505551234'],
  ['ph', '0049 30 1234567', '49301234567'],
  ['ph', 'n/a', undefined],
  ['ge', 'Female', 'f'], ['ge', 'M', 'm'], ['ge', 'non-binary', 'n'], ['ge', 'unknown', undefined],
  ['db', '1997-12-26', '19971226'], ['db', '1997/2/3', '19970203'], ['db', '19971226', '19971226'], ['db', '26/12/1997', undefined], ['db', '12345', undefined],
  ['fn', ' Mary ', 'mary'], ['ln', "O'Neil", "o'neil"],
  ['ct', 'Menlo Park', 'menlopark'], ['ct', 'St. Louis', 'stlouis'], ['ct', 'München', 'münchen'],
  ['st', 'CA', 'ca'], ['country', ' US ', 'us'], ['country', 'U.S.', 'us'],
  ['zp', '94025-1234', '94025'], ['zp', '940251234', '94025'], ['zp', '94025', '94025'], ['zp', 'SW1A 1AA', 'sw1a1aa'],
  ['external_id', ' Cust-42 ', 'Cust-42'],
  ['hashed_maids', 'ABC-DEF', 'abc-def'],
  ['em', 42, '42'], ['em', null, undefined], ['em', { a: 1 }, undefined],
];

describe('normaliseUserField', () => {
  test.each(cases)('%s %j → %j', (field, input, expected) => {
    expect(call('normaliseUserField', field, input)).toBe(expected);
  });
});

describe('prepareUserField', () => {
  const digest = 'B4C9A289323B21A01C3E940F150EB9B8C542587F1ABFD8F0E1CC1FFC5E475514';
  test('a SHA-256 digest is passed through lower-cased', () => {
    expect(call('prepareUserField', 'em', digest)).toEqual({ hashed: digest.toLowerCase() });
    expect(call('isSha256Hex', digest.slice(1))).toBe(false);
  });
  test('other values are normalised, unusable ones left out', () => {
    expect(call('prepareUserField', 'ph', '+44 (0)20 7946 0000')).toEqual({ plain: '442079460000' });
    expect(call('prepareUserField', 'ge', 'x')).toBeUndefined();
  });
});
