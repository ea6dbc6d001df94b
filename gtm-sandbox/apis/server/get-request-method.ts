/** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestmethod */
import type { ApiImplementation } from '../api';

export const getRequestMethod: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getRequestMethod', 'read_request', 'reading the request method', 'method');
  return ctx.world.request.method.toUpperCase();
};
