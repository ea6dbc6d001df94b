/**
 * Enhanced Match on the built Conversions API tag (`gtm-sandbox run`, real sha256Sync): GA4 user_data as
 * shops send it (GB/US/DE numbers, names in several languages, alpha-3 codes, unknown countries, MD5 and
 * SHA-1 emails) hashes to what Pinterest can match; hostile user data never throws, never yields a
 * non-hex hash, and never reaches the logs.
 */
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { seededRandom } from '../../fuzz/prng';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const TAG = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template', 'tag', 'template.tpl'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'conversion-events.schema.json'), 'utf8')));
const file = jsonFiles('server-tag-match');
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const OK = { url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' };

const purchase = (userData: unknown) => ({
  event_name: 'purchase', transaction_id: 'T-1', value: 10, currency: 'EUR', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', 'x-ga-gcs': 'G111', user_data: userData,
});

async function send(userData: unknown, settings: Record<string, unknown> = {}): Promise<RunReport> {
  return runOnce(TAG, { data: file({ adAccountId: '549755885175', accessToken: 'pina_TOKEN', logMode: 'always', ...settings }), event: file(purchase(userData)), respond: file([OK]) });
}
const sent = (report: RunReport): Record<string, unknown> => {
  const body = JSON.parse((report.http as { body: string }[])[0].body);
  expect(validate(body)).toBe(true);
  return body.data[0].user_data;
};
const logText = (report: RunReport): string => JSON.stringify(report.logs);

test('a GB address: the national number gets +44 without its trunk 0; "London" is no state code and is left out', async () => {
  const report = await send({
    email_address: 'Jane.Doe@Example.co.uk', phone_number: '020 7946 0958',
    address: { first_name: 'Jane', last_name: 'Doe', city: 'London', region: 'London', postal_code: 'SW1A 1AA', country: 'GB' },
  });
  expect(sent(report)).toMatchObject({ em: [sha('jane.doe@example.co.uk')], ph: [sha('442079460958')], country: [sha('gb')], zp: [sha('sw1a1aa')] });
  expect(sent(report).st).toBeUndefined();
  expect(logText(report)).toContain('st left out: not a two-letter state code');
});

test('a US address written out in full: "(650) 555-1234", "California", "United States of America"', async () => {
  const report = await send({ email_address: 'sam@example.com', phone_number: '(650) 555-1234', address: [{ region: 'California', country: 'United States of America' }] });
  expect(sent(report)).toMatchObject({ ph: [sha('16505551234')], st: [sha('ca')], country: [sha('us')] });
});

test('a German address with the country in German and a mobile number with its trunk 0', async () => {
  const report = await send({ email_address: 'max@example.de', phone_number: '0151 23456789', address: { region: 'BE', country: 'Deutschland' } });
  expect(sent(report)).toMatchObject({ ph: [sha('4915123456789')], st: [sha('be')], country: [sha('de')] });
});

test.each([['USA', 'us'], ['DEU', 'de'], ['GBR', 'gb'], ['Österreich', 'at'], ['España', 'es'], ['Schweiz', 'ch'], ['Belgique', 'be'], ['日本', 'jp'], ['UK', 'gb']])('country %j is hashed as %s', async (country, code) => {
  expect(sent(await send({ email_address: 'a@example.com', address: { country: country } })).country).toEqual([sha(code)]);
});

test('an unknown country: the country and a national phone number are left out, logged without their values', async () => {
  const report = await send({ email_address: 'a@example.com', phone_number: '0301 234 5678', address: { country: 'Atlantis' } });
  const user = sent(report);
  expect([user.ph, user.country]).toEqual([undefined, undefined]);
  expect(logText(report)).toContain('country left out');
  expect(logText(report)).toContain('ph left out: no country for a national number');
  expect(logText(report)).not.toContain('Atlantis');
  expect(logText(report)).not.toContain('2345678');
});

test('the Default country completes numbers of events without an address country; international numbers need none', async () => {
  const report = await send({ email_address: 'a@example.com', phone_number: ['07700 900123', '+1 650 555 1234'] }, { defaultCountry: 'GB' });
  expect(sent(report).ph).toEqual([sha('447700900123'), sha('16505551234')]);
});

test('MD5 and SHA-1 emails are left out; a SHA-256 one passes through', async () => {
  const md5 = createHash('md5').update('jane@example.com').digest('hex');
  const sha1 = createHash('sha1').update('jane@example.com').digest('hex');
  const report = await send({ email_address: [md5, sha1], sha256_email_address: sha('jane@example.com').toUpperCase() });
  expect(sent(report).em).toEqual([sha('jane@example.com')]);
  expect(logText(report)).toContain('em left out: an MD5 or SHA-1 digest');
  expect(logText(report)).not.toContain(md5);
});


const CANARY = 'CANARY7f3e';
const PIECES = ['+', '00', '011', '(0)', '-', ' ', '.', '@', '|', ',', 'é', 'Ö', 'ß', 'ǅ', '\u0301', '\u200b', '\ud83d\ude00', '\ud800', '日本', 'Ελλάδα', 'US', 'usa', 'California', '0', '1', '44', '9'];

function hostileText(next: () => number): string {
  let out = next() < 0.5 ? CANARY : '';
  const parts = Math.floor(next() * 12);
  for (let i = 0; i < parts; i++) out += next() < 0.6 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
  return out + (next() < 0.3 ? CANARY : '');
}

function hostileValue(next: () => number): unknown {
  const pick = next();
  if (pick < 0.08) return CANARY.repeat(2000) + '@example.com';
  if (pick < 0.14) return '9'.repeat(5000);
  if (pick < 0.2) return [hostileText(next), hostileText(next), 7, null];
  if (pick < 0.24) return { toString: CANARY, nested: [CANARY] };
  if (pick < 0.28) return [null, true, 1e308, -0, NaN][Math.floor(next() * 5)];
  return hostileText(next);
}

test('hostile user data never throws, never sends a non-hex hash, and never reaches the logs', async () => {
  const next = seededRandom(12);
  const fields = ['email_address', 'phone_number', 'sha256_email_address', 'sha256_phone_number', 'gender', 'date_of_birth', 'external_id', 'fn', 'ct', 'st', 'zp', 'country', 'hashed_maids'];
  for (let round = 0; round < 30; round++) {
    const userData: Record<string, unknown> = {};
    for (const field of fields) if (next() < 0.7) userData[field] = hostileValue(next);
    userData.address = { first_name: hostileValue(next), last_name: hostileValue(next), city: hostileValue(next), region: hostileValue(next), postal_code: hostileValue(next), country: hostileValue(next) };
    const report = await send(userData, { defaultCountry: next() < 0.5 ? hostileText(next) : 'US' });
    expect({ round, result: report.result, error: report.error }).toEqual({ round, result: 'success', error: null });
    const user = sent(report);
    for (const [field, values] of Object.entries(user)) {
      if (['client_ip_address', 'client_user_agent', 'click_id', 'partner_id'].includes(field)) continue;
      for (const value of values as string[]) expect({ round, field, value }).toEqual({ round, field, value: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    expect(logText(report)).not.toContain(CANARY);
  }
}, 120000);
