/**
 * Every value of a cookie name, decoded unless told not to. On the web it reads the page's cookies;
 * on the server the incoming request's Cookie header (a cookie set while handling the request is in
 * the response, not the request). @see https://developers.google.com/tag-platform/tag-manager/templates/api#getcookievalues
 * and https://developers.google.com/tag-platform/tag-manager/server-side/api#getcookievalues
 */
import { str, type ApiImplementation } from '../api';
import { requestCookies } from '../../world/cookie-header';

export const getCookieValues: ApiImplementation = (ctx) => (name: unknown, decode: unknown) => {
  ctx.permissions.assert('getCookieValues', 'get_cookies', `reading cookie "${str(name)}"`, str(name));
  // Web: decode defaults to true; server: the second argument is noDecode.
  const shouldDecode = ctx.context === 'web' ? decode !== false : decode !== true;
  const cookies = ctx.context === 'web' ? ctx.world.cookies : requestCookies(ctx.world.request);
  return (cookies.get(str(name)) ?? []).map((v) => {
    if (!shouldDecode) return v;
    try { return decodeURIComponent(v); } catch { return v; }
  });
};
