/** Sends the response built so far (200 and an empty body by default); later calls change nothing. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#returnresponse */
import type { ApiImplementation } from '../api';

export const returnResponse: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('returnResponse', 'return_response', 'returning the response');
  (ctx.world.response as { returned: boolean }).returned = true;
};
