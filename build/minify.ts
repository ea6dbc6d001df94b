/**
 * The code section of template.tpl: the readable code (template.js, build/shape-output.ts) minified, one
 * top-level statement per line. template.js beside the .tpl is the readable copy of the same code (README,
 * "Performance"): the compiler's diagnostics and a runtime error's position map back to it, and through the
 * bundle's source map to the TypeScript.
 *
 * How: the program is wrapped in a function, so that esbuild's minifier (whitespace, identifiers and syntax:
 * `!0`, comma sequences, merged declarations, all ES5 that GTM's sandbox parses) renames the top-level
 * names too; `require` and `data` stay, being the sandbox's globals, and so does every `require("api")`
 * literal, from which GTM derives the permissions. `undefined`, which GTM's sandbox has as
 * a global, is written once as a variable declared and never assigned (a variable's value before any
 * assignment is undefined), and each use is that variable's short name. The wrapper is then removed and each
 * top-level statement put on a line of its own. The result is checked by the subset validator like the
 * readable code; a problem found only there is reported at the readable line it comes from.
 * https://esbuild.github.io/api/#minify
 *
 * Every `const` is written `let` (shorter, the same meaning for code the compiler has checked).
 *
 * A definition may also name internal properties (`internalProperties`): properties of the template's own
 * objects, which nothing outside the code reads or writes, shortened like local names
 * (https://esbuild.github.io/api/#mangle-props). A name is refused when the code also writes it as a string
 * (a computed access would miss it) or when it is a method of GTM's standard library or an API object.
 */
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import * as esbuild from 'esbuild';
import type { Node } from 'acorn';
import { full } from 'acorn-walk';
import { parseSandboxed } from '../gtm-sandbox/language/validate';
import { API_OBJECT_METHODS, ARRAY_METHODS, OBJECT_METHODS, STRING_METHODS } from '../gtm-sandbox/language/subset';

/** esbuild features the sandbox lacks, as in build/bundle.ts: so the printer never writes them. */
const SUPPORTED = { 'template-literal': false, 'optional-chain': false, 'nullish-coalescing': false, 'object-extensions': false };
const WRAPPER_START = '(function(){';
const WRAPPER_END = '})();';

export interface MinifiedCode {
  readonly code: string;
  /** A position of the minified code (1-based line, 0-based column) → the readable code's. */
  readonly toReadable: (line: number, column: number) => { line: number; column: number };
}

type Identifier = Node & { name: string };

/**
 * The `const` keywords of the program: written `let`, three characters shorter, with the same scope and the
 * same temporal dead zone (the TypeScript compiler has already refused any write to a constant).
 */
function constKeywords(ast: Node): Node[] {
  const out: Node[] = [];
  full(ast, (node) => {
    const n = node as Node & { type: string; kind?: string };
    if (n.type === 'VariableDeclaration' && n.kind === 'const') out.push(n);
  });
  return out;
}

/** Identifiers that read the global `undefined` (not property names, not keys). */
function undefinedReads(ast: Node): Identifier[] {
  const names = new Set<Node>();
  const skip = new Set<Node>();
  full(ast, (node) => {
    const n = node as Node & { type: string; property?: Node; computed?: boolean; key?: Node; shorthand?: boolean };
    if (n.type === 'MemberExpression' && n.property && !n.computed) skip.add(n.property);
    if (n.type === 'Property' && n.key && !n.computed) skip.add(n.key);
    if (n.type === 'Identifier' && (n as Identifier).name === 'undefined') names.add(n);
  });
  return [...names].filter((n) => !skip.has(n)) as Identifier[];
}

/** A name no identifier of the program uses. */
function freshName(code: string, base: string): string {
  let name = base;
  for (let i = 2; new RegExp(`\\b${name}\\b`).test(code); i++) name = base + i;
  return name;
}

/** Why each internal property name cannot be shortened safely ('' when it can). */
export function internalPropertyProblems(readable: string, names: readonly string[]): string[] {
  const methods = new Set<string>([...STRING_METHODS, ...ARRAY_METHODS, ...OBJECT_METHODS, ...API_OBJECT_METHODS, 'length']);
  return names.map((name) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `internal property "${name}" is not a name`;
    if (methods.has(name)) return `internal property "${name}" is also a method of GTM's standard library or an API object`;
    if (new RegExp(`["']${name}["']`).test(readable)) return `internal property "${name}" is also written as a string in the code`;
    return '';
  }).filter((problem) => problem !== '');
}

export function minifyForGtm(readable: string, internalProperties: readonly string[] = []): MinifiedCode {
  const ast = parseSandboxed(readable);
  const reads = undefinedReads(ast);
  const alias = freshName(readable, 'undefinedValue');
  // Replacements from the end, so that each start stays where it was read.
  const edits = [...reads.map((r) => ({ start: r.start, end: r.end, text: alias })), ...constKeywords(ast).map((d) => ({ start: d.start, end: d.start + 'const'.length, text: 'let' }))]
    .sort((a, b) => b.start - a.start);
  let source = readable;
  for (const edit of edits) source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
  const declaration = reads.length > 0 ? `var ${alias};` : '';
  const wrapped = WRAPPER_START + declaration + '\n' + source + '\n' + WRAPPER_END;
  const result = esbuild.transformSync(wrapped, {
    loader: 'js', minifyWhitespace: true, minifyIdentifiers: true, minifySyntax: true, supported: SUPPORTED, target: 'esnext',
    charset: 'utf8', legalComments: 'none', sourcemap: 'external', sourcefile: 'template.js',
    mangleProps: internalProperties.length > 0 ? new RegExp(`^(${internalProperties.join('|')})$`) : undefined,
  });
  const out = result.code.trim();
  if (!out.startsWith(WRAPPER_START) || !out.endsWith(WRAPPER_END)) throw new Error('build/minify.ts: esbuild changed the wrapper');
  const program = parseSandboxed(out) as Node & { body: { expression: { callee: { body: { body: Node[] } } } }[] };
  const statements = program.body[0].expression.callee.body.body;
  const map = new TraceMap(result.map);
  const outLineStarts = lineStartsOf(out);
  return {
    code: statements.map((s) => out.slice(s.start, s.end)).join('\n') + '\n',
    toReadable(line, column) {
      const statement = statements[line - 1];
      if (statement === undefined) return { line: 1, column: 0 };
      const at = positionOf(outLineStarts, statement.start + column);
      const original = originalPositionFor(map, { line: at.line, column: at.column });
      // The wrapper and the declaration of `undefined` take the first line of the wrapped code.
      if (original.line === null || original.line < 2) return { line: 1, column: 0 };
      return { line: original.line - 1, column: original.column ?? 0 };
    },
  };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line, 0-based column of an offset. */
function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] };
}
