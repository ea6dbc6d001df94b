/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#setcookie and server-side/api#setcookie */
import { str, type ApiImplementation } from '../api';

export const setCookie: ApiImplementation = (ctx) => (name: unknown, value: unknown, options: unknown, encodeFlag: unknown) => {
  const hostOptions = (ctx.marshal.toHost(options) ?? {}) as Record<string, unknown>;
  ctx.permissions.assert('setCookie', 'set_cookies', `setting cookie "${str(name)}"`, str(name), hostOptions);
  // Web: encode defaults to true; server: the fourth argument is noEncode.
  const encode = ctx.context === 'web' ? encodeFlag !== false : encodeFlag !== true;
  const stored = encode ? encodeURIComponent(str(value)) : str(value);
  const write = { name: str(name), value: stored, options: hostOptions };
  ctx.world.cookiesSet.push(write);
  ctx.world.writeCookie?.(write);
  // A page reads its new cookie at once; a server's getCookieValues reads the request, not the response.
  if (ctx.context === 'web') ctx.world.cookies.set(str(name), [stored]);
};
