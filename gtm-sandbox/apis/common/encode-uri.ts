/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuri */
import type { ApiImplementation } from '../api';
import { uriSafe } from './uri-safe';

export const encodeUri: ApiImplementation = uriSafe(encodeURI);
