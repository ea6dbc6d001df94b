/**
 * The lookup key of a place name or code: lower-case, accents folded, letters and digits only, so
 * "Österreich", "osterreich" and "ÖSTERREICH " all read "osterreich", and "U.S." reads "us". The
 * sandbox has no String.prototype.normalize, so accents are folded by a table (pinterest/geo/fold.ts,
 * generated from Unicode's compatibility decompositions); combining marks and punctuation are dropped.
 * The generator (build/generate-geo-tables.ts) keys every table entry with this same function.
 */

/** The base letters of the fold group holding the character at `at`: "oòóô…" → "o", "ssß" → "ss". */
function foldedAt(fold: string, at: number): string {
  let i = fold.lastIndexOf(',', at) + 1;
  let base = '';
  while (i < fold.length && fold.charAt(i) >= 'a' && fold.charAt(i) <= 'z') base += fold.charAt(i++);
  return base;
}

/** Punctuation and marks to drop beyond ASCII: Latin-1 symbols, ×, ÷, combining marks, general and CJK punctuation. */
function isMark(c: string): boolean {
  return c < '\u00c0' || c === '\u00d7' || c === '\u00f7' || (c >= '\u0300' && c <= '\u036f') || (c >= '\u2000' && c <= '\u206f') || (c >= '\u3000' && c <= '\u303f');
}

export function placeKey(text: string, fold: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!isMark(c)) {
      const at = fold.indexOf(c);
      out += at === -1 ? c : foldedAt(fold, at);
    }
  }
  return out;
}
