/**
 * Hashed values and the email rule, shared by the web tag, the client and the Conversions API tag.
 * Pinterest compares SHA-256 hex digests ("sha256 hashes", user_data in
 * https://developers.pinterest.com/docs/api/v5/events-create); an email address is hashed lower-case
 * ("Sha256 hashes of lowercase version of user's email addresses"), without whitespace.
 */

import { DIGITS, isMadeOf } from './characters';

/** Whether `value` is `length` hex digits, in any case. */
export function isHex(value: string, length: number): boolean {
  return value.length === length && isMadeOf(value, DIGITS + 'abcdefABCDEF');
}

/** A SHA-256 hex digest (64 hex digits, any case): already hashed, passed through lower-cased. */
export function isSha256Hex(value: string): boolean {
  return isHex(value, 64);
}

/** An MD5 (32 hex digits) or SHA-1 (40) digest: what some shops store instead of an email. */
export function isMd5OrSha1Hex(value: string): boolean {
  return isHex(value, 32) || isHex(value, 40);
}

/** Why an MD5 or SHA-1 digest given as an email is left out, on both sides (docs/enhanced-match.md). */
export const MD5_SHA1 = 'an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only';

/** An email address as Pinterest hashes it: lower-case, no whitespace, with an "@" after its first character; else undefined. */
export function normaliseEmail(text: string): string | undefined {
  const lower = text.toLowerCase();
  let address = '';
  for (let i = 0; i < lower.length; i++) if (' \t\n\r\u00a0'.indexOf(lower.charAt(i)) === -1) address += lower.charAt(i);
  return address.indexOf('@') > 0 ? address : undefined;
}
