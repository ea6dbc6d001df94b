/**
 * pinterest/normalise-place.ts: country and state names and codes → the two-letter codes Pinterest
 * wants, run inside the sandbox; and the generated tables hold every name of their sources.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AD_COUNTRIES } from '../../build/geo-sources';
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-normalise-place', { 'pinterest/normalise-place': ['countryCode', 'stateCode', 'twoLetterCode'] });
}, 60000);

const countries: [string, string][] = [
  ['US', 'us'], [' gb ', 'gb'], ['U.S.', 'us'], ['in', 'in'],
  ['United States', 'us'], ['United States of America', 'us'], ['UNITED STATES', 'us'], ['USA', 'us'], ['U.S.A.', 'us'],
  ['United Kingdom', 'gb'], ['UK', 'gb'], ['Great Britain', 'gb'], ['GBR', 'gb'],
  ['Deutschland', 'de'], ['Germany', 'de'], ['DEU', 'de'], ['deu', 'de'],
  ['Österreich', 'at'], ['Osterreich', 'at'], ['ÖSTERREICH', 'at'], ['Schweiz', 'ch'], ['Suisse', 'ch'], ['Svizzera', 'ch'],
  ['España', 'es'], ['Espana', 'es'], ['México', 'mx'], ['Mexico', 'mx'], ['Brasil', 'br'], ['België', 'be'], ['Belgique', 'be'],
  ['Česká republika', 'cz'], ['Magyarország', 'hu'], ['Polska', 'pl'], ['Sverige', 'se'], ['Norge', 'no'], ['Suomi', 'fi'],
  ['Nederland', 'nl'], ['The Netherlands', 'nl'], ['Korea, Republic of', 'kr'], ['日本', 'jp'], ['대한민국', 'kr'], ['Ελλάδα', 'gr'], ['ישראל', 'il'],
];

describe('countryCode', () => {
  test.each(countries)('%j → %s', (text, code) => {
    expect(call('countryCode', text)).toEqual({ value: code });
  });
  test.each(['Atlantis', 'IND', 'Frankreich', 'U', '12', ''])('%j is left out', (text) => {
    expect(call('countryCode', text)).toEqual({ skip: 'not a two-letter code, nor a known name or alpha-3 code' });
  });
});

const states: [string, string | null, string][] = [
  ['CA', 'us', 'ca'], ['ca', null, 'ca'], ['California', 'us', 'ca'], ['california', null, 'ca'], ['US-CA', null, 'ca'], ['New York', 'us', 'ny'],
  ['District of Columbia', 'us', 'dc'], ['Puerto Rico', 'us', 'pr'], ['WEST VIRGINIA', 'us', 'wv'],
  ['Quebec', 'ca', 'qc'], ['Québec', 'ca', 'qc'], ['QC', 'ca', 'qc'], ['British Columbia', null, 'bc'], ['CA-ON', 'us', 'on'],
  ['BY', 'de', 'by'],
];

describe('stateCode', () => {
  test.each(states)('%j in %s → %s', (text, country, code) => {
    expect(call('stateCode', text, country ?? undefined)).toEqual({ value: code });
  });
  test.each([
    ['Californie', 'us', 'not a state or province of US'], ['ZZ', 'us', 'not a state or province of US'], ['ON', 'us', 'not a state or province of US'],
    ['Bayern', 'de', 'not a two-letter state code'], ['NSW', 'au', 'not a two-letter state code'], ['Nowhere', null, 'not a two-letter state code'],
  ])('%j in %s is left out: %s', (text, country, reason) => {
    expect(call('stateCode', text, country ?? undefined)).toEqual({ skip: reason });
  });
});

describe('the generated tables', () => {
  const table = (name: string): string => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'pinterest', 'geo', name), 'utf8');
    return JSON.parse(/= (".*");\n$/.exec(source)?.[1] ?? '""') as string;
  };

  test('every name of every covered country, as i18n-iso-countries writes it, maps to that country', () => {
    const misses: string[] = [];
    for (const [code, languages] of Object.entries(AD_COUNTRIES)) {
      for (const language of ['en', ...languages]) {
        const names = (JSON.parse(fs.readFileSync(require.resolve(`i18n-iso-countries/langs/${language}.json`), 'utf8')) as { countries: Record<string, string | string[]> }).countries[code];
        for (const name of Array.isArray(names) ? names : [names]) {
          const got = call('countryCode', name) as { value?: string };
          if (got.value !== code.toLowerCase()) misses.push(`${language} ${name} → ${JSON.stringify(got)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  }, 60000);

  test('every US and Canadian row maps back from its name and passes as its code', () => {
    for (const [file, country] of [['us-subdivisions.ts', 'us'], ['ca-subdivisions.ts', 'ca']]) {
      const rows = table(file).split(',').slice(1).map((row) => row.split('|'));
      expect(rows.length).toBeGreaterThanOrEqual(country === 'us' ? 51 : 13);
      for (const [code, name] of rows) {
        expect(call('stateCode', name, country)).toEqual({ value: code });
        expect(call('stateCode', code.toUpperCase(), country)).toEqual({ value: code });
      }
    }
  }, 60000);

  test('every covered country has one row, with its calling plan, in alpha-2 order (code 1: CA before US)', () => {
    const rows = table('countries.ts').split(',').slice(1).map((row) => row.slice(0, 2));
    expect(rows).toEqual(Object.keys(AD_COUNTRIES).map((code) => code.toLowerCase()).sort());
    for (const code of Object.keys(AD_COUNTRIES)) expect(table('countries.ts')).toMatch(new RegExp(`,${code.toLowerCase()}\\d+\\.\\d*\\.[0-9a-h]{2}\\|`));
  });
});
