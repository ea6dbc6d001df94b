/**
 * What the Pinterest Tag gets for its partner data fields (pintrk load/set): em, external_id, and the LDP
 * region (st, country). Its `em` takes an address, which the tag hashes, or a hashed address ("the
 * JavaScript tag's em parameter accepts both hashed and unhashed email addresses",
 * https://help.pinterest.com/en/business/article/enhanced-match). The digest Pinterest names for the
 * JavaScript tag and the Conversions API is SHA-256 ("All values are hashed in the browser using SHA-256",
 * https://help.pinterest.com/en/business/article/automatic-enhanced-match; user_data.em "sha256 hashes"):
 * a SHA-256 digest passes through lower-cased, never hashed again. MD5 and SHA-1 are named only for the
 * <img> pixel's pd[em], which this tag does not send, so they are left out on both sides
 * (docs/enhanced-match.md): here as what they are not, an address or a SHA-256 digest. State and country take two-letter codes only: the web tag carries no name
 * tables (rules live where their data is: the server tag has them).
 */
import { isHex, normaliseEmail } from './digests';
import { twoLetterCode, twoLetterState } from './normalise-place';
import { toText } from './values';

export type TagField = 'em' | 'external_id' | 'st' | 'country';

/** A value ready for hashing: `hashed` (a digest to pass through), `plain` (to hash), or `skip` (left out, why). */
export interface PreparedValue { hashed?: string; plain?: string; skip?: string }

/** Undefined when nothing was given. */
export function prepareTagField(field: TagField, value: unknown): PreparedValue | undefined {
  const text = toText(value);
  if (!text) return undefined;
  // A SHA-256 digest: 64 hex digits.
  if (isHex(text, 64)) return { hashed: text.toLowerCase() };
  const plain = field === 'em' ? normaliseEmail(text) : field === 'external_id' ? text : field === 'st' ? twoLetterState(text) : twoLetterCode(text);
  return plain ? { plain: plain } : { skip: field === 'em' ? 'not an email address or SHA-256 digest' : 'not a two-letter code' };
}
