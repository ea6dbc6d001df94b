/**
 * Cross-domain click id (docs/cross-domain.md): the client's `client_id` from `_ga`, and the Conversions API
 * tag's *Cross-domain click id* section with Firestore, through the built templates and real APIs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { runOnce } from '../../gtm-sandbox/cli/run';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { createWorld } from '../../gtm-sandbox/world/world';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template', 'client', 'template.tpl'), 'utf8'));
const TAG = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template', 'tag', 'template.tpl'), 'utf8'));
const file = jsonFiles('cross-domain');

/** A forwarded page visit of shop.example, as the web tag sends it, with the page's ad_storage state. */
const pageVisit = (adStorage: 'granted' | 'denied') => ({ event_name: 'page_visit', event_id: 'P-1', page_location: 'https://shop.example/', consent: { ad_storage: adStorage } });

async function throughClient(event: unknown, ga: string) {
  return runOnce(CLIENT, {
    data: file({}), cookies: file({ _ga: ga }),
    request: file({ method: 'POST', path: '/pinterest/events', headers: { 'x-forwarded-for': '198.51.100.8' }, body: JSON.stringify({ v: 1, events: [event] }) }),
  });
}

describe('client: client_id from _ga', () => {
  test('GA\'s client id (the last two parts of _ga) becomes client_id when the page granted ad_storage', async () => {
    const report = await throughClient(pageVisit('granted'), 'GA1.1.987654321.1700000000');
    expect(report.events).toEqual([expect.objectContaining({ event_id: 'P-1', client_id: '987654321.1700000000' })]);
  });

  test('no client_id when the page denied ad_storage', async () => {
    const report = await throughClient(pageVisit('denied'), 'GA1.1.987654321.1700000000');
    expect(report.events).toEqual([expect.not.objectContaining({ client_id: expect.anything() })]);
  });

  test.each(['GA1.1.jane@example.com.1', 'GA1.1.1.2.3', 'GA1.1.1', 'GA1.1.12%0A.3', 'GA1.1.-1.2', 'GA1.1. 1.2', `GA1.1.${'9'.repeat(39)}.1`])('a _ga not of GA\'s shape (%s) is left out', async (ga) => {
    const report = await throughClient(pageVisit('granted'), ga);
    expect(report.result).toBe('success');
    expect(JSON.stringify(report.events)).not.toContain('client_id');
  });
});

describe('Conversions API tag: Cross-domain click id with gtm-sandbox\'s Firestore and the template\'s own permissions', () => {
  const OK = { url: 'https://api.pinterest.com/', status: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed"}]}' };
  const CLIENT_ID = '987654321.1700000000';
  const DOC = `pinterest_click_ids/${createHash('sha256').update(CLIENT_ID).digest('hex')}`;
  const DAY = 86_400_000;
  const settings = (extra: Record<string, unknown> = {}) => ({
    adAccountId: '549755885175', accessToken: 'pina_T', logMode: 'always', crossDomain: true, crossDomainDomains: 'shop.example, checkout.example', ...extra,
  });
  const event = (extra: Record<string, unknown>) => ({ event_name: 'purchase', transaction_id: 'T-9', value: 10, currency: 'EUR', ip_override: '203.0.113.9', user_agent: 'UA/1', client_id: CLIENT_ID, ...extra });

  /** One fire of the tag with the given Firestore documents; what it sent, stored and set. */
  async function fire(eventData: Record<string, unknown>, documents: [string, Record<string, unknown>][] = [], data = settings(), now = Date.now()) {
    const world = createWorld({ eventData, responses: [OK], now });
    for (const [docPath, doc] of documents) world.firestore.set(docPath, doc);
    const session = createSession(TAG, world);
    session.runCode(session.marshal.toSandbox(data));
    await session.scheduler.drain();
    const sent = world.http.map((r) => JSON.parse(r.body as string).data[0]);
    return { completion: session.completion, sent, firestore: [...world.firestore.entries()], cookiesSet: world.cookiesSet, logs: JSON.stringify(world.logs) };
  }

  test('ad click on shop.example, purchase on checkout.example: the click id is stored, then restored as click_id and _epik', async () => {
    const now = Date.now();
    const click = await fire(event({ event_name: 'page_view', transaction_id: undefined, page_location: 'https://shop.example/?epik=dj0yEPIK1' }), [], settings(), now);
    expect(click.completion).toBe('success');
    expect(click.firestore).toEqual([[DOC, { click_id: 'dj0yEPIK1', time: now }]]);
    expect(JSON.stringify(click.firestore)).not.toContain(CLIENT_ID);
    const later = now + 2 * DAY;
    const purchase = await fire(event({ page_location: 'https://checkout.example/thanks' }), click.firestore, settings(), later);
    expect(purchase.completion).toBe('success');
    expect(purchase.sent[0].user_data.click_id).toBe('dj0yEPIK1');
    expect(purchase.cookiesSet).toEqual([expect.objectContaining({ name: '_epik', value: 'dj0yEPIK1', options: expect.objectContaining({ 'max-age': 28 * 86400, secure: true, sameSite: 'Lax', httpOnly: false }) })]);
  });

  test('a click id stored 30 days ago or more is never returned', async () => {
    const now = Date.now();
    const report = await fire(event({ page_location: 'https://checkout.example/thanks' }), [[DOC, { click_id: 'dj0yEPIK1', time: now - 30 * DAY }]], settings(), now);
    expect(report.sent[0].user_data.click_id).toBeUndefined();
    expect(report.cookiesSet).toEqual([]);
  });

  test('a page on a host not listed, ad_storage denied (sent anyway by "always"), or no client_id: no Firestore, no cookie', async () => {
    const stored: [string, Record<string, unknown>][] = [[DOC, { click_id: 'dj0yEPIK1', time: Date.now() }]];
    for (const [extra, data] of [
      [{ page_location: 'https://other.example/thanks' }, settings()],
      [{ page_location: 'https://checkout.example/thanks', consent_state: { ad_storage: 'denied' } }, settings({ consentMode: 'always' })],
      [{ page_location: 'https://checkout.example/thanks', client_id: undefined }, settings()],
    ] as const) {
      const report = await fire(event(extra), stored, data);
      expect(report.sent[0].user_data.click_id).toBeUndefined();
      expect(report.cookiesSet).toEqual([]);
    }
    const clicked = await fire(event({ page_location: 'https://other.example/?epik=dj0yEPIK2' }));
    expect(clicked.firestore).toEqual([]);
  });

  test('the template\'s permission allows its own collection only: another one is logged and the event still sent', async () => {
    const report = await fire(event({ page_location: 'https://shop.example/?epik=dj0yEPIK1' }), [], settings({ crossDomainCollection: 'users' }));
    expect(report.completion).toBe('success');
    expect(report.firestore).toEqual([]);
    expect(report.sent).toHaveLength(1);
    expect(report.logs).toContain('cross-domain: the permission does not allow this collection');
  });
});
