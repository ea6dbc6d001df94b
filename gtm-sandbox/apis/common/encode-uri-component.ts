/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuricomponent */
import type { ApiImplementation } from '../api';
import { uriSafe } from './uri-safe';

export const encodeUriComponent: ApiImplementation = uriSafe(encodeURIComponent);
