/**
 * An authorization object for sendHttpRequest's `authorization` option. The emulator never holds real
 * Google credentials: requests made with it carry a fixed placeholder bearer token.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getgoogleauth
 */
import type { ApiImplementation } from '../api';

export const getGoogleAuth: ApiImplementation = (ctx) => (options: unknown) => {
  const scopes = ((ctx.marshal.toHost(options) ?? {}) as { scopes?: unknown[] }).scopes ?? [];
  ctx.permissions.assert('getGoogleAuth', 'use_google_credentials', `using Google credentials for ${scopes.join(', ')}`, scopes);
  return { scopes };
};
