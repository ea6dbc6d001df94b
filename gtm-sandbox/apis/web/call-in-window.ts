/** Calls a window function; its result is copied back, or undefined when it cannot be mapped. @see https://developers.google.com/tag-platform/tag-manager/templates/api#callinwindow */
import { str, type ApiImplementation } from '../api';
import { getPath } from '../../world/window-path';

export const callInWindow: ApiImplementation = (ctx) => (path: unknown, ...args: unknown[]) => {
  ctx.permissions.assert('callInWindow', 'access_globals', `calling "${str(path)}"`, 'execute', str(path));
  const fn = getPath(ctx.world.window, str(path));
  const hostArgs = args.map((a) => ctx.marshal.toHost(a));
  ctx.world.windowCalls.push({ fn: str(path), args: hostArgs });
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown)(...hostArgs) : undefined;
};
