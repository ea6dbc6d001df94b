/** base64 (either alphabet) to UTF-8; undefined on invalid input. @see https://developers.google.com/tag-platform/tag-manager/templates/api#frombase64 */
import type { ApiImplementation } from '../api';

export const fromBase64: ApiImplementation = () => (input: unknown) => {
  const text = String(input).replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text.padEnd(Math.ceil(text.length / 4) * 4, '='));
    return new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
};
