/**
 * Creates window function fnKey that pushes its arguments onto arrayKey (the `pintrk`/`fbq` pattern),
 * and answers a function that calls it. An existing function at fnKey is kept. The answer carries a
 * copy of the window function's own properties, as copyFromWindow's copy of a function does:
 * coveooss/coveo-analytics-gtm-template's tests read the queue as `createArgumentsQueue(...).q`.
 * @see https://developers.google.com/tag-platform/tag-manager/templates/api#createargumentsqueue
 */
import { SandboxError, str, type ApiImplementation } from '../api';
import { getPath, setPath } from '../../world/window-path';

export const createArgumentsQueue: ApiImplementation = (ctx) => (fnKey: unknown, arrayKey: unknown) => {
  const fnPath = str(fnKey);
  const arrayPath = str(arrayKey);
  ctx.permissions.assert('createArgumentsQueue', 'access_globals', `reading and writing "${fnPath}"`, 'readwrite', fnPath);
  ctx.permissions.assert('createArgumentsQueue', 'access_globals', `reading and writing "${arrayPath}"`, 'readwrite', arrayPath);
  const world = ctx.world;
  if (typeof getPath(world.window, fnPath) !== 'function') {
    const queueFunction = function (...args: unknown[]): void {
      (getPath(world.window, arrayPath) as unknown[]).push(args);
    };
    if (!setPath(world.window, fnPath, queueFunction)) throw new SandboxError(`createArgumentsQueue: the parent of "${fnPath}" does not exist`);
  }
  if (!Array.isArray(getPath(world.window, arrayPath)) && !setPath(world.window, arrayPath, [])) {
    throw new SandboxError(`createArgumentsQueue: the parent of "${arrayPath}" does not exist`);
  }
  const queue = (...args: unknown[]): void => {
    const hostArgs = args.map((a) => ctx.marshal.toHost(a));
    world.windowCalls.push({ fn: fnPath, args: hostArgs });
    const fn = getPath(world.window, fnPath);
    if (typeof fn === 'function') (fn as (...a: unknown[]) => unknown)(...hostArgs);
  };
  const windowFunction = getPath(world.window, fnPath) as Record<string, unknown>;
  for (const key of Object.keys(windowFunction)) (queue as unknown as Record<string, unknown>)[key] = windowFunction[key];
  return queue;
};
