/** createRegex(pattern, flags) → an opaque regex, or null for an invalid pattern. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex */
import { Raw } from '../../runtime/marshal';
import { str, type ApiImplementation } from '../api';
import { compileRegex, remember } from './sandbox-regex';

export const createRegex: ApiImplementation = (ctx) => (pattern: unknown, flags: unknown) => {
  const regex = compileRegex(str(pattern), str(flags));
  if (!regex) return null;
  const handle = ctx.marshal.toSandbox({}) as object;
  remember(handle, regex);
  return new Raw(handle);
};
