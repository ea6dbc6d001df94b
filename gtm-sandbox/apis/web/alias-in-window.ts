/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#aliasinwindow */
import { str, type ApiImplementation } from '../api';
import { getPath, setPath } from '../../world/window-path';

export const aliasInWindow: ApiImplementation = (ctx) => (toPath: unknown, fromPath: unknown) => {
  ctx.permissions.assert('aliasInWindow', 'access_globals', `writing "${str(toPath)}"`, 'write', str(toPath));
  ctx.permissions.assert('aliasInWindow', 'access_globals', `reading "${str(fromPath)}"`, 'read', str(fromPath));
  const value = getPath(ctx.world.window, str(fromPath));
  return value === undefined ? false : setPath(ctx.world.window, str(toPath), value);
};
