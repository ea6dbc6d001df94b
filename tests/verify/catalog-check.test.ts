/** pinterest-gtm catalog-check on feeds and event captures made here, including malformed ones. */
import { catalogCheck, formatCatalogReport } from '../../verify/catalog/catalog-check';
import { readFeed } from '../../verify/catalog/feed-reader';
import { csvFeed, jsonLines, product, tsvFeed, writeFile, xmlFeed } from './builders';

const products = [product('SKU-1'), product('SKU-2', { title: 'Mug, "large"\nblue' }), product('00042'), product('V-1', { item_group_id: 'P-1' })];

test.each([['csv', csvFeed], ['tsv', tsvFeed], ['xml', xmlFeed]] as const)('reads a %s feed with the line each product starts on', async (format, build) => {
  const records = [];
  for await (const r of readFeed(writeFile(`feed.${format}`, build(products)))) records.push(r);
  expect(records.map((r) => r.fields.id)).toEqual(['SKU-1', 'SKU-2', '00042', 'V-1']);
  expect(records[3].fields.item_group_id).toBe('P-1');
  if (format === 'csv') expect(records.map((r) => r.line)).toEqual([2, 3, 5, 6]);
  if (format === 'csv') expect(records[1].fields.title).toBe('Mug, "large"\nblue');
  if (format === 'xml') expect(records[0].line).toBe(3);
});

test('reports missing and invalid required fields with line numbers, and duplicate ids', async () => {
  const feed = writeFile('bad.csv', csvFeed([product('A'), product('B', { price: '24.99', availability: 'maybe', link: 'shop/p/b', title: '' }), product('A')]));
  const report = await catalogCheck(feed, writeFile('none.jsonl', ''));
  expect(report.problems.map((p) => `${p.line} ${p.id} ${p.field}`)).toEqual(['3 B title', '3 B link', '3 B price', '3 B availability']);
  expect(report.duplicates).toEqual([{ id: 'A', lines: [2, 4] }]);
});

test('compares event product ids with the catalog and suggests the fix for near misses', async () => {
  const feed = writeFile('feed.csv', csvFeed(products));
  const events = writeFile('events.jsonl', jsonLines([
    { event: 'checkout', data: { line_items: [{ product_id: 'SKU-1' }, { product_id: 'SKU-2' }] } },
    { data: [{ custom_data: { content_ids: ['sku-1'] } }] },
    { RequestBody: { data: [{ custom_data: { contents: [{ id: '42' }] } }] } },
    { items: [{ item_id: 'P-1' }] },
    { event_name: 'page_view' },
    'not json',
  ]));
  const report = await catalogCheck(feed, events);
  expect([report.eventsWithIds, report.eventsAllMatched]).toEqual([4, 1]);
  expect(report.badEventLines).toEqual([6]);
  expect(report.unknownIds).toEqual([
    { id: 'sku-1', events: 1, fix: 'use the catalog\'s spelling "SKU-1" (case or whitespace differs)' },
    { id: '42', events: 1, fix: 'use "00042" (leading zeros differ)' },
    { id: 'P-1', events: 1, fix: '"P-1" is an item_group_id (parent); send the variant id, e.g. "V-1"' },
  ]);
  expect(formatCatalogReport(report, 'feed.csv')).toContain('1 (25.0%) have every id in the catalog');
});

test('clear errors for files that are not feeds', async () => {
  await expect(catalogCheck(writeFile('empty.csv', ''), writeFile('e.jsonl', ''))).rejects.toThrow(/not a CSV, TSV or XML feed/);
  await expect(catalogCheck(writeFile('header.csv', 'id,"title\n'), writeFile('e.jsonl', ''))).rejects.toThrow(/:1: the header row cannot be read: a quoted field opens here and is never closed/);
  await expect(catalogCheck(writeFile('x.xml', '<rss><channel></channel></rss>'), writeFile('e.jsonl', ''))).rejects.toThrow(/no <item> or <entry>/);
  await expect(catalogCheck('/no/such/feed.csv', writeFile('e.jsonl', ''))).rejects.toThrow(/no such file/);
});

test('long files report progress while they stream', async () => {
  const rows = Array.from({ length: 100000 }, (_, i) => `S${i},T,D,https://s.example/p,https://s.example/i.jpg,1.00 USD,in stock`);
  const feed = writeFile('long.csv', `id,title,description,link,image_link,price,availability\n${rows.join('\n')}\n`);
  const messages: string[] = [];
  const report = await catalogCheck(feed, writeFile('e.jsonl', jsonLines([{ content_ids: ['S99999'] }])), (m) => messages.push(m));
  expect(report.records).toBe(100000);
  expect(report.eventsAllMatched).toBe(1);
  expect(messages).toEqual([`${feed}: 100000 products read`]);
}, 60_000); // 100,000 rows: about 2 s alone, over 5 s on a loaded machine

test('an event with only some of its ids in the catalog is not matched; one with all of them is', async () => {
  const feed = writeFile('feed.csv', csvFeed(products));
  const events = writeFile('partial.jsonl', jsonLines([
    { event: 'checkout', data: { line_items: [{ product_id: 'SKU-1' }, { product_id: 'SKU-99' }] } },
    { event: 'checkout', data: { line_items: [{ product_id: 'SKU-1' }, { product_id: 'SKU-2' }] } },
    { custom_data: { content_ids: ['SKU-2', 'nope', 'V-1'] } },
  ]));
  const report = await catalogCheck(feed, events);
  expect([report.eventsWithIds, report.eventsAllMatched]).toEqual([3, 1]);
  expect(report.unknownIds.map((u) => [u.id, u.events])).toEqual([['SKU-99', 1], ['nope', 1]]);
  expect(formatCatalogReport(report, 'feed.csv')).toContain('3 with product ids; 1 (33.3%) have every id in the catalog');
});

/** What the demo's Pinterest fake answers on /_fake/tag-events (README: `curl … > tag-events.json`): one JSON array. */
const tagEvents = (ids: string[][]): unknown[] => ids.map((list, i) => ({ time: 1700000000000 + i, event: 'addtocart', tagId: '2612345678901', data: { event_id: `p.${i}`, line_items: list.map((id) => ({ product_id: id })) }, partner: {}, page: 'http://127.0.0.1:8787/' }));

test.each([['on one line', (v: unknown): string => JSON.stringify(v)], ['pretty-printed', (v: unknown): string => JSON.stringify(v, null, 2)]])('events as a JSON array (%s): every element is an event', async (_, write) => {
  const feed = writeFile('feed.csv', csvFeed(products));
  const events = writeFile('tag-events.json', write(tagEvents([['SKU-1'], ['SKU-2'], ['00042'], ['V-1'], ['SKU-1', 'SKU-2'], ['MISSING']])));
  const report = await catalogCheck(feed, events);
  expect(report).toMatchObject({ eventsFormat: 'json-array', eventLines: 6, eventsWithIds: 6, eventsAllMatched: 5, badEventLines: [], eventsUnread: false });
  expect(formatCatalogReport(report, 'feed.csv')).toContain('Events (a JSON array of 6): 6 with product ids; 5 (83.3%) have every id in the catalog');
});

test('events that cannot be compared say so: lines that are not JSON, or no product ids at all', async () => {
  const feed = writeFile('feed.csv', csvFeed(products));
  const broken = await catalogCheck(feed, writeFile('broken.json', '[{"event": "checkout",\n  "data": {"line_items": [\n'));
  expect(broken).toMatchObject({ eventsFormat: 'json-lines', eventsWithIds: 0, eventsUnread: true });
  expect(formatCatalogReport(broken, 'feed.csv')).toContain('the events file starts like a JSON array but stops being JSON at line 3, column 1; read as JSON lines instead');
  expect(formatCatalogReport(broken, 'feed.csv')).toContain('2 lines are not JSON (first: 1, 2); events are read as JSON lines (one per line) or one JSON array');
  const none = await catalogCheck(feed, writeFile('pages.jsonl', jsonLines([{ event_name: 'page_visit' }])));
  expect(none.eventsUnread).toBe(true);
  expect(formatCatalogReport(none, 'feed.csv')).toContain('no product ids found');
});
