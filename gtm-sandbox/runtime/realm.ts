/**
 * The JavaScript realm template code runs in: a Node `vm` context whose globals and prototypes are
 * trimmed to GTM's standard library (language/subset.ts), so `'a'.includes('a')` fails here as it
 * does in GTM. Fidelity, not security: the code under test is the template author's own
 * (https://nodejs.org/api/vm.html, "not a security mechanism").
 */
import * as vm from 'node:vm';
import { ARRAY_METHODS, BOOLEAN_METHODS, NUMBER_METHODS, OBJECT_METHODS, STRING_METHODS } from '../language/subset';
import type { Program } from './program';

/** Copies a host value into realm objects; host functions are handed to `wrapFunction`. */
export type IntoRealm = (value: unknown) => unknown;

export interface Realm {
  /** The Node vm context (absent in the browser realm). */
  readonly context?: vm.Context;
  /** The program as a function of this realm (its arrays, objects and functions are the realm's). */
  compile(program: Program): (...args: unknown[]) => unknown;
  /** A deep copy made of realm arrays and objects (cycles and unmappable values become undefined). */
  readonly copyIn: (value: unknown, wrapFunction: (fn: (...args: unknown[]) => unknown) => unknown) => unknown;
}

/** Properties every object keeps whatever the standard library says (the engine needs them). */
const ALWAYS_KEPT = new Set(['constructor', 'length', 'valueOf']);

/** Realm-side deep copy, compiled before the realm is trimmed so it can use Array.isArray. */
const COPY_IN_SOURCE = `(function (isArray, getPrototypeOf, objectPrototype, keysOf, defineOwn) {
  function copy(value, wrap, seen, depth) {
    if (value === null || value === undefined) return value;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return value;
    if (t === 'function') {
      // A window function keeps its own properties (pintrk.queue, fbq.callMethod), as GTM's copy does.
      var fn = wrap(value);
      if (depth > 100 || seen.indexOf(value) !== -1) return fn;
      seen.push(value);
      var own = keysOf(value);
      for (var f = 0; f < own.length; f++) fn[own[f]] = copy(value[own[f]], wrap, seen, depth + 1);
      seen.pop();
      return fn;
    }
    if (t !== 'object' || depth > 100 || seen.indexOf(value) !== -1) return undefined;
    seen.push(value);
    var out;
    if (isArray(value)) {
      out = [];
      for (var i = 0; i < value.length; i++) out.push(copy(value[i], wrap, seen, depth + 1));
    } else {
      var proto = getPrototypeOf(value);
      if (proto !== null && proto !== objectPrototype && !(proto && proto.constructor && proto.constructor.name === 'Object')) {
        seen.pop();
        return undefined;
      }
      out = {};
      var keys = keysOf(value);
      for (var k = 0; k < keys.length; k++) defineOwn(out, keys[k], { value: copy(value[keys[k]], wrap, seen, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    seen.pop();
    return out;
  }
  return function (value, wrap) { return copy(value, wrap, [], 0); };
})`;

/**
 * V8 compiles a vm.Script once and runs it in any context, so a template shared by many scenarios is
 * compiled once per run while each scenario still gets a fresh realm.
 */
const scripts = new WeakMap<Program, vm.Script>();

function scriptOf(program: Program): vm.Script {
  let script = scripts.get(program);
  if (!script) {
    // One line of wrapper before the body keeps the body's line numbers; `\n})` closes a trailing comment.
    script = new vm.Script(`(function (${program.params.join(', ')}) {${program.source}\n})`, { filename: program.filename });
    scripts.set(program, script);
  }
  return script;
}

export function createRealm(): Realm {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false }, name: 'gtm-sandbox' });
  const factory = vm.runInContext(COPY_IN_SOURCE, context) as (
    isArray: (v: unknown) => boolean, getPrototypeOf: (v: object) => object | null, objectPrototype: object,
    keysOf: (v: object) => string[], defineOwn: typeof Object.defineProperty,
  ) => Realm['copyIn'];
  const realmObjectPrototype = vm.runInContext('Object.prototype', context) as object;
  // Keys are input: defined as own properties, so `__proto__` is a key like any other.
  const copyIn = factory(Array.isArray, Object.getPrototypeOf, realmObjectPrototype, Object.keys, Object.defineProperty);
  trim(context);
  return {
    context,
    copyIn,
    compile(program) {
      return scriptOf(program).runInContext(context) as (...args: unknown[]) => unknown;
    },
  };
}

/** Removes globals and prototype methods GTM does not have. */
function trim(context: vm.Context): void {
  const trimmer = vm.runInContext(`(function (ownNames) { return function (keepGlobals, lists) {
    var g = globalThis;
    var names = ownNames(g);
    for (var i = 0; i < names.length; i++) {
      if (keepGlobals.indexOf(names[i]) === -1) { try { delete g[names[i]]; } catch (e) {} }
    }
    for (var j = 0; j < lists.length; j++) {
      var proto = lists[j][0], keep = lists[j][1];
      var own = ownNames(proto);
      for (var k = 0; k < own.length; k++) if (keep.indexOf(own[k]) === -1) { try { delete proto[own[k]]; } catch (e) {} }
    }
  }; })`, context)(Object.getOwnPropertyNames) as (keep: string[], lists: [object, string[]][]) => void;
  const proto = (expr: string): object => vm.runInContext(expr, context) as object;
  const keep = (methods: readonly string[]): string[] => [...methods, ...ALWAYS_KEPT];
  trimmer(['undefined', 'NaN', 'Infinity'], [
    [proto('String.prototype'), keep(STRING_METHODS)],
    [proto('Array.prototype'), keep(ARRAY_METHODS)],
    [proto('Number.prototype'), keep(NUMBER_METHODS)],
    [proto('Boolean.prototype'), keep(BOOLEAN_METHODS)],
    [proto('Object.prototype'), keep([...OBJECT_METHODS, '__proto__'])],
    [proto('Function.prototype'), keep(['name'])],
  ]);
}
