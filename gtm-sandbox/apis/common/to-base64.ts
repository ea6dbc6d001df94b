/** UTF-8 to base64; `{urlEncoding: true}` (server) gives the URL-safe alphabet without padding. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#tobase64 */
import type { ApiImplementation } from '../api';
import { bytesToBase64 } from './sha256-digest';

export const toBase64: ApiImplementation = () => (input: unknown, options: unknown) => {
  const encoded = bytesToBase64(new TextEncoder().encode(String(input)));
  const url = (options as { urlEncoding?: boolean } | undefined)?.urlEncoding === true;
  return url ? encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : encoded;
};
