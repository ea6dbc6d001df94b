/** sendHttpGet(url, options) → Promise<{statusCode, headers, body}>. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttpget */
import { Raw } from '../../runtime/marshal';
import type { ApiImplementation } from '../api';
import { exchange } from './http-exchange';

export const sendHttpGet: ApiImplementation = (ctx) => (url: unknown, options: unknown) => {
  const host = (ctx.marshal.toHost(options) ?? {}) as Record<string, unknown>;
  return new Raw(ctx.promises.settleWith(exchange(ctx, 'sendHttpGet', url, { ...host, method: 'GET' }, undefined)));
};
