/** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#hasmessagelistener */
import { str, type ApiImplementation } from '../api';

export const hasMessageListener: ApiImplementation = (ctx) => (type: unknown) => {
  ctx.permissions.assert('hasMessageListener', 'use_message', `checking for "${str(type)}" listeners`, 'listen', str(type));
  return (ctx.world.messageListeners.get(str(type)) ?? []).length > 0;
};
