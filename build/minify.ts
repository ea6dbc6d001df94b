/**
 * The code section of template.tpl: the readable code (template.js, build/shape-output.ts) with
 * whitespace and comments removed and the names inside functions shortened, one top-level statement per
 * line. Every top-level name stays as written (the API requires, the tables, the functions), so GTM's
 * editor, a Gallery reviewer and a stack trace still say which function is which; template.js beside
 * the .tpl is the readable copy of the same code (README, "Performance").
 *
 * Each top-level statement is minified on its own as a script (esbuild's transform without a module
 * format: top-level names are then globals, which it never renames; a local is never renamed to a
 * global the statement reads). Only whitespace and identifier minification are on: esbuild's syntax
 * minification writes `!0`, `void 0` and comma sequences the sandbox subset may not accept. esbuild's
 * `void 0` for `undefined` is written back as `undefined`, as in the readable code. The result is checked
 * by the subset validator like the readable code; a problem found only there is reported at the
 * readable line it comes from and, through the bundle's source map, at the TypeScript line.
 * https://esbuild.github.io/api/#minify
 */
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import * as esbuild from 'esbuild';
import type { Node } from 'acorn';
import { parseSandboxed } from '../gtm-sandbox/language/validate';
import { restoreUndefined } from './shape-output';

/** esbuild features the sandbox lacks, as in build/bundle.ts: so the printer never writes them. */
const SUPPORTED = { 'template-literal': false, 'optional-chain': false, 'nullish-coalescing': false, 'object-extensions': false };

export interface MinifiedCode {
  readonly code: string;
  /** A position of the minified code (1-based line, 0-based column) → the readable code's. */
  readonly toReadable: (line: number, column: number) => { line: number; column: number };
}

export function minifyForGtm(readable: string): MinifiedCode {
  const statements = (parseSandboxed(readable) as Node & { body: Node[] }).body;
  const lines: string[] = [];
  const maps: { map: TraceMap | undefined; startLine: number; startColumn: number }[] = [];
  const lineStarts = lineStartsOf(readable);
  for (const statement of statements) {
    const text = readable.slice(statement.start, statement.end);
    const at = positionOf(lineStarts, statement.start);
    if (statement.type === 'ReturnStatement') {
      // A variable's `return main();` ends the code: a script may not return, and there is nothing to shorten.
      lines.push(text);
      maps.push({ map: undefined, ...startOf(at) });
      continue;
    }
    const result = esbuild.transformSync(text, {
      loader: 'js', minifyWhitespace: true, minifyIdentifiers: true, supported: SUPPORTED, target: 'esnext',
      charset: 'utf8', legalComments: 'none', sourcemap: 'external', sourcefile: 'template.js',
    });
    lines.push(restoreUndefined(result.code.trim()));
    maps.push({ map: new TraceMap(result.map), ...startOf(at) });
  }
  return {
    code: lines.join('\n') + '\n',
    toReadable(line, column) {
      const entry = maps[line - 1];
      if (entry === undefined) return { line: 1, column: 0 };
      // restoreUndefined lengthens the line after esbuild's map was made: positions past a `void 0` drift
      // by a few columns, which still points inside the same expression of the same readable line.
      const original = entry.map === undefined ? null : originalPositionFor(entry.map, { line: 1, column });
      if (original === null || original.line === null) return { line: entry.startLine, column: entry.startColumn };
      return { line: entry.startLine + original.line - 1, column: original.line === 1 ? entry.startColumn + (original.column ?? 0) : original.column ?? 0 };
    },
  };
}

function startOf(at: { line: number; column: number }): { startLine: number; startColumn: number } {
  return { startLine: at.line, startColumn: at.column };
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
