/** catalog-check against hostile feeds and captures: what cannot be read is a problem on its line, reading goes on, work stays linear. */
import * as fs from 'node:fs';
import { catalogCheck, formatCatalogReport } from '../../verify/catalog/catalog-check';
import { scanEvents } from '../../verify/catalog/event-ids';
import { readFeed, type FeedRecord, type ReadProblem } from '../../verify/catalog/feed-reader';
import { MAX_COLUMNS, MAX_RECORD_BYTES } from '../../verify/catalog/csv-feed';
import { XML_LIMITS } from '../../verify/catalog/xml-feed';
import { csvFeed, jsonLines, nested, product, writeFile, xmlFeed } from './builders';

async function read(file: string): Promise<{ records: FeedRecord[]; problems: ReadProblem[] }> {
  const records: FeedRecord[] = [];
  const problems: ReadProblem[] = [];
  for await (const r of readFeed(file, (p) => problems.push(p))) records.push(r);
  return { records, problems };
}
const ids = (records: FeedRecord[]): string[] => records.map((r) => r.fields.id);
const rows = (n: number): string => Array.from({ length: n }, (_, i) => `S${i},Product ${i},A fine thing,https://s.example/p/${i},https://s.example/i/${i}.jpg,1.00 USD,in stock`).join('\n');
const HEADER = 'id,title,description,link,image_link,price,availability';

/** Bytes the code under test read from disk, through the real fs streams it opened. */
async function bytesRead(work: () => Promise<unknown>): Promise<number> {
  const streams: fs.ReadStream[] = [];
  const nodeFs = jest.requireActual<typeof fs>('node:fs'); // the module object itself (the import is a read-only view of it)
  const real = nodeFs.createReadStream;
  const spy = jest.spyOn(nodeFs, 'createReadStream').mockImplementation(((...args: Parameters<typeof fs.createReadStream>) => { const s = real(...args); streams.push(s); return s; }) as typeof fs.createReadStream);
  try { await work(); } finally { spy.mockRestore(); }
  return streams.reduce((sum, s) => sum + s.bytesRead, 0);
}

test('an unclosed quote is a problem on its line, and the rows after it are read', async () => {
  const feed = writeFile('open.csv', `${csvFeed([product('A'), product('B')])}"C,never closed\n${csvFeed([product('D'), product('E')]).split('\n').slice(1).join('\n')}`);
  const { records, problems } = await read(feed);
  expect(ids(records)).toEqual(['A', 'B', 'D', 'E']);
  expect(records.map((r) => r.line)).toEqual([2, 3, 5, 6]);
  expect(problems).toEqual([{ line: 4, problem: 'a quoted field opens here and is never closed; line 4 skipped' }]);
  const report = await catalogCheck(feed, writeFile('e.jsonl', ''));
  expect(formatCatalogReport(report, 'feed.csv')).toContain('feed.csv:4: a quoted field opens here and is never closed; line 4 skipped');
});

test('a record longer than the bound is skipped at its line; CRLF and multi-line fields keep line numbers', async () => {
  const crlf = writeFile('crlf.csv', `id,title\r\nA,"two\r\nlines"\r\n\r\nB,"${'x'.repeat(MAX_RECORD_BYTES + 10)}\r\nC,c\r\nD,d\r\n`);
  const { records, problems } = await read(crlf);
  expect(records.map((r) => `${r.line}:${r.fields.id}`)).toEqual(['2:A', '6:C', '7:D']);
  expect(records[0].fields.title).toBe('two\r\nlines');
  expect(problems).toEqual([{ line: 5, problem: `the record is longer than ${MAX_RECORD_BYTES} bytes (an unclosed quote?); line 5 skipped` }]);
});

test('an unclosed quote before many rows costs linear work: bytes read at two sizes', async () => {
  const feed = (n: number): string => writeFile(`open-${n}.csv`, `${HEADER}\n"S,unclosed\n${rows(n)}\n`);
  const [small, large] = [feed(2000), feed(4000)];
  const [smallWork, largeWork] = [await bytesRead(() => read(small)), await bytesRead(() => read(large))];
  expect(largeWork / smallWork).toBeLessThan(2.2);
  expect(largeWork).toBeLessThan(2.5 * fs.statSync(large).size); // once for the failed record, once more from the line after it
  expect((await read(large)).records).toHaveLength(4000);
}, 60_000);

test('50,000 rows after an unclosed quote are read within a generous limit (the hand-written parser: 37 s for 5,000, quadratic)', async () => {
  const { records, problems } = await read(writeFile('open-big.csv', `${HEADER}\n"S,unclosed\n${rows(50000)}\n`));
  expect(records).toHaveLength(50000);
  expect(problems).toHaveLength(1);
}, 120_000);

test('bad entities are problems on their lines and every item is still read; a DOCTYPE expands nothing', async () => {
  const feed = xmlFeed([product('A'), product('B'), product('C')])
    .replace('<g:title>Product A', '<g:title>Product &#99999999; A').replace('<g:title>Product B', '<g:title>Product &nbsp;&#xD800; B');
  const { records, problems } = await read(writeFile('entities.xml', feed));
  expect(ids(records)).toEqual(['A', 'B', 'C']);
  expect(records[0].fields.title).toBe('Product &#99999999; A');
  expect(problems.map((p) => `${p.line} ${p.problem}`)).toEqual(['5 malformed character entity.', '14 undefined entity.', '14 malformed character entity.']);
  const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<rss><channel><item><g:id>&c;</g:id></item></channel></rss>`;
  const bomb = await read(writeFile('laughs.xml', laughs));
  expect(bomb.records[0].fields.id.length).toBeLessThan(10);
});

test('20,000 unclosed <item> tags: every item is read and reported, within a generous limit', async () => {
  const { records, problems } = await read(writeFile('unclosed.xml', `<rss><channel>\n${Array.from({ length: 20000 }, (_, i) => `<item><g:id>U${i}</g:id>\n`).join('')}</channel></rss>\n`));
  expect(records).toHaveLength(20000);
  expect(records[19999]).toEqual({ line: 20001, fields: expect.objectContaining({ id: 'U19999' }) });
  expect(problems[0]).toEqual({ line: 2, problem: '<item> is not closed before the next one (line 3) starts' });
}, 120_000);

test('90,000 unclosed field tags in one item are read within a generous limit (the regex reader: 14 s for 20,000, quadratic)', async () => {
  const { records } = await read(writeFile('fields.xml', `<rss><channel><item><g:id>X</g:id>${'<g:title>Product title that never ends '.repeat(90000)}</item></channel></rss>`));
  expect(ids(records)).toEqual(['X']);
}, 120_000);

test('an item with more distinct fields than the bound keeps the first ones and reports once', async () => {
  const children = Array.from({ length: XML_LIMITS.fieldsPerItem + 500 }, (_, i) => `<g:f${i}>v</g:f${i}>`).join('');
  const { records, problems } = await read(writeFile('wide.xml', `<rss><channel><item><g:id>W</g:id>${children}</item></channel></rss>`));
  expect(Object.keys(records[0].fields)).toHaveLength(XML_LIMITS.fieldsPerItem);
  expect(problems).toEqual([{ line: 1, problem: `more than ${XML_LIMITS.fieldsPerItem} fields in one item; the rest are ignored` }]);
});

test('nesting past the limit and text runs past the bound end the read with a problem, never a crash', async () => {
  const deep = await read(writeFile('deep.xml', `<rss><channel><item><g:id>D</g:id></item>${nested(XML_LIMITS.depth + 10, '<a>', '</a>')}</channel></rss>`));
  expect(ids(deep.records)).toEqual(['D']);
  expect(deep.problems.at(-1)?.problem).toBe(`elements nest deeper than ${XML_LIMITS.depth} levels: the rest of the feed is not read`);
  const run = await read(writeFile('run.xml', `<rss><channel><item><g:id>R</g:id></item><item><g:description>${'x'.repeat(XML_LIMITS.charsBetweenTags + 1)}</g:description></item></channel></rss>`));
  expect(ids(run.records)).toEqual(['R']);
  expect(run.problems.map((p) => p.problem)).toEqual([
    `more than ${XML_LIMITS.charsBetweenTags} characters without a new tag: the rest of the feed is not read`, 'this item is cut off where the read stopped; not checked']);
}, 60_000);

test('a header of 150,000 columns: the first MAX_COLUMNS are read, said once; each row keeps at most that many fields', async () => {
  const header = `${HEADER},${Array.from({ length: 150_000 }, (_, i) => i.toString(36).padStart(4, '0')).join(',')}`;
  const { records, problems } = await read(writeFile('wide.csv', `${header}
${rows(200)}
`));
  expect(records).toHaveLength(200);
  expect(records[0].fields.link).toBe('https://s.example/p/0');
  expect(Math.max(...records.map((r) => Object.keys(r.fields).length))).toBe(MAX_COLUMNS);
  expect(problems[0]).toEqual({ line: 1, problem: `the header has 150007 columns; only the first ${MAX_COLUMNS} are read` });
  expect(problems[1]).toEqual({ line: 2, problem: 'has 7 fields; the header has 150007' });
}, 60_000);

test('text full of > is text: the bound on characters since the last < ends the read, and the rest is not read from disk', async () => {
  const file = writeFile('gt.xml', `<rss><channel><item><g:id>G</g:id></item><item><g:description>${'>'.repeat(XML_LIMITS.charsBetweenTags + (4 << 20))}</g:description></item></channel></rss>`);
  let result: Awaited<ReturnType<typeof read>> | undefined;
  const work = await bytesRead(async () => { result = await read(file); });
  expect(ids(result?.records ?? [])).toEqual(['G']);
  expect(result?.problems[0].problem).toBe(`more than ${XML_LIMITS.charsBetweenTags} characters without a new tag: the rest of the feed is not read`);
  expect(work).toBeLessThan(fs.statSync(file).size - (2 << 20));
}, 60_000);

test('an element with more attributes than the bound ends the read with a problem', async () => {
  const attributes = Array.from({ length: XML_LIMITS.attributesPerTag + 50 }, (_, i) => `a${i}="v"`).join(' ');
  const { records, problems } = await read(writeFile('attributes.xml', `<rss><channel><item><g:id>A</g:id></item><item ${attributes}><g:id>B</g:id></item></channel></rss>`));
  expect(ids(records)).toEqual(['A']);
  expect(problems.map((p) => p.problem)).toEqual([`more than ${XML_LIMITS.attributesPerTag} attributes on one element: the rest of the feed is not read`]);
});

test('a deeply nested events line does not overflow the stack, and a line over 8 MiB is reported, not read', async () => {
  const deep = nested(1_000_000, '{"a":[', ']}', JSON.stringify({ content_ids: ['SKU-1'] }));
  const scan = await scanEvents(writeFile('deep.jsonl', jsonLines([deep, 'x'.repeat(9 * 1024 * 1024), { content_ids: ['SKU-2'] }])));
  expect(scan.events).toEqual([{ line: 1, ids: ['SKU-1'] }, { line: 3, ids: ['SKU-2'] }]);
  expect(scan.longLines).toEqual([2]);
}, 60_000);

test('__proto__ and constructor are plain names: columns, ids and event ids', async () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const feed = writeFile('proto.csv', `${HEADER},__proto__,constructor\n__proto__,T,D,https://s.example/p,https://s.example/i.jpg,1.00 USD,in stock,x,y\nconstructor,T,D,https://s.example/p,https://s.example/i.jpg,1.00 USD,in stock,x,y\n`);
  const { records } = await read(feed);
  expect(records.map((r) => [r.fields.id, r.fields.__proto__, r.fields.constructor])).toEqual([['__proto__', 'x', 'y'], ['constructor', 'x', 'y']]);
  const report = await catalogCheck(feed, writeFile('e.jsonl', jsonLines([{ content_ids: ['__proto__', 'constructor'] }, { content_ids: ['toString', 'hasOwnProperty'] }])));
  expect(report.eventsAllMatched).toBe(1);
  expect(report.unknownIds.map((u) => u.id)).toEqual(['toString', 'hasOwnProperty']);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
});
