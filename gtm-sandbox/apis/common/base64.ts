/** toBase64 / fromBase64 (UTF-8; undefined on invalid input). @see https://developers.google.com/tag-platform/tag-manager/templates/api#frombase64 */
import type { ApiImplementation } from '../api';

export const toBase64: ApiImplementation = () => (input: unknown, options: unknown) => {
  const encoded = Buffer.from(String(input), 'utf8').toString('base64');
  const url = (options as { urlEncoding?: boolean } | undefined)?.urlEncoding === true;
  return url ? encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : encoded;
};

export const fromBase64: ApiImplementation = () => (input: unknown) => {
  const text = String(input).replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return Buffer.from(text, 'base64').toString('utf8');
};
