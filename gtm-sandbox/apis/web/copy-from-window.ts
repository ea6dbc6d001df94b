/**
 * A deep copy of a window value: the copy into the sandbox (runtime/marshal.ts) already makes one,
 * and turns cyclic or non-plain values into undefined.
 * @see https://developers.google.com/tag-platform/tag-manager/templates/api#copyfromwindow
 */
import { str, type ApiImplementation } from '../api';
import { getPath } from '../../world/window-path';

export const copyFromWindow: ApiImplementation = (ctx) => (key: unknown) => {
  ctx.permissions.assert('copyFromWindow', 'access_globals', `reading "${str(key)}"`, 'read', str(key));
  return getPath(ctx.world.window, str(key));
};
