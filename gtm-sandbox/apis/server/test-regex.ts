/** testRegex(regex, string) → whether the string matches. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#testregex */
import { SandboxError, str, type ApiImplementation } from '../api';
import { recall } from './sandbox-regex';

export const testRegex: ApiImplementation = () => (handle: unknown, input: unknown) => {
  const regex = recall(handle);
  if (!regex) throw new SandboxError('testRegex: the first argument must come from createRegex');
  regex.lastIndex = 0;
  return regex.test(str(input));
};
