/** Registers a callback for the end of the event; the emulator calls it after the run. @see https://developers.google.com/tag-platform/tag-manager/templates/api#addeventcallback */
import type { ApiImplementation } from '../api';

export const addEventCallback: ApiImplementation = (ctx) => (callback: unknown) => {
  ctx.permissions.assert('addEventCallback', 'read_event_metadata', 'reading event metadata');
  ctx.run.eventCallbacks.push(callback);
};
