/**
 * Does a text look like raw personal data? The forwarding protocol carries personal data only as
 * SHA-256 hashes in user_data (docs/event-protocol.md); a raw email address or phone number in a
 * custom property would reach event data, tags, logs and Pinterest unhashed. Pinterest asks for
 * hashed contact data only (https://developers.pinterest.com/docs/api/v5/events-create, user_data).
 *
 * These are heuristics, chosen to catch the usual ways contact data is written while leaving
 * identifiers alone (documented in docs/event-protocol.md, "Raw personal data"):
 * - an email address anywhere in the text: `local@domain.tld`, also percent-encoded (`%40`);
 * - a phone number as the whole value: digits with phone punctuation (space + - ( ) . /), 7 to 15
 *   digits (E.164's maximum, https://www.itu.int/rec/T-REC-E.164), written with a leading `+`, with
 *   parentheses, or in three or more digit groups that are not a date. Bare digit strings are not
 *   refused: order numbers and GTINs look the same.
 */

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** Characters of an address's local part or domain (non-ASCII counts: internationalised addresses). */
const isAddressChar = (c: string): boolean => isLetter(c) || isDigit(c) || c > '\u007f' || '._%+-\''.indexOf(c) !== -1;
const isDomainChar = (c: string): boolean => isLetter(c) || isDigit(c) || c > '\u007f' || c === '.' || c === '-';

function domainAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && isDomainChar(text.charAt(end))) end++;
  let domain = text.slice(start, end);
  while (domain.charAt(domain.length - 1) === '.') domain = domain.slice(0, domain.length - 1);
  return domain;
}

function isMailDomain(domain: string): boolean {
  const dot = domain.lastIndexOf('.');
  if (dot < 1) return false;
  const tld = domain.slice(dot + 1);
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) if (!isLetter(tld.charAt(i)) && tld.charAt(i) <= '\u007f') return false;
  return true;
}

/** True when the text holds something shaped like an email address. */
export function looksLikeEmail(value: string): boolean {
  const text = value.split('%40').join('@');
  let at = text.indexOf('@');
  while (at !== -1) {
    if (at > 0 && isAddressChar(text.charAt(at - 1)) && isMailDomain(domainAt(text, at + 1))) return true;
    at = text.indexOf('@', at + 1);
  }
  return false;
}

/** Day, month and year in three groups split by one separator: 2024-01-15, 15.01.2024, 01/15/2024. */
function isDate(groups: string[], separators: string): boolean {
  if (groups.length !== 3 || separators.length !== 2 || separators.charAt(0) !== separators.charAt(1) || '-./'.indexOf(separators.charAt(0)) === -1) return false;
  const short = (g: string): boolean => g.length >= 1 && g.length <= 2;
  return (groups[0].length === 4 && short(groups[1]) && short(groups[2])) || (short(groups[0]) && short(groups[1]) && (groups[2].length === 4 || groups[2].length === 2));
}

/** True when the whole text is written like a phone number. */
export function looksLikePhone(value: string): boolean {
  const text = value.trim();
  const groups: string[] = [];
  let separators = '';
  let current = '';
  let digits = 0;
  let parentheses = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isDigit(c)) { current += c; digits++; continue; }
    if (c === '+' && i === 0) continue;
    if (' -()./'.indexOf(c) === -1) return false;
    if (c === '(' || c === ')') parentheses = true;
    if (current !== '') { groups.push(current); current = ''; }
    if (c !== ' ' || separators.charAt(separators.length - 1) !== ' ') separators += c;
  }
  if (current !== '') groups.push(current);
  if (digits < 7 || digits > 15) return false;
  if (text.charAt(0) === '+' || parentheses) return true;
  return groups.length >= 3 && !isDate(groups, separators.trim());
}

/**
 * Text that must not travel unhashed: an email address, a phone number, or control characters (which
 * no event field needs and which can hide either). Checked on everything a tag sends as plain text.
 */
export function isPersonalOrControlText(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charAt(i) < ' ' || value.charAt(i) === '\u007f') return true;
  return looksLikeEmail(value) || looksLikePhone(value);
}
