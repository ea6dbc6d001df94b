/**
 * Text from input files, made safe to print in a terminal or a Markdown file: control characters (C0, C1:
 * ANSI escape sequences, carriage returns that overwrite a line), line and paragraph separators and bidi
 * overrides (text that reads differently from what it is) are shown as \u escapes, and long values are cut.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
export const MAX_PRINTED_CHARS = 200;

export function printable(text: string, quoted = true, max = MAX_PRINTED_CHARS): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  const escaped = (quoted ? cut.replace(/["\\]/g, (c) => `\\${c}`) : cut).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return quoted ? `"${escaped}"` : escaped;
}
