/**
 * Regex objects handed to the sandbox are opaque realm objects; the host keeps the compiled pattern.
 * GTM compiles with RE2, which has no lookaround or backreferences: those patterns give null here.
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex
 */
const compiled = new WeakMap<object, RegExp>();

const RE2_UNSUPPORTED = /\(\?[=!<]|\\[1-9]/;

export function compileRegex(pattern: string, flags: string): RegExp | null {
  if (!/^[gi]*$/.test(flags) || RE2_UNSUPPORTED.test(pattern)) return null;
  try { return new RegExp(pattern, flags); } catch { return null; }
}

export function remember(handle: object, regex: RegExp): void {
  compiled.set(handle, regex);
}

export function recall(handle: unknown): RegExp | undefined {
  return typeof handle === 'object' && handle !== null ? compiled.get(handle) : undefined;
}
