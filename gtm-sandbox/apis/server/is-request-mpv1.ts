/** Whether the incoming request is a Measurement Protocol v1 (Universal Analytics) request. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#isrequestmpv1 */
import type { ApiImplementation } from '../api';
import { isMpv1 } from './measurement-protocol';

export const isRequestMpv1: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('isRequestMpv1', 'read_request', 'reading the request', 'path');
  return isMpv1(ctx.world.request);
};
