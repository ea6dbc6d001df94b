/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#decodeuricomponent */
import type { ApiImplementation } from '../api';
import { uriSafe } from './uri-safe';

export const decodeUriComponent: ApiImplementation = uriSafe(decodeURIComponent);
