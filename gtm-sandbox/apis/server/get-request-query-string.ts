/** The raw query string without "?" ('' when there is none). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestquerystring */
import type { ApiImplementation } from '../api';
import { requestQueryString } from './request-parts';

export const getRequestQueryString: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getRequestQueryString', 'read_request', 'reading the query string', 'queryParameter');
  return requestQueryString(ctx.world.request);
};
