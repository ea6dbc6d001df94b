/** The path without its query string. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestpath */
import type { ApiImplementation } from '../api';
import { requestPath } from './request-parts';

export const getRequestPath: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getRequestPath', 'read_request', 'reading the request path', 'path');
  return requestPath(ctx.world.request);
};
