/** The request's events as event data; throws when the request is not in this format. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#extracteventsfrommpv2 */
import { SandboxError, type ApiImplementation } from '../api';
import { isMpv2, eventsFromMpv2 } from './measurement-protocol';

export const extractEventsFromMpv2: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('extractEventsFromMpv2', 'read_request', 'reading the request', 'body');
  if (!isMpv2(ctx.world.request)) throw new SandboxError('extractEventsFromMpv2: the request is not in this Measurement Protocol format');
  try { return eventsFromMpv2(ctx.world.request); } catch (e) { throw new SandboxError(`extractEventsFromMpv2: ${(e as Error).message}`); }
};
