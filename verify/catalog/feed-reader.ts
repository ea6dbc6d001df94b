/**
 * Streams a Pinterest catalog feed record by record, with the line each record starts on: CSV
 * (RFC 4180 quoting, fields may span lines), TSV, or RSS/Atom XML with the `g:` namespace.
 * https://help.pinterest.com/en/business/article/data-source-ingestion (formats)
 * Parsing is done by csv-parse and saxes (streaming, linear); what they cannot read is reported as a
 * problem with its line, and reading goes on. Only a file that is not a feed at all is an error.
 */
import * as fs from 'node:fs';
import { delimitedRecords } from './csv-feed';
import { FeedError, type FeedRecord, type OnReadProblem } from './feed-types';
import { xmlRecords } from './xml-feed';

export { FeedError, type FeedRecord, type OnReadProblem, type ReadProblem } from './feed-types';
export type FeedFormat = 'csv' | 'tsv' | 'xml';

export async function detectFormat(file: string): Promise<FeedFormat> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('<')) return 'xml';
    const firstLine = head.split(/\r?\n/)[0];
    if (firstLine.includes('\t')) return 'tsv';
    if (firstLine.includes(',')) return 'csv';
    throw new FeedError(`${file}: not a CSV, TSV or XML feed (the first line has no header)`);
  } finally {
    await handle.close();
  }
}

export async function* readFeed(file: string, onProblem: OnReadProblem = () => undefined): AsyncGenerator<FeedRecord> {
  if (!fs.existsSync(file)) throw new FeedError(`${file}: no such file`);
  if (!(await fs.promises.stat(file)).isFile()) throw new FeedError(`${file}: not a file`);
  const format = await detectFormat(file);
  yield* (format === 'xml' ? xmlRecords(file, onProblem) : delimitedRecords(file, format, onProblem));
}
