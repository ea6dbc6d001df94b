/**
 * Sends event data to Google Analytics the way the GA4 tag would; recorded in the World and answered
 * with an empty result. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendeventtogoogleanalytics
 */
import { Raw } from '../../runtime/marshal';
import type { ApiImplementation } from '../api';

export const sendEventToGoogleAnalytics: ApiImplementation = (ctx) => (event: unknown) => {
  const hostEvent = (ctx.marshal.toHost(event) ?? {}) as Record<string, unknown>;
  ctx.world.analyticsEvents.push(hostEvent);
  return new Raw(ctx.promises.settleLater(() => ({ value: {} })));
};
