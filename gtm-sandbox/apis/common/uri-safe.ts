/** The URI APIs answer undefined instead of throwing on malformed input. @see https://developers.google.com/tag-platform/tag-manager/templates/api#decodeuricomponent */
import type { ApiImplementation } from '../api';

export const uriSafe = (fn: (s: string) => string): ApiImplementation => () => (value: unknown) => {
  try { return fn(String(value)); } catch { return undefined; }
};
