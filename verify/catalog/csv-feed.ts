/**
 * CSV (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) and TSV feeds through csv-parse, streamed.
 * A record csv-parse cannot read (a quoted field never closed, or a record over MAX_RECORD_BYTES: an
 * open quote that swallows the file) is reported on the line it starts, and parsing starts again on the
 * next line. A record that fails again inside an already failed stretch skips to the end of that
 * stretch, so no byte is parsed more than twice: the work stays linear in the file size.
 */
import * as fs from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { emptyFields, FeedError, type FeedRecord, type OnReadProblem } from './feed-types';
import { breaksIn, leadingBreaks, lineStart, type Position } from './line-positions';

/** Pinterest's longest field is 10,000 characters (description); a whole record over 1 MiB is broken. */
export const MAX_RECORD_BYTES = 1 << 20;

/** Pinterest's feed has a few dozen columns; a header with thousands is broken or hostile (every row would cost that many). */
export const MAX_COLUMNS = 1000;

/** The record that could not be read: the line it starts on, and the line where reading it failed. */
interface Failure { readonly line: number; readonly lastLine: number; readonly problem: string }
interface Header { names: string[] | null; columns: number }

const PROBLEMS = new Map([
  ['CSV_QUOTE_NOT_CLOSED', 'a quoted field opens here and is never closed'],
  ['CSV_MAX_RECORD_SIZE', `the record is longer than ${MAX_RECORD_BYTES} bytes (an unclosed quote?)`],
]);

export async function* delimitedRecords(file: string, format: 'csv' | 'tsv', onProblem: OnReadProblem): AsyncGenerator<FeedRecord> {
  const header: Header = { names: null, columns: 0 };
  const size = (await fs.promises.stat(file)).size;
  let at: Position = { byte: 0, line: 1 };
  let frontier = 1; // the first line after the records that already failed once
  while (at.byte < size) {
    const failure = yield* segment(file, format, at, header, onProblem);
    if (!failure) break;
    if (header.names === null) throw new FeedError(`${file}:${failure.line}: the header row cannot be read: ${failure.problem}`);
    if (failure.line < frontier) {
      onProblem({ line: failure.line, problem: `${failure.problem}; lines ${failure.line}–${frontier - 1} skipped` });
      at = await lineStart(file, at, frontier);
    } else {
      onProblem({ line: failure.line, problem: `${failure.problem}; line ${failure.line} skipped` });
      at = await lineStart(file, at, failure.line + 1);
      frontier = failure.lastLine + 1;
    }
  }
  if (header.names === null) throw new FeedError(`${file}: the feed is empty`);
}

/** Parses from `at` until the end of the file (returns undefined) or the first record it cannot read. */
async function* segment(file: string, format: 'csv' | 'tsv', at: Position, header: Header, onProblem: OnReadProblem): AsyncGenerator<FeedRecord, Failure | undefined> {
  const input = fs.createReadStream(file, { start: at.byte });
  const parser = input.pipe(parse({
    bom: at.byte === 0, delimiter: format === 'tsv' ? '\t' : ',', quote: format === 'tsv' ? false : '"',
    // A quote inside an unquoted field is text (5" screen), as most feed exporters write it.
    // `raw` gives each record's text, whose line breaks number the lines (csv-parse's own count is off after CRLF inside quotes).
    relax_quotes: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES, raw: true,
  }));
  let next = at.line; // the line after the last record read
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = next + leadingBreaks(raw);
      next += breaksIn(raw);
      if (header.names === null) {
        header.columns = record.length;
        if (record.length > MAX_COLUMNS) onProblem({ line, problem: `the header has ${record.length} columns; only the first ${MAX_COLUMNS} are read` });
        header.names = record.slice(0, MAX_COLUMNS).map((h) => h.trim().toLowerCase().replace(/^g:/, ''));
        continue;
      }
      if (record.length === 1 && record[0].trim() === '') continue;
      if (record.length !== header.columns) onProblem({ line, problem: `has ${record.length} fields; the header has ${header.columns}` });
      const fields = emptyFields();
      header.names.forEach((name, i) => { fields[name] = (record[i] ?? '').trim(); });
      yield { line, fields };
    }
    return undefined;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const context = error as unknown as { raw?: unknown };
    const raw = typeof context.raw === 'string' ? context.raw : '';
    const line = next + leadingBreaks(raw);
    return { line, lastLine: Math.max(line, next + breaksIn(raw)), problem: PROBLEMS.get(error.code) ?? `cannot be read as ${format.toUpperCase()} (${error.code})` };
  } finally {
    input.destroy();
  }
}
