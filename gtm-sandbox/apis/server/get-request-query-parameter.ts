/** The first decoded value of a query parameter. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestqueryparameter */
import { str, type ApiImplementation } from '../api';
import { requestQuery } from './request-parts';

export const getRequestQueryParameter: ApiImplementation = (ctx) => (name: unknown) => {
  ctx.permissions.assert('getRequestQueryParameter', 'read_request', `reading the query parameter "${str(name)}"`, 'queryParameter', str(name));
  const value = requestQuery(ctx.world.request)[str(name)];
  return Array.isArray(value) ? value[0] : value;
};
