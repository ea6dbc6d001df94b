/**
 * Streams a Pinterest catalog feed record by record, with the line each record starts on: CSV
 * (RFC 4180 quoting, fields may span lines), TSV, or RSS/Atom XML with the `g:` namespace.
 * https://help.pinterest.com/en/business/article/data-source-ingestion (formats)
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';

export interface FeedRecord { readonly line: number; readonly fields: Record<string, string> }
export type FeedFormat = 'csv' | 'tsv' | 'xml';

export class FeedError extends Error {}

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

/** Splits one CSV record; returns null while a quoted field is still open. */
function splitCsv(text: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { out.push(field); field = ''; } else field += c;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

async function* delimited(file: string, format: 'csv' | 'tsv'): AsyncGenerator<FeedRecord> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header: string[] | null = null;
  let pending = '';
  let start = 0;
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (pending === '') start = lineNumber;
    const text = pending === '' ? line : `${pending}\n${line}`;
    const cells = format === 'tsv' ? text.split('\t') : splitCsv(text);
    if (cells === null) { pending = text; continue; }
    pending = '';
    if (header === null) { header = cells.map((h) => h.trim().toLowerCase().replace(/^g:/, '')); continue; }
    if (cells.length === 1 && cells[0].trim() === '') continue;
    const fields: Record<string, string> = {};
    header.forEach((name, i) => { fields[name] = (cells[i] ?? '').trim(); });
    yield { line: start, fields };
  }
  if (pending !== '') throw new FeedError(`${file}:${start}: a quoted field is never closed`);
  if (header === null) throw new FeedError(`${file}: the feed is empty`);
}

const decodeXml = (s: string): string => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

async function* xml(file: string): AsyncGenerator<FeedRecord> {
  let buffer = '';
  let consumedLines = 1;
  let items = 0;
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    buffer += chunk;
    for (;;) {
      const open = buffer.search(/<(item|entry)[\s>]/);
      if (open === -1) { consumedLines += countLines(buffer.slice(0, Math.max(0, buffer.length - 16))); buffer = buffer.slice(Math.max(0, buffer.length - 16)); break; }
      const tag = buffer.slice(open + 1, open + 5) === 'item' ? 'item' : 'entry';
      const close = buffer.indexOf(`</${tag}>`, open);
      if (close === -1) { consumedLines += countLines(buffer.slice(0, open)); buffer = buffer.slice(open); break; }
      const line = consumedLines + countLines(buffer.slice(0, open));
      const body = buffer.slice(open, close);
      const fields: Record<string, string> = {};
      for (const m of body.matchAll(/<(?:g:)?([a-z_]+)(?:\s[^>]*)?>([\s\S]*?)<\/(?:g:)?\1>/g)) if (fields[m[1]] === undefined) fields[m[1]] = decodeXml(m[2]).trim();
      items++;
      yield { line, fields };
      consumedLines = line + countLines(buffer.slice(open, close));
      buffer = buffer.slice(close + tag.length + 3);
    }
  }
  if (items === 0) throw new FeedError(`${file}: no <item> or <entry> elements (is it an RSS or Atom feed?)`);
}

const countLines = (s: string): number => { let n = 0; for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++; return n; };

export async function* readFeed(file: string): AsyncGenerator<FeedRecord> {
  if (!fs.existsSync(file)) throw new FeedError(`${file}: no such file`);
  const format = await detectFormat(file);
  yield* (format === 'xml' ? xml(file) : delimited(file, format));
}
