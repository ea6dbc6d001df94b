/** Listens for sendMessage of a type (tags and clients talk within one event). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#addmessagelistener */
import { str, type ApiImplementation } from '../api';

export const addMessageListener: ApiImplementation = (ctx) => (type: unknown, listener: unknown) => {
  ctx.permissions.assert('addMessageListener', 'use_message', `listening for "${str(type)}" messages`, 'listen', str(type));
  const listeners = ctx.world.messageListeners.get(str(type)) ?? [];
  listeners.push((t, message) => { ctx.marshal.callSandbox(listener, t, message); });
  ctx.world.messageListeners.set(str(type), listeners);
};
