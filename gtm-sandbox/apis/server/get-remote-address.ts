/**
 * The client's IP: Forwarded `for=`, else the first X-Forwarded-For entry, else the socket address.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getremoteaddress
 */
import type { ApiImplementation } from '../api';
import { requestHeader } from './request-parts';

export const getRemoteAddress: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getRemoteAddress', 'read_request', 'reading the remote address', 'remoteAddress');
  const request = ctx.world.request;
  const forwarded = /for="?\[?([^";,\]]+)/i.exec(requestHeader(request, 'forwarded') ?? '');
  if (forwarded) return forwarded[1];
  const xff = requestHeader(request, 'x-forwarded-for');
  if (xff) return xff.split(',')[0].trim();
  return request.remoteAddress;
};
