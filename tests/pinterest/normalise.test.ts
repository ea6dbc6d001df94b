/** pinterest/normalise.ts: the Conversions API's and the tag's normalisation rules, run inside the sandbox. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-normalise', {
    'pinterest/normalise': ['prepareUserField'], 'pinterest/tag-fields': ['prepareTagField'], 'pinterest/digests': ['isSha256Hex', 'isMd5OrSha1Hex'],
  });
}, 60000);

const US = 'us';
const cases: [string, unknown, string | undefined, string?][] = [
  ['em', '  Jane.Doe@Example.COM ', 'jane.doe@example.com'],
  ['em', 'jane doe@example.com', 'janedoe@example.com'],
  ['ph', '+1 (650) 555-1234', '16505551234'],
  ['ph', '0049 30 1234567', '49301234567'],
  ['ph', '(650) 555-1234', '16505551234', US],
  ['ge', 'Female', 'f'], ['ge', 'M', 'm'], ['ge', 'non-binary', 'n'],
  ['db', '1997-12-26', '19971226'], ['db', '1997/2/3', '19970203'], ['db', '19971226', '19971226'],
  ['fn', ' Mary ', 'mary'], ['ln', "O'Neil", "o'neil"],
  ['ct', 'Menlo Park', 'menlopark'], ['ct', 'St. Louis', 'stlouis'], ['ct', 'München', 'münchen'],
  ['st', 'CA', 'ca'], ['st', 'California', 'ca', US], ['country', ' US ', 'us'], ['country', 'U.S.', 'us'], ['country', 'United States', 'us'],
  ['zp', '94025-1234', '94025'], ['zp', '940251234', '94025'], ['zp', '94025', '94025'], ['zp', 'SW1A 1AA', 'sw1a1aa'],
  ['external_id', ' Cust-42 ', 'Cust-42'],
  ['hashed_maids', 'ABC-DEF', 'abc-def'],
];

describe('prepareUserField: values normalised for hashing', () => {
  // Every row has four entries: a test function with more parameters than a row would get Jest's `done`.
  test.each(cases.map(([field, input, expected, country]) => [field, input, expected, country ?? null]))('%s %j → %j', (field, input, expected, country) => {
    expect(call('prepareUserField', field, input, country ?? undefined)).toEqual({ value: expected });
  });

  test.each([
    ['em', 42, 'not an email address'], ['em', 'jane.example.com', 'not an email address'],
    ['ph', 'n/a', 'no country for a national number'], ['ge', 'unknown', 'not f, m or n'],
    ['db', '26/12/1997', 'not a date'], ['db', '12345', 'not a date'], ['db', '1997-12x-26', 'not a date'],
    ['country', 'Atlantis', 'not a two-letter code, nor a known name or alpha-3 code'],
  ])('%s %j is left out: %s', (field, input, reason) => {
    expect(call('prepareUserField', field, input)).toEqual({ skip: reason });
  });

  test('nothing given is undefined, not a skip', () => {
    for (const value of [undefined, null, '', '   ', { a: 1 }, [1]]) expect(call('prepareUserField', 'em', value)).toBeUndefined();
  });
});

const SHA256 = 'B4C9A289323B21A01C3E940F150EB9B8C542587F1ABFD8F0E1CC1FFC5E475514';
const MD5 = '0CBA00CA3DA1B283A57287BCCEB17E35'; // md5("jane.doe@example.com")
const SHA1 = 'A3CADDB38202511EAB803116294DC020F7C4F8A2'; // sha1("jane.doe@example.com")

describe('prepareUserField: digests and the user\'s country', () => {
  test('a SHA-256 digest is passed through lower-cased, for any field', () => {
    expect(call('prepareUserField', 'em', SHA256)).toEqual({ hashed: SHA256.toLowerCase() });
    expect(call('prepareUserField', 'ph', SHA256)).toEqual({ hashed: SHA256.toLowerCase() });
    expect(call('isSha256Hex', SHA256.slice(1))).toBe(false);
  });
  test('an MD5 or SHA-1 email digest is left out: the API takes SHA-256 only', () => {
    for (const digest of [MD5, SHA1, MD5.toLowerCase()]) {
      expect(call('prepareUserField', 'em', digest)).toEqual({ skip: 'an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only' });
    }
    expect(call('isMd5OrSha1Hex', MD5.slice(1))).toBe(false);
  });
  test('an MD5-length external_id (an ID without dashes) is hashed like any ID', () => {
    expect(call('prepareUserField', 'external_id', MD5)).toEqual({ value: MD5 });
  });
  test('other values are normalised with the user\'s country, unusable ones left out with the reason', () => {
    expect(call('prepareUserField', 'ph', '+44 (0)20 7946 0000')).toEqual({ value: '442079460000' });
    expect(call('prepareUserField', 'ph', '020 7946 0958', 'gb')).toEqual({ value: '442079460958' });
    expect(call('prepareUserField', 'ge', 'x')).toEqual({ skip: 'not f, m or n' });
    expect(call('prepareUserField', 'em', '')).toBeUndefined();
  });
});

describe('prepareTagField (Pinterest Tag)', () => {
  test('a SHA-256 email digest passes through lower-cased, never hashed again; MD5 and SHA-1 are left out (neither an address nor SHA-256)', () => {
    expect(call('prepareTagField', 'em', SHA256)).toEqual({ hashed: SHA256.toLowerCase() });
    for (const digest of [MD5, SHA1]) expect(call('prepareTagField', 'em', digest)).toEqual({ skip: 'not an email address or SHA-256 digest' });
  });
  test('an address is normalised for hashing; anything else is left out', () => {
    expect(call('prepareTagField', 'em', ' Jane.Doe@Example.COM ')).toEqual({ plain: 'jane.doe@example.com' });
    expect(call('prepareTagField', 'em', 'not-an-address')).toEqual({ skip: 'not an email address or SHA-256 digest' });
  });
  test('state and country take two-letter codes only (no name tables in gtm.js)', () => {
    expect(call('prepareTagField', 'st', ' CA ')).toEqual({ plain: 'ca' });
    expect(call('prepareTagField', 'st', 'US-CA')).toEqual({ plain: 'ca' });
    expect(call('prepareTagField', 'country', 'U.S.')).toEqual({ plain: 'us' });
    expect(call('prepareTagField', 'st', 'California')).toEqual({ skip: 'not a two-letter code' });
    expect(call('prepareTagField', 'country', 'USA')).toEqual({ skip: 'not a two-letter code' });
  });
  test('external_id is kept as written (trimmed)', () => {
    expect(call('prepareTagField', 'external_id', ' Cust-42 ')).toEqual({ plain: 'Cust-42' });
  });
});
