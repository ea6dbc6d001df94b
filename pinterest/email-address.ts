/**
 * The one rule that keeps raw contact data out of free text: an email address has a definite shape
 * (local part, "@", a domain with a dot and a top-level label of letters; RFC 5322 §3.4.1), so text that
 * holds one is recognised exactly. Pinterest takes contact data only hashed, in user_data
 * (https://developers.pinterest.com/docs/api/v5/events-create), so free text holding an address (a search
 * query, a custom property) is left out rather than sent in clear.
 *
 * Identifiers (event_id, order and product ids, click ids) are never judged by their shape, and there is no
 * phone-number rule: a phone number has no shape that an order number, a SKU or an ISBN cannot also have
 * ("978-0-306-40615-7", "2024-0615-0042"). Contact data is kept out by what a field means: phone numbers
 * travel only in user_data, hashed (docs/event-protocol.md, "Raw personal data").
 */

import { DIGITS, isOneOf, LETTERS } from './characters';

/** Characters of an address's local part (non-ASCII counts: internationalised addresses, RFC 6531). */
const isLocalChar = (c: string): boolean => c > '\u007f' || isOneOf(c, LETTERS + DIGITS + '._%+-\'');
const isDomainChar = (c: string): boolean => c > '\u007f' || isOneOf(c, LETTERS + DIGITS + '.-');

/** Whether the domain starting at `start` has a dot and a top-level label of two or more letters. */
function isMailDomain(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && isDomainChar(text.charAt(end))) end++;
  while (end > start && text.charAt(end - 1) === '.') end--;
  const dot = text.lastIndexOf('.', end - 1);
  if (dot <= start || end - dot < 3) return false;
  for (let i = dot + 1; i < end; i++) if (text.charAt(i) <= '\u007f' && !isOneOf(text.charAt(i), LETTERS)) return false;
  return true;
}

/** True when the text holds an email address, also percent-encoded ("jane%40example.com"). */
export function looksLikeEmail(value: string): boolean {
  const text = value.split('%40').join('@');
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && isLocalChar(text.charAt(at - 1)) && isMailDomain(text, at + 1)) return true;
  }
  return false;
}
