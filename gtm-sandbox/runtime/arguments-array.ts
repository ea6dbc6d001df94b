/**
 * GTM's sandbox gives every function, arrow functions included, its own `arguments`, and that value
 * is an array: the sandbox's types are undefined, null, boolean, number, string, array, object and
 * function (https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript),
 * and published tests call `arguments.slice(1)`, compare `arguments` with `isEqualTo([...])` and write
 * `mock('x', () => arguments[0])` (docs/emulator-fidelity.md). JavaScript engines give an Arguments
 * object, and none at all to arrows; this rewrite makes any engine (the Node realm, a browser page)
 * behave like GTM. It runs on code the subset validator accepted, so every parameter is a plain name;
 * line numbers are kept (nothing it inserts contains a line break).
 */
import type { Node } from 'acorn';
import { tokenizer } from 'acorn';
import { isReference, parseSandboxed } from '../language/validate';

/** The array a rewritten function reads in place of `arguments`. */
const ARRAY = '__gtm_arguments';
const PROLOGUE = `var ${ARRAY} = []; for (var __gtm_i = 0; __gtm_i < arguments.length; __gtm_i++) ${ARRAY}.push(arguments[__gtm_i]);`;
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const SKIPPED_KEYS = new Set(['type', 'start', 'end', 'loc', 'range', 'raw', 'regex', 'bigint']);

interface Edit { readonly start: number; readonly end: number; readonly text: string; readonly depth: number }
type FunctionNode = Node & { params: (Node & { name?: string })[]; body: Node; expression?: boolean };

export function rewriteArguments(code: string): string {
  if (!code.includes('arguments')) return code;
  let ast: Node;
  try {
    ast = parseSandboxed(code);
  } catch {
    return code; // Unparsable code is reported by the validator, never run.
  }
  const edits: Edit[] = [];
  const visit = (node: Node, parent: Node | null, key: string | null, uses: Node[] | null, depth: number): void => {
    if (node.type === 'Identifier' && (node as unknown as { name: string }).name === 'arguments' && isReference(parent, key)) {
      uses?.push(node);
      return;
    }
    const isFunction = FUNCTION_TYPES.has(node.type);
    const own: Node[] | null = isFunction ? [] : uses;
    for (const k of Object.keys(node)) {
      if (SKIPPED_KEYS.has(k)) continue;
      const value = (node as unknown as Record<string, unknown>)[k];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) visit(child, node, k, own, depth + (isFunction ? 1 : 0));
      }
    }
    if (isFunction && own && own.length > 0) edits.push(...functionEdits(code, node as FunctionNode, own, depth));
  };
  visit(ast, null, null, null, 0);
  // Source order; at one position insertions go before replacements, and inner closings before outer ones.
  edits.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start) || b.depth - a.depth);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) return code; // Overlapping edits cannot come from validated code; run it unchanged.
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

function functionEdits(code: string, fn: FunctionNode, uses: Node[], depth: number): Edit[] {
  if (fn.params.some((p) => p.type !== 'Identifier' || p.name === 'arguments')) return [];
  const renames = uses.map((u) => ({ start: u.start, end: u.end, text: ARRAY, depth }));
  if (fn.type !== 'ArrowFunctionExpression') return [...renames, { start: fn.body.start + 1, end: fn.body.start + 1, text: PROLOGUE, depth }];
  // An arrow becomes a function expression (the sandbox has no `this` to tell them apart).
  const head = `(function (${fn.params.map((p) => p.name).join(', ')}) {${PROLOGUE}`;
  if (!fn.expression) {
    return [...renames, { start: fn.start, end: fn.body.start + 1, text: head, depth }, { start: fn.end, end: fn.end, text: ')', depth }];
  }
  const arrowEnd = fn.start + endOfArrow(code.slice(fn.start, fn.body.start));
  return [...renames, { start: fn.start, end: arrowEnd, text: `${head} return (`, depth }, { start: fn.end, end: fn.end, text: '); })', depth }];
}

/** The offset just after `=>` in an arrow's head (tokenized, so comments cannot fool it). */
function endOfArrow(head: string): number {
  for (const token of tokenizer(head, { ecmaVersion: 'latest' })) {
    if (token.type.label === '=>') return token.end;
  }
  return head.length;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
