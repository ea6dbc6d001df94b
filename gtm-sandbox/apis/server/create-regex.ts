/** createRegex(pattern, flags) → a regex, or null for a pattern RE2 rejects (re2-regex.ts). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex */
import { Raw } from '../../runtime/marshal';
import { str, type ApiImplementation } from '../api';
import { Re2Regex } from './re2-regex';

export const createRegex: ApiImplementation = (ctx) => (pattern: unknown, flags: unknown) => {
  const regex = Re2Regex.compile(str(pattern), str(flags), ctx.marshal);
  return regex ? new Raw(regex) : null;
};
