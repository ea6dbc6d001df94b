/**
 * Seeded hostile input through every reader of the verification tools: random bytes, hostile pieces spliced
 * into valid files, cut-off files, huge fields, deep nesting, bad entities, fields of the wrong type.
 * Nothing may throw (but a clear FeedError for a file that is not a feed), hang or crash; line numbers stay
 * inside the file; printed reports carry no control characters; nothing reaches Object.prototype.
 * A failure names its seed: rerun that case alone (jest -t 'seed N') to replay it.
 */
import * as fs from 'node:fs';
import { catalogCheck, formatCatalogReport } from '../../verify/catalog/catalog-check';
import { scanEvents } from '../../verify/catalog/event-ids';
import { FeedError, readFeed } from '../../verify/catalog/feed-reader';
import { deliveryReport } from '../../verify/report/delivery-report';
import { htmlReport } from '../../verify/report/html-report';
import { scanTagEvents } from '../../verify/report/tag-events';
import { formatDeliveryReport } from '../../verify/report/text-report';
import { corrupt, csvFeed, hostileText, jsonLines, nested, product, randomBytes, seeded, serialise, tagLog, tsvFeed, twist, writeFile, xmlFeed, type Random } from './builders';

/** A short seeded run in `npm test`; VERIFY_FUZZ_SEEDS=1000 runs a long one. */
const SEEDS = Array.from({ length: Number(process.env.VERIFY_FUZZ_SEEDS ?? 12) }, (_, i) => 1000 + i);
const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();
// eslint-disable-next-line no-control-regex -- what must not reach a terminal
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const lineCount = (file: string): number => fs.readFileSync(file, 'latin1').split(/\r\n|\r|\n/).length;

function hostileFeed(random: Random, format: 'csv' | 'tsv' | 'xml'): string | Buffer {
  const products = Array.from({ length: 8 }, (_, i) => product(`P${i}`, { title: hostileText(random, random.int(4)) }));
  const base = { csv: csvFeed, tsv: tsvFeed, xml: xmlFeed }[format](products);
  switch (random.int(6)) {
    case 0: return randomBytes(random, 1 + random.int(4000));
    case 1: return base.slice(0, random.int(base.length));
    case 2: return base.replace('A fine thing', 'x'.repeat(random.int(1_200_000)));
    case 3: return format === 'xml' ? base.replace('<channel>', `<channel>${nested(random.int(30_000), '<item><g:id>', '')}`) : base.replace('\n', `\n${'"'.repeat(random.int(5000))}\n`);
    default: return corrupt(random, base, 1 + random.int(40));
  }
}

describe.each(['csv', 'tsv', 'xml'] as const)('seeded hostile %s feeds', (format) => {
  test.each(SEEDS)('seed %i: records or reported problems, never a crash', async (seed) => {
    const file = writeFile(`fuzz.${format}`, hostileFeed(seeded(seed), format));
    const lines = lineCount(file);
    const outside: number[] = []; // lines of records or problems outside the file
    let withPrototype = 0;
    const check = (line: number): void => { if (!Number.isInteger(line) || line < 1 || line > lines + 1) outside.push(line); };
    try {
      for await (const record of readFeed(file, (p) => check(p.line))) {
        check(record.line);
        if (Object.getPrototypeOf(record.fields) !== null) withPrototype++;
      }
    } catch (error) {
      expect(error).toBeInstanceOf(FeedError);
      return;
    }
    expect([outside, withPrototype]).toEqual([[], 0]);
    const report = await catalogCheck(file, writeFile('e.jsonl', ''));
    expect(formatCatalogReport(report, file)).not.toMatch(CONTROL);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE);
  }, 60_000);
});

function hostileLog(random: Random): string {
  const names = ['checkout', '__proto__', 'constructor', 'toString', hostileText(random, 3)];
  const rows: unknown[] = [];
  for (let i = 0; i < 20; i++) {
    const entries = tagLog({ event_name: random.pick(names), event_id: random.chance(0.3) ? `gen_${i}` : `E-${i}` }, [random.pick([200, 400, 429, 500])]);
    for (const entry of entries) {
      const twisted = random.chance(0.5) ? twist(random, entry) : entry;
      const line = random.int(8);
      const wrapped = line === 0 ? { jsonPayload: twisted } : line === 1 ? { textPayload: serialise(twisted) } : twisted;
      rows.push(line === 2 ? corrupt(random, serialise(twisted), 3) : serialise(wrapped));
    }
  }
  if (random.chance(0.3)) rows.push(nested(200000, '{"jsonPayload":', '}', '{}'));
  if (random.chance(0.2)) rows.push(randomBytes(random, 2000).toString('latin1'));
  return jsonLines(rows);
}

test.each(SEEDS)('seed %i: hostile logs and captures through report, event ids and tag ids, never a crash', async (seed) => {
  const random = seeded(seed);
  const logs = writeFile('fuzz-logs.jsonl', hostileLog(random));
  const browser = await scanTagEvents(logs);
  const report = await deliveryReport(logs, random.chance(0.5) ? browser : undefined);
  expect(report.delivered).toBeLessThanOrEqual(report.events);
  expect([...report.byEventName.values()].reduce((sum, row) => sum + row.events, 0)).toBe(report.events);
  expect(formatDeliveryReport(report)).not.toMatch(CONTROL);
  expect(htmlReport(report, logs)).not.toContain('<script');
  const scan = await scanEvents(logs);
  expect(scan.lines).toBe(fs.readFileSync(logs, 'latin1').split('\n').length - 1);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}, 60_000);
