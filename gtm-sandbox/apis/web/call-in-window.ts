/**
 * Calls a window function with its parent object as `this`, as a page calling `a.b.push(x)` would
 * (`callInWindow('queue.push', x)` is an everyday pattern); its result is copied back, or undefined
 * when it cannot be mapped. @see https://developers.google.com/tag-platform/tag-manager/templates/api#callinwindow
 */
import { str, type ApiImplementation } from '../api';
import { getPath, parentOf } from '../../world/window-path';

export const callInWindow: ApiImplementation = (ctx) => (path: unknown, ...args: unknown[]) => {
  ctx.permissions.assert('callInWindow', 'access_globals', `calling "${str(path)}"`, 'execute', str(path));
  const fn = getPath(ctx.world.window, str(path));
  const hostArgs = args.map((a) => ctx.marshal.toHost(a));
  ctx.world.windowCalls.push({ fn: str(path), args: hostArgs });
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown).apply(parentOf(ctx.world.window, str(path)), hostArgs) : undefined;
};
