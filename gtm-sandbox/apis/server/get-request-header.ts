/** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestheader */
import { str, type ApiImplementation } from '../api';
import { requestHeader } from './request-parts';

export const getRequestHeader: ApiImplementation = (ctx) => (name: unknown) => {
  ctx.permissions.assert('getRequestHeader', 'read_request', `reading the request header "${str(name)}"`, 'header', str(name));
  return requestHeader(ctx.world.request, str(name));
};
