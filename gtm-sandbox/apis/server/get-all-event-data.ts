/** A copy of the whole event; needs read_event_data with access to any key. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getalleventdata */
import type { ApiImplementation } from '../api';

export const getAllEventData: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getAllEventData', 'read_event_data', 'reading all event data');
  return ctx.world.eventData;
};
