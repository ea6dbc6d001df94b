/**
 * Values crossing the sandbox boundary are converted on purpose, as GTM converts them: into the
 * sandbox as deep copies made of realm objects (host functions wrapped), out of it as plain host
 * values (sandbox functions wrapped). https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript
 */
import type { Realm } from './realm';

export type HostFunction = (...args: unknown[]) => unknown;

/** A value an API hands to the sandbox as it is (templateStorage keeps sandbox objects by reference). */
export class Raw {
  constructor(readonly value: unknown) {}
}

export interface Marshal {
  toSandbox(value: unknown): unknown;
  toHost(value: unknown): unknown;
  /** Calls a sandbox function with host arguments; answers its result as a host value. */
  callSandbox(fn: unknown, ...args: unknown[]): unknown;
}

export function createMarshal(realm: Realm, onCallbackError: (error: unknown) => void): Marshal {
  const hostWrappers = new WeakMap<object, HostFunction>();
  const sandboxWrappers = new WeakMap<object, unknown>();
  const marshal: Marshal = {
    toSandbox(value) {
      if (value instanceof Raw) return value.value;
      return realm.copyIn(value, (fn) => {
        const existing = sandboxWrappers.get(fn);
        if (existing) return existing;
        const wrapped = (...args: unknown[]): unknown => marshal.toSandbox(fn(...args));
        sandboxWrappers.set(fn, wrapped);
        return wrapped;
      });
    },
    toHost(value) {
      return copyOut(value, 0);
    },
    callSandbox(fn, ...args) {
      if (typeof fn !== 'function') return undefined;
      try {
        return marshal.toHost((fn as HostFunction)(...args.map((a) => marshal.toSandbox(a))));
      } catch (error) {
        onCallbackError(error);
        return undefined;
      }
    },
  };
  function copyOut(value: unknown, depth: number): unknown {
    if (value === null || typeof value !== 'object') {
      if (typeof value !== 'function') return value;
      const fn = value as HostFunction;
      const existing = hostWrappers.get(fn);
      if (existing) return existing;
      const wrapped: HostFunction = (...args) => marshal.callSandbox(fn, ...args);
      hostWrappers.set(fn, wrapped);
      return wrapped;
    }
    if (depth > 100) return undefined;
    if (Array.isArray(value)) return value.map((v) => copyOut(v, depth + 1));
    const out: Record<string, unknown> = {};
    // Own properties by definition: a `__proto__` key from the sandbox stays a key, never a prototype.
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, { value: copyOut((value as Record<string, unknown>)[key], depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return marshal;
}
