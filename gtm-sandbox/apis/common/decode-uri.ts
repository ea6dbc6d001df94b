/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#decodeuri */
import type { ApiImplementation } from '../api';
import { uriSafe } from './uri-safe';

export const decodeUri: ApiImplementation = uriSafe(decodeURI);
