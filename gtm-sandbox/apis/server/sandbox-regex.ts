/**
 * createRegex compiles with RE2 in GTM, which has no lookaround or backreferences: those patterns
 * give null here. The regex handed to the sandbox works with String methods (`s.replace(re, x)`,
 * `s.match(re)`, `s.split(re)`), as published templates rely on.
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex
 */
const RE2_UNSUPPORTED = /\(\?[=!<]|\\[1-9]/;

export function compileRegex(pattern: string, flags: string): RegExp | null {
  if (!/^[gi]*$/.test(flags) || RE2_UNSUPPORTED.test(pattern)) return null;
  try { return new RegExp(pattern, flags); } catch { return null; }
}
