/** The digest behind sha256 and sha256Sync: base64 unless outputEncoding is 'hex'. */
import { createHash } from 'node:crypto';
import { str } from '../api';

export function sha256Digest(input: unknown, options: unknown): string {
  const encoding = (options as { outputEncoding?: string } | undefined)?.outputEncoding === 'hex' ? 'hex' : 'base64';
  return createHash('sha256').update(str(input), 'utf8').digest(encoding);
}
