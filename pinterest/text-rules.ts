/**
 * Text rules of the forwarding protocol and of every text a template sends (docs/event-protocol.md),
 * written with the sandbox's string methods only (there is no charCodeAt: characters are compared as
 * one-code-unit strings, which JavaScript orders by UTF-16 code unit).
 *
 * - Lengths count Unicode characters (code points), so 256 emoji are 256 characters, not 512.
 * - Text is valid Unicode: a lone surrogate cannot be encoded as UTF-8 (https://www.unicode.org/faq/utf_bom.html#utf16-7)
 *   and is refused, as are the C0 control characters and DEL (line feeds, NUL, ...), which no field
 *   of the protocol needs and which break headers, cookies and logs downstream.
 */

import { DIGITS, isMadeOf, LETTERS } from './characters';
import { looksLikeEmail } from './email-address';
import { toText } from './values';

/**
 * The number of Unicode characters in a text, or -1 when the text holds a control character or a
 * lone surrogate (a high surrogate is U+D800–U+DBFF, a low one U+DC00–U+DFFF, and only a high one followed by a
 * low one is a character). Stops counting past `max` (returns max + 1), so a huge value costs little.
 */
export function characterCount(text: string, max: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c < ' ' || c === '\u007f' || (c >= '\udc00' && c <= '\udfff')) return -1;
    if (c >= '\ud800' && c <= '\udbff') {
      const low = text.charAt(++i);
      if (low < '\udc00' || low > '\udfff') return -1;
    }
    if (++count > max) return count;
  }
  return count;
}

/** Text of 1 to `max` characters, valid Unicode, without control characters. */
export function isProtocolText(text: string, max: number): boolean {
  const count = characterCount(text, max);
  return count >= 1 && count <= max;
}

/**
 * An identifier's text (event_id, order id, product id): trimmed, valid, at most `max` characters. Never
 * judged by its shape: "978-0-306-40615-7" and "2024-0615-0042" are ids (pinterest/email-address.ts).
 */
export function idText(value: unknown, max: number): string | undefined {
  const text = toText(value);
  const count = text === undefined ? 0 : characterCount(text, max);
  return count >= 1 && count <= max ? text : undefined;
}

/** Free text (a search query, a name, a custom property): an identifier's rules, and no email address in it. */
export function freeText(value: unknown, max: number): string | undefined {
  const text = idText(value, max);
  return text && !looksLikeEmail(text) ? text : undefined;
}

/**
 * A Pinterest click id (`epik` URL parameter, `_epik` cookie). Pinterest documents no format; every
 * published value is base64 text, e.g. the Conversions API reference's example
 * "dj0yJnU9b2JDcFFHekV4SHJNcmVrbFBkUEdqakh0akdUT1VjVVUmcD0yJm49cnNBQ3F2Q2dOVDBXWWhkWklrUGxBUSZ0PUFBQUFBR1BaY3Bv"
 * (https://developers.pinterest.com/docs/api/v5/events-create, user_data.click_id), about 100 to 170
 * characters long. We accept a safe superset: the standard and URL-safe base64 alphabets with
 * padding (A-Z a-z 0-9 + / - _ =), 1 to `max` characters. Nothing in it can end a cookie value or a
 * header (no ; , space, quote, backslash or control character).
 */
export function isClickId(value: string, max: number): boolean {
  return value.length > 0 && value.length <= max && isMadeOf(value, LETTERS + DIGITS + '+/-_=');
}

/**
 * A page URL's scheme, host and path: the query string and fragment may hold personal data or a
 * click id that skipped the click id checks (the protocol sends click ids in click_id only).
 */
export function withoutQuery(url: string): string {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const end = query === -1 ? fragment : fragment === -1 ? query : query < fragment ? query : fragment;
  return end === -1 ? url : url.slice(0, end);
}
