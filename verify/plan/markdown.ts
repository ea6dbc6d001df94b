/**
 * Container text (names, values) as Markdown that shows what it is and does nothing else: a name holding
 * `<img src=…>`, `[x](http://…)` or a line break must not become markup, a link, an image or a new row
 * in a plan that is shared and rendered. CommonMark backslash-escapes (https://spec.commonmark.org/0.31.2/#backslash-escapes)
 * for text; for code spans, a backtick fence longer than any run inside (https://spec.commonmark.org/0.31.2/#code-spans).
 * Pipes are escaped in both, as GFM tables require (https://github.github.com/gfm/#tables-extension-).
 */
import { printable } from '../input/printable';

const flat = (value: unknown): string => printable(String(value ?? ''), false, 500);

export const md = (value: unknown): string => flat(value).replace(/[\\`<>[\]|]/g, (c) => `\\${c}`);

export function code(value: unknown): string {
  const text = flat(value).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
