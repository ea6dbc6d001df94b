/**
 * The realm for a browser runtime: template code runs in the page itself (compiled with `Function`),
 * against the real window. The language subset is still enforced when a template loads; what the
 * page cannot give is the trimmed standard library of the Node realm (docs/emulator-fidelity.md).
 */
import type { Realm } from './realm';

function copyIn(value: unknown, wrap: (fn: (...args: unknown[]) => unknown) => unknown, seen: unknown[] = [], depth = 0): unknown {
  if (value === null || value === undefined || typeof value !== 'object') {
    return typeof value === 'function' ? wrap(value as (...args: unknown[]) => unknown) : value;
  }
  if (depth > 100 || seen.includes(value)) return undefined;
  seen.push(value);
  const out: unknown = Array.isArray(value)
    ? value.map((v) => copyIn(v, wrap, seen, depth + 1))
    : Object.fromEntries(Object.keys(value).map((k) => [k, copyIn((value as Record<string, unknown>)[k], wrap, seen, depth + 1)]));
  seen.pop();
  return out;
}

export function createPageRealm(): Realm {
  return {
    copyIn: (value, wrap) => copyIn(value, wrap),
    compile(code, params) {
      // Running the template's code is the runtime's job: the page's counterpart of vm.compileFunction.
      return new Function(...params, code) as (...args: unknown[]) => unknown;
    },
  };
}
