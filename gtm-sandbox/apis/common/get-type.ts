/** typeof that tells arrays and null apart. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettype */
import type { ApiImplementation } from '../api';

export const getType: ApiImplementation = () => (value: unknown) => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
};
