/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#setinwindow */
import { str, type ApiImplementation } from '../api';
import { getPath, setPath } from '../../world/window-path';

export const setInWindow: ApiImplementation = (ctx) => (key: unknown, value: unknown, overrideExisting: unknown) => {
  ctx.permissions.assert('setInWindow', 'access_globals', `writing "${str(key)}"`, 'write', str(key));
  if (getPath(ctx.world.window, str(key)) !== undefined && overrideExisting !== true) return false;
  return setPath(ctx.world.window, str(key), ctx.marshal.toHost(value));
};
