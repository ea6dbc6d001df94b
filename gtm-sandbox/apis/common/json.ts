/** JSON: parse answers undefined on bad input, stringify undefined on cycles. @see https://developers.google.com/tag-platform/tag-manager/templates/api#json */
import type { ApiImplementation } from '../api';

export const JSONApi: ApiImplementation = (ctx) => ({
  parse: (text: unknown) => {
    try { return JSON.parse(String(text)); } catch { return undefined; }
  },
  stringify: (value: unknown) => {
    try { return JSON.stringify(ctx.marshal.toHost(value)); } catch { return undefined; }
  },
});
