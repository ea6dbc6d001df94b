/** The request's events as event data; throws when the request is not in this format. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#extracteventsfrommpv1 */
import { SandboxError, type ApiImplementation } from '../api';
import { isMpv1, eventsFromMpv1 } from './measurement-protocol';

export const extractEventsFromMpv1: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('extractEventsFromMpv1', 'read_request', 'reading the request', 'body');
  if (!isMpv1(ctx.world.request)) throw new SandboxError('extractEventsFromMpv1: the request is not in this Measurement Protocol format');
  try { return eventsFromMpv1(ctx.world.request); } catch (e) { throw new SandboxError(`extractEventsFromMpv1: ${(e as Error).message}`); }
};
