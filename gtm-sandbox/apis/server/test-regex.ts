/** testRegex(regex, string) → whether the string matches anywhere (RE2, re2-regex.ts). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#testregex */
import { SandboxError, str, type ApiImplementation } from '../api';
import { Re2Regex } from './re2-regex';

export const testRegex: ApiImplementation = () => (regex: unknown, input: unknown) => {
  if (!(regex instanceof Re2Regex)) throw new SandboxError('testRegex: the first argument must come from createRegex');
  return regex.test(str(input));
};
