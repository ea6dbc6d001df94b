/** createRegex(pattern, flags) → a regex, or null for a pattern RE2 rejects. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex */
import { Raw } from '../../runtime/marshal';
import { str, type ApiImplementation } from '../api';
import { compileRegex } from './sandbox-regex';

export const createRegex: ApiImplementation = () => (pattern: unknown, flags: unknown) => {
  const regex = compileRegex(str(pattern), str(flags));
  return regex ? new Raw(regex) : null;
};
