/**
 * Cross-domain click id (docs/cross-domain.md): the client's `client_id` from `_ga`, and the Conversions API
 * tag's *Cross-domain click id* section with Firestore, through the built templates and real APIs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT = parseTemplate(fs.readFileSync(path.join(ROOT, 'server-template', 'client', 'template.tpl'), 'utf8'));
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
