/** The portable SHA-256 (used in Node and in the browser runtime) against Node's crypto. */
import { createHash } from 'node:crypto';
import { sha256Digest } from '../../gtm-sandbox/apis/common/sha256-digest';

test.each(['', 'abc', 'jane.doe@example.com', 'é漢字🙂', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)])('%j', (input) => {
  expect(sha256Digest(input, { outputEncoding: 'hex' })).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
  expect(sha256Digest(input, undefined)).toBe(createHash('sha256').update(input, 'utf8').digest('base64'));
});
