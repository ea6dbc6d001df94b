/**
 * The realm for a browser runtime: template code runs in the page itself (compiled with `Function`),
 * against the real window. The language subset is still enforced when a template loads; what the
 * page cannot give is the trimmed standard library of the Node realm (docs/emulator-fidelity.md).
 */
import type { Program } from './program';
import type { Realm } from './realm';

function copyIn(value: unknown, wrap: (fn: (...args: unknown[]) => unknown) => unknown, seen: unknown[] = [], depth = 0): unknown {
  if (typeof value === 'function') {
    // A window function keeps its own properties (pintrk.queue, aa.queue), as in the Node realm.
    const fn = wrap(value as (...args: unknown[]) => unknown) as Record<string, unknown>;
    if (depth > 100 || seen.includes(value)) return fn;
    seen.push(value);
    for (const key of Object.keys(value)) fn[key] = copyIn((value as unknown as Record<string, unknown>)[key], wrap, seen, depth + 1);
    seen.pop();
    return fn;
  }
  if (value === null || value === undefined || typeof value !== 'object') return value;
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
    compile(program: Program) {
      return new Function(...program.params, program.source) as (...args: unknown[]) => unknown;
    },
  };
}
