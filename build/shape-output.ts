/**
 * Turns esbuild's bundle into code that reads like a hand-written GTM template: every `require()` at
 * the top (APIs that no code uses dropped, so permissions stay minimal), then the modules, then the
 * call of `main()`, which a variable template returns (GTM runs the code as a function body:
 * https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript).
 */
import type { Node } from 'acorn';
import { isReference, isVoidZero, parseSandboxed } from '../gtm-sandbox/language/validate';
import { walk } from '../gtm-sandbox/language/walk';
import { ENTRY_NAME } from './bundle';

interface RequireStatement { readonly start: number; readonly end: number; readonly name: string; readonly text: string }

export function shapeOutput(bundled: string, returnsValue: boolean): string {
  const code = restoreUndefined(bundled);
  const ast = parseSandboxed(code) as Node & { body: Node[] };
  const requires: RequireStatement[] = [];
  for (const statement of ast.body) {
    const decl = statement as unknown as { type: string; declarations?: { id: { name?: string }; init?: { type: string; callee?: { name?: string }; arguments?: { value?: unknown }[] } }[] };
    const first = decl.declarations?.[0];
    if (decl.type === 'VariableDeclaration' && decl.declarations?.length === 1 && first?.init?.type === 'CallExpression'
      && first.init.callee?.name === 'require' && typeof first.init.arguments?.[0]?.value === 'string' && first.id.name) {
      requires.push({ start: statement.start, end: statement.end, name: first.id.name, text: code.slice(statement.start, statement.end) });
    }
  }
  const references = countReferences(ast);
  const used = requires.filter((r) => (references.get(r.name) ?? 0) > 0);

  let body = '';
  let cursor = 0;
  for (const r of requires) {
    body += code.slice(cursor, r.start);
    cursor = r.end;
  }
  body += code.slice(cursor);
  body = body
    // esbuild's "// path" headers of modules that held nothing but API imports are now empty.
    .replace(/^\/\/ [\w./@-]+\.ts\n(?=\s*(\/\/ [\w./@-]+\.ts\n|$))/gm, '')
    .replace(/^(["'])use strict\1;\n/m, '')
    .replace(new RegExp(`// [\\w./@-]*${ENTRY_NAME.replace('.', '\\.')}\\nmain\\(\\);\\s*$`), returnsValue ? 'return main();\n' : 'main();\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const header = used.map((r) => r.text.replace(/^var /, 'const ')).join('\n');
  return (header ? `${header}\n\n` : '') + body + '\n';
}

/** How often each name is read as a variable. */
function countReferences(ast: Node): Map<string, number> {
  const counts = new Map<string, number>();
  walk(ast, ({ node, parent, key }) => {
    if (node.type !== 'Identifier' || !isReference(parent, key)) return;
    const name = (node as unknown as { name: string }).name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}

/**
 * Where each line of the shaped code came from in esbuild's bundle (1-based lines), so a position in
 * the shaped code maps to the TypeScript source through the bundle's source map. Shaping drops lines
 * (requires, empty module headers) and rewrites `void 0`; every other line is kept in order, so lines
 * are matched in order, `void 0` read as `undefined`.
 */
export function shapedLineMap(bundled: string, shaped: string): (line: number) => number | undefined {
  const from = bundled.split('\n').map((l) => l.split('void 0').join('undefined'));
  const map: (number | undefined)[] = [undefined];
  let j = 0;
  for (const line of shaped.split('\n')) {
    let k = j;
    while (k < from.length && from[k] !== line) k++;
    if (k < from.length && line.trim() !== '') {
      map.push(k + 1);
      j = k + 1;
    } else map.push(undefined);
  }
  return (line) => map[line];
}

/** esbuild prints `undefined` as `void 0`; GTM's docs promise `undefined`, not the void operator. */
export function restoreUndefined(code: string): string {
  const spans: { start: number; end: number }[] = [];
  walk(parseSandboxed(code), ({ node }) => {
    if (isVoidZero(node)) spans.push({ start: node.start, end: node.end });
  });
  let out = code;
  for (const span of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, span.start) + 'undefined' + out.slice(span.end);
  return out;
}
