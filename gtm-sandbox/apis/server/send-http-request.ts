/**
 * sendHttpRequest(url, options, body) → Promise<{statusCode, headers, body}>, or the legacy form
 * sendHttpRequest(url, callback(statusCode, headers, body), options, body) still used by published
 * templates. https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest
 */
import { Raw } from '../../runtime/marshal';
import type { ApiImplementation } from '../api';
import { exchange } from './http-exchange';

export const sendHttpRequest: ApiImplementation = (ctx) => (url: unknown, second: unknown, third: unknown, fourth: unknown) => {
  if (typeof second === 'function') {
    const answered = exchange(ctx, 'sendHttpRequest', url, third, fourth).then((o) => {
      // A transport failure reaches the legacy callback as status 0 (docs/emulator-fidelity.md).
      if ('value' in o) ctx.marshal.callSandbox(second, o.value.statusCode, o.value.headers, o.value.body);
      else ctx.marshal.callSandbox(second, 0, {}, '');
    });
    ctx.scheduler.track(answered);
    return undefined;
  }
  return new Raw(ctx.promises.settleWith(exchange(ctx, 'sendHttpRequest', url, second, third)));
};
