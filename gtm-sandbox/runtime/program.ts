/**
 * Code ready to run in any realm: the body of `function (<params>)`, rewritten once for GTM's
 * `arguments` (runtime/arguments-array.ts). A realm compiles a program once and reuses the
 * compilation for every fresh scope (runtime/realm.ts).
 */
import { rewriteArguments } from './arguments-array';

export interface Program {
  readonly source: string;
  readonly params: readonly string[];
  /** File name in stack traces. */
  readonly filename: string;
}

export function createProgram(code: string, params: readonly string[], filename: string): Program {
  return { source: rewriteArguments(code), params: [...params], filename };
}
