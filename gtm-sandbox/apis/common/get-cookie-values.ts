/** Every value of a cookie name, decoded unless told not to. @see https://developers.google.com/tag-platform/tag-manager/templates/api#getcookievalues */
import { str, type ApiImplementation } from '../api';

export const getCookieValues: ApiImplementation = (ctx) => (name: unknown, decode: unknown) => {
  ctx.permissions.assert('getCookieValues', 'get_cookies', `reading cookie "${str(name)}"`, str(name));
  // Web: decode defaults to true; server: the second argument is noDecode.
  const shouldDecode = ctx.context === 'web' ? decode !== false : decode !== true;
  return (ctx.world.cookies.get(str(name)) ?? []).map((v) => {
    if (!shouldDecode) return v;
    try { return decodeURIComponent(v); } catch { return v; }
  });
};
