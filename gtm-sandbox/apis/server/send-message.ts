/** Delivers a message to every listener of its type at once, each a copy. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendmessage */
import { str, type ApiImplementation } from '../api';

export const sendMessage: ApiImplementation = (ctx) => (type: unknown, message: unknown) => {
  ctx.permissions.assert('sendMessage', 'use_message', `sending "${str(type)}" messages`, 'send', str(type));
  const hostMessage = ctx.marshal.toHost(message);
  for (const listener of ctx.world.messageListeners.get(str(type)) ?? []) listener(str(type), hostMessage);
};
