/**
 * Masks what could be an email address in text from a page or a file: every token (text between
 * whitespace, quotes and angle brackets) with an `@` that has something on both sides becomes `[email]`.
 * One pass over the text, so a value of any length costs time in proportion to it: the former pattern
 * (`[^\s@]+@[^\s@]+`) rescanned the rest of the text from every position, about 20 s for one
 * 90,000-character value without an `@`.
 */
export const EMAIL_MASK = '[email]';

const isSeparator = (c: string): boolean => c === '"' || c === '\'' || c === '<' || c === '>' || c.trim() === '';

export function maskEmails(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charAt(i))) continue;
    const token = text.slice(start, i);
    const at = token.indexOf('@', 1);
    out += at > 0 && at < token.length - 1 ? EMAIL_MASK : token;
    if (i < text.length) out += text.charAt(i);
    start = i + 1;
  }
  return out;
}
