/** The name of the client that claimed the request. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getclientname */
import type { ApiImplementation } from '../api';

export const getClientName: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getClientName', 'read_container_data', 'reading container data');
  return ctx.world.clientName;
};
