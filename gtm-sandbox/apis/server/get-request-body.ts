/** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestbody */
import type { ApiImplementation } from '../api';

export const getRequestBody: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getRequestBody', 'read_request', 'reading the request body', 'body');
  return ctx.world.request.body === '' ? undefined : ctx.world.request.body;
};
