/** Converts to a number, then truncates towards zero. @see https://developers.google.com/tag-platform/tag-manager/templates/api#makeinteger */
import type { ApiImplementation } from '../api';

export const makeInteger: ApiImplementation = () => (value: unknown) => {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : n;
};
