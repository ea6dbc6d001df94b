/**
 * RSS 2.0 / Atom feeds through saxes, streamed: each <item> or <entry> is a record, its child elements
 * (unprefixed or `g:`, the Google product namespace Pinterest reads: https://help.pinterest.com/en/business/article/data-source-ingestion)
 * are its fields. saxes reports what is not well-formed (bad entities such as &#99999999;, unclosed or
 * stray tags) and goes on; each is a problem on its line. Entities are never expanded beyond XML's five.
 * Bounds keep memory flat on hostile files: field text, fields per item, element depth, text between tags.
 */
import * as fs from 'node:fs';
import { SaxesParser } from 'saxes';
import { emptyFields, FeedError, type FeedRecord, type OnReadProblem } from './feed-types';

/**
 * Real feeds nest about five levels deep; 100,000 levels of saxes' tag stack stay within tens of megabytes.
 * saxes keeps a text node, a tag with its attributes, or an attribute value whole until the next `<`, so
 * the characters since the last `<` are bounded (a `>` in text does not end a text node), and so are the
 * attributes of one tag (saxes keeps each as an object).
 */
export const XML_LIMITS = { fieldChars: 1 << 20, fieldsPerItem: 1000, depth: 100000, charsBetweenTags: 16 << 20, attributesPerTag: 1000 };

interface OpenItem { readonly line: number; readonly depth: number; readonly fields: Record<string, string>; fieldCount: number }
interface OpenField { readonly name: string; readonly depth: number; readonly parts: string[]; length: number }

/** The field name of an item's child element, or null for other namespaces' elements. */
const fieldName = (tag: string): string | null => (!tag.includes(':') ? tag : tag.startsWith('g:') && tag.length > 2 ? tag.slice(2) : null);
/** saxes prefixes its messages with line:column; the problem carries the line already. */
const bare = (message: string): string => message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');

export async function* xmlRecords(file: string, onProblem: OnReadProblem): AsyncGenerator<FeedRecord> {
  const parser = new SaxesParser({ position: true });
  const ready: FeedRecord[] = [];
  let depth = 0;
  let items = 0;
  let item: OpenItem | null = null;
  let field: OpenField | null = null;
  let stopped: string | null = null;
  let itemLine = 1;
  parser.on('error', (error) => onProblem({ line: parser.line, problem: bare(error.message) }));
  const isItem = (name: string): boolean => name === 'item' || name === 'entry';
  const endItem = (): void => {
    if (!item) return;
    if (field) item.fields[field.name] = field.parts.join('').trim();
    ready.push({ line: item.line, fields: item.fields });
    item = null;
    field = null;
  };
  let attributes = 0;
  parser.on('opentagstart', (tag) => { attributes = 0; if (isItem(tag.name)) itemLine = parser.line; });
  parser.on('attribute', () => { if (++attributes > XML_LIMITS.attributesPerTag) stopped ??= `more than ${XML_LIMITS.attributesPerTag} attributes on one element`; });
  // Once a bound is passed, nothing more of the chunk being parsed is taken in.
  parser.on('opentag', (tag) => {
    if (stopped) return;
    depth++;
    if (depth > XML_LIMITS.depth && !stopped) stopped = `elements nest deeper than ${XML_LIMITS.depth} levels`;
    if (item && isItem(tag.name)) {
      // Items never nest in RSS or Atom: an item inside an item means the first was never closed.
      onProblem({ line: item.line, problem: `<${tag.name}> is not closed before the next one (line ${itemLine}) starts` });
      endItem();
    }
    if (!item) {
      if (isItem(tag.name)) { item = { line: itemLine, depth, fields: emptyFields(), fieldCount: 0 }; items++; }
      return;
    }
    const name = fieldName(tag.name);
    if (depth !== item.depth + 1 || name === null || Object.hasOwn(item.fields, name)) return;
    if (++item.fieldCount > XML_LIMITS.fieldsPerItem) {
      if (item.fieldCount === XML_LIMITS.fieldsPerItem + 1) onProblem({ line: parser.line, problem: `more than ${XML_LIMITS.fieldsPerItem} fields in one item; the rest are ignored` });
      return;
    }
    field = { name, depth, parts: [], length: 0 };
  });
  const text = (t: string): void => {
    if (stopped || !field || field.length > XML_LIMITS.fieldChars) return;
    field.length += t.length;
    if (field.length > XML_LIMITS.fieldChars) onProblem({ line: parser.line, problem: `${field.name} is longer than ${XML_LIMITS.fieldChars} characters; the rest is ignored` });
    else field.parts.push(t);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', () => {
    if (stopped) return;
    if (field && depth === field.depth && item) { item.fields[field.name] = field.parts.join('').trim(); field = null; }
    if (item && depth === item.depth) endItem();
    depth--;
  });
  let run = 0; // characters since the last <: saxes keeps text, a tag and attribute values whole until then
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }) as AsyncIterable<string>) {
    const markup = chunk.indexOf('<');
    if (run + (markup === -1 ? chunk.length : markup) > XML_LIMITS.charsBetweenTags) stopped ??= `more than ${XML_LIMITS.charsBetweenTags} characters without a new tag`;
    if (stopped) break;
    run = markup === -1 ? run + chunk.length : chunk.length - 1 - chunk.lastIndexOf('<');
    parser.write(chunk);
    yield* ready.splice(0);
  }
  const open = item as OpenItem | null;
  if (stopped) {
    onProblem({ line: parser.line, problem: `${stopped}: the rest of the feed is not read` });
    if (open) onProblem({ line: open.line, problem: 'this item is cut off where the read stopped; not checked' });
  } else {
    parser.close();
    if (open) onProblem({ line: open.line, problem: '<item> or <entry> is never closed' });
    endItem();
  }
  yield* ready.splice(0);
  if (items === 0 && !stopped) throw new FeedError(`${file}: no <item> or <entry> elements (is it an RSS or Atom feed?)`);
}
