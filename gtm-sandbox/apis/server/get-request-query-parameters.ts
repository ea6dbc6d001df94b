/** Every query parameter, decoded; repeated names give arrays. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestqueryparameters */
import type { ApiImplementation } from '../api';
import { requestQuery } from './request-parts';

export const getRequestQueryParameters: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getRequestQueryParameters', 'read_request', 'reading the query parameters', 'queryParameter');
  return requestQuery(ctx.world.request);
};
