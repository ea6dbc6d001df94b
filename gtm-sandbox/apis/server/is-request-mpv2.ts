/** Whether the incoming request is a Measurement Protocol v2 (GA4) request. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#isrequestmpv2 */
import type { ApiImplementation } from '../api';
import { isMpv2 } from './measurement-protocol';

export const isRequestMpv2: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('isRequestMpv2', 'read_request', 'reading the request', 'path');
  return isMpv2(ctx.world.request);
};
