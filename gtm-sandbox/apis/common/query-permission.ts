/** Whether the template holds a permission, without using it. @see https://developers.google.com/tag-platform/tag-manager/templates/api#querypermission */
import type { ApiImplementation } from '../api';

export const queryPermission: ApiImplementation = (ctx) => (permission: unknown, ...args: unknown[]) =>
  ctx.permissions.allows(String(permission), ...args.map((a) => ctx.marshal.toHost(a)));
