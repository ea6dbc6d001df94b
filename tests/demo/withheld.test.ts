/**
 * Tag fires GTM held back for consent, as the shop's pages report them: what the store takes from a
 * report (page input), and the greyed inspector row with its reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { inspectorView } from '../../demo/inspector/timeline';
import { createWithheldStore, MAX_FIRES } from '../../demo/inspector/withheld';
import { tagHit } from './traffic-builders';

const CONTAINER = readContainerExport(fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'containers', 'web-container.json'), 'utf8'), 'web-container.json');
const LEAD_TAG = 'Pinterest - lead form';
const report = (fires: unknown[], extra: Record<string, unknown> = {}) => ({
  pageLoad: 'abc123', page: 'http://127.0.0.1:8787/contact?email=jane%40example.com', consent: { ad_storage: 'denied', ad_user_data: 'denied' }, fires, ...extra,
});

test('a held-back fire becomes a greyed row that says which tag, on which event, and why', () => {
  const store = createWithheldStore(CONTAINER);
  expect(store.report(report([{ index: 3, tag: LEAD_TAG, event: 'generate_lead', released: false }]), 1_700_000_000_000)).toEqual({ taken: 1, skipped: [] });
  const v = inspectorView({ tagEvents: [], requests: [], tagRuns: [], withheld: store.fires });
  expect(v.totals).toMatchObject({ events: 0, withheld: 1 });
  expect(v.rows).toHaveLength(1);
  expect(v.rows[0]).toMatchObject({
    page: '/contact', tagEvent: 'generate_lead', dedup: { state: 'withheld', text: 'withheld by consent', detail: 'ad_storage denied' },
    consent: 'withheld: ad_storage denied', apiStatus: 'not sent', apiMessage: 'waiting for consent', browser: [], api: [],
  });
  expect(v.rows[0].notes).toEqual([`GTM held back the tag "${LEAD_TAG}" on the dataLayer event "generate_lead": its consent settings require ad_storage, and the page had ad_storage denied. Nothing was sent for it.`]);
  expect(JSON.stringify(v)).not.toContain('jane');
});

test('a later report that the fire was released (consent granted) updates the same row', () => {
  const store = createWithheldStore(CONTAINER);
  store.report(report([{ index: 3, tag: LEAD_TAG, event: 'generate_lead', released: false }]), 1);
  store.report(report([{ index: 3, tag: LEAD_TAG, event: 'generate_lead', released: true }], { consent: { ad_storage: 'granted' } }), 2);
  expect(store.fires).toHaveLength(1);
  const [row] = inspectorView({ tagEvents: [], requests: [], tagRuns: [], withheld: store.fires }).rows;
  expect(row.dedup.detail).toBe('ad_storage denied; fired when consent was granted');
  expect(row.apiMessage).toBe('fired later, when consent was granted');
});

test('withheld rows take their place in time among the traffic rows', () => {
  const store = createWithheldStore(CONTAINER);
  store.report(report([{ index: 0, tag: 'Pinterest - base code and page view', event: 'gtm.js', released: false }]), Date.now() + 60_000);
  const v = inspectorView({ tagEvents: [tagHit('lead', { event_id: 'E1' })], requests: [], tagRuns: [], withheld: store.fires });
  expect(v.rows.map((r) => r.dedup.state)).toEqual(['withheld', 'browser-only']);
  expect(v.rows[0].key).not.toBe(v.rows[1].key);
});

test.each([
  ['not an object', 'x'], ['no page load id', { fires: [] }], ['a page load id with markup', { pageLoad: '<b>', fires: [] }], ['fires not a list', { pageLoad: 'a1', fires: {} }],
])('a report that is %s is skipped whole', (_label, body) => {
  const store = createWithheldStore(CONTAINER);
  expect(store.report(body, 1)).toEqual({ taken: 0, skipped: ['not a report'] });
  expect(store.fires).toEqual([]);
});

test('fires of tags the web container does not have, or with bad fields, are skipped; consent types are only the known ones', () => {
  const store = createWithheldStore(CONTAINER);
  const result = store.report(report([
    { index: 1, tag: 'Someone else\'s tag', event: 'x', released: false }, { index: -1, tag: LEAD_TAG, event: 'x' }, { index: 2, tag: LEAD_TAG, event: 'e'.repeat(101) },
    { index: 2.5, tag: LEAD_TAG, event: 'x' }, null, 'fire', { index: 4, tag: LEAD_TAG, event: 'generate_lead' },
  ], { consent: { ad_storage: 'denied', '<img src=x>': 'denied', ['__proto__']: 'denied' } }), 1);
  expect(result.taken).toBe(1);
  expect(result.skipped).toHaveLength(6);
  expect(store.fires[0]).toMatchObject({ needs: ['ad_storage'], denied: ['ad_storage'] });
});

test('only the most recent fires are kept, and one report counts at most 50', () => {
  const store = createWithheldStore(CONTAINER);
  const fires = (from: number) => Array.from({ length: 80 }, (_, i) => ({ index: from + i, tag: LEAD_TAG, event: 'generate_lead', released: false }));
  expect(store.report(report(fires(0)), 1).taken).toBe(50);
  for (let page = 0; page < 8; page++) store.report(report(fires(0), { pageLoad: `p${page}` }), 2 + page);
  expect(store.fires).toHaveLength(MAX_FIRES);
  expect(store.fires.at(-1)?.time).toBe(9);
});
