/** encodeUri, encodeUriComponent, decodeUri, decodeUriComponent: undefined on invalid input. @see https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuricomponent */
import type { ApiImplementation } from '../api';

const safe = (fn: (s: string) => string): ApiImplementation => () => (value: unknown) => {
  try { return fn(String(value)); } catch { return undefined; }
};

export const encodeUri = safe(encodeURI);
export const encodeUriComponent = safe(encodeURIComponent);
export const decodeUri = safe(decodeURI);
export const decodeUriComponent = safe(decodeURIComponent);
