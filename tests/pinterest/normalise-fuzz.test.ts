/**
 * Properties of the phone, country and state rules on hostile text (random Unicode, separators that the
 * tables use, huge strings), run inside the sandbox: they never throw, and whatever they return has the
 * one shape Pinterest accepts, or is a skip.
 */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';
import { seededRandom } from '../../fuzz/prng';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-normalise-fuzz', {
    'pinterest/normalise-phone': ['e164Digits'], 'pinterest/normalise-place': ['countryCode', 'stateCode'],
  });
}, 60000);


const PIECES = ['+', '00', '011', '(0)', '|', ',', '-', 'US-', '|us|', ',us|', 'é', 'ß', '\u0301', '\u2014', '\ud800', 'Québec', 'usa', '44', '1', '0', ' '];

function hostile(next: () => number): string {
  if (next() < 0.05) return '4'.repeat(20000);
  if (next() < 0.05) return '|'.repeat(5000) + 'us';
  let out = '';
  const parts = 1 + Math.floor(next() * 10);
  for (let i = 0; i < parts; i++) out += next() < 0.6 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
  return out;
}

const COUNTRIES = [undefined, 'us', 'gb', 'de', 'it', 'zz', '|', ''];

test('every value is E.164 digits, a two-letter code, or a skip with a reason', () => {
  const next = seededRandom(7);
  for (let i = 0; i < 150; i++) {
    const text = hostile(next);
    const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)];
    const phone = call('e164Digits', text, country) as { value?: string; skip?: string };
    const place = call('countryCode', text) as { value?: string; skip?: string };
    const state = call('stateCode', text, country) as { value?: string; skip?: string };
    // Digits only, no leading zero, at most E.164's 15 (the shortest plans, DE's, allow 4-digit local numbers).
    expect({ text, phone }).toEqual({ text, phone: phone.value !== undefined ? { value: expect.stringMatching(/^[1-9]\d{5,14}$/) } : { skip: expect.any(String) } });
    for (const code of [place, state]) {
      expect({ text, code }).toEqual({ text, code: code.value !== undefined ? { value: expect.stringMatching(/^[a-z]{2}$/) } : { skip: expect.any(String) } });
    }
  }
}, 120000);
