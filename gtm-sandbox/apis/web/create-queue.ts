/** Creates the window array if absent and answers a function pushing onto it. @see https://developers.google.com/tag-platform/tag-manager/templates/api#createqueue */
import { SandboxError, str, type ApiImplementation } from '../api';
import { getPath, setPath } from '../../world/window-path';

export const createQueue: ApiImplementation = (ctx) => (arrayKey: unknown) => {
  const key = str(arrayKey);
  ctx.permissions.assert('createQueue', 'access_globals', `reading and writing "${key}"`, 'readwrite', key);
  if (!Array.isArray(getPath(ctx.world.window, key)) && !setPath(ctx.world.window, key, [])) {
    throw new SandboxError(`createQueue: the parent of "${key}" does not exist`);
  }
  return (value: unknown) => {
    const hostValue = ctx.marshal.toHost(value);
    ctx.world.windowCalls.push({ fn: `${key}.push`, args: [hostValue] });
    (getPath(ctx.world.window, key) as unknown[]).push(hostValue);
  };
};
