/** Converts like JavaScript's Number(): '' → 0, 'abc' → NaN. @see https://developers.google.com/tag-platform/tag-manager/templates/api#makenumber */
import type { ApiImplementation } from '../api';

export const makeNumber: ApiImplementation = () => (value: unknown) => Number(value);
