/** A copy of one event data value; the key must match read_event_data. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#geteventdata */
import { str, type ApiImplementation } from '../api';
import { readKeyPath } from './event-data-path';

export const getEventData: ApiImplementation = (ctx) => (keyPath: unknown) => {
  const key = str(keyPath);
  ctx.permissions.assert('getEventData', 'read_event_data', `reading event data "${key}"`, key);
  return readKeyPath(ctx.world.eventData, key);
};
