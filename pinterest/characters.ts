/**
 * Character classes for the rules that accept only some characters (event and property names, currency
 * codes, digests, click ids, email addresses). The sandbox has no charCodeAt and no regular expression
 * literals, so a class is the text of its characters and a text is checked character by character.
 */

export const DIGITS = '0123456789';
/** The ASCII letters, lower-case then upper-case. */
export const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Whether `c` is one character of `allowed` (not the empty text, which indexOf would find anywhere). */
export const isOneOf = (c: string, allowed: string): boolean => c !== '' && allowed.indexOf(c) !== -1;

/** Whether every character of `text` is one of `allowed` (true for an empty text). */
export function isMadeOf(text: string, allowed: string): boolean {
  for (let i = 0; i < text.length; i++) if (allowed.indexOf(text.charAt(i)) === -1) return false;
  return true;
}
