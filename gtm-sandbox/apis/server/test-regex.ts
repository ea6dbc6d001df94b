/** testRegex(regex, string) → whether the string matches (from the start each time). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#testregex */
import { SandboxError, str, type ApiImplementation } from '../api';

export const testRegex: ApiImplementation = () => (regex: unknown, input: unknown) => {
  if (!(regex instanceof RegExp)) throw new SandboxError('testRegex: the first argument must come from createRegex');
  regex.lastIndex = 0;
  return regex.test(str(input));
};
