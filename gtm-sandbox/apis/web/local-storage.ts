/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#localstorage */
import { str, type ApiImplementation } from '../api';

export const localStorage: ApiImplementation = (ctx) => ({
  getItem: (key: unknown) => {
    ctx.permissions.assert('localStorage', 'access_local_storage', `reading "${str(key)}"`, 'read', str(key));
    return ctx.world.localStorage.get(str(key)) ?? null;
  },
  setItem: (key: unknown, value: unknown) => {
    ctx.permissions.assert('localStorage', 'access_local_storage', `writing "${str(key)}"`, 'write', str(key));
    ctx.world.localStorage.set(str(key), str(value));
  },
  removeItem: (key: unknown) => {
    ctx.permissions.assert('localStorage', 'access_local_storage', `writing "${str(key)}"`, 'write', str(key));
    ctx.world.localStorage.delete(str(key));
  },
});
