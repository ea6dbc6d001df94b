/** Runs the function after the current code. @see https://developers.google.com/tag-platform/tag-manager/templates/api#calllater */
import type { ApiImplementation } from '../api';

export const callLater: ApiImplementation = (ctx) => (fn: unknown) => {
  if (typeof fn === 'function') ctx.scheduler.later(() => { ctx.marshal.callSandbox(fn); });
};
