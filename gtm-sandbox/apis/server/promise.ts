/** Promise.create(executor) and Promise.all(promises). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#promise */
import { Raw } from '../../runtime/marshal';
import type { ApiImplementation } from '../api';

export const PromiseApi: ApiImplementation = (ctx) => ({
  create: (executor: unknown) => new Raw(ctx.promises.create(executor)),
  all: (promises: unknown) => new Raw(ctx.promises.all(promises)),
});
