/**
 * Unit tests of shared template code (pinterest/) inside gtm-sandbox, where it really runs: the named
 * functions are compiled into a throwaway variable template whose code calls `data.fn(...data.args)`,
 * and each call runs in a fresh session. Compiling also proves the code is valid sandboxed JavaScript.
 */
import * as path from 'node:path';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { parseTemplate, type ParsedTemplate } from '../../gtm-sandbox/tpl/read';
import { createWorld } from '../../gtm-sandbox/world/world';
import { CACHE, compile } from './virtual-project';

const ROOT = path.resolve(__dirname, '..', '..');

/** module path (from the repository root, without .ts) → function names to expose. */
export type Exposed = Record<string, string[]>;

export type SandboxCall = (fn: string, ...args: unknown[]) => unknown;

export async function sandboxedFunctions(name: string, exposed: Exposed): Promise<SandboxCall> {
  const srcDir = path.join(CACHE, name, 'src');
  const imports = Object.entries(exposed).map(([module, fns]) => {
    const target = path.relative(srcDir, path.join(ROOT, module)).replace(/\\/g, '/');
    return `import { ${fns.join(', ')} } from '${target}';`;
  });
  const table = Object.values(exposed).flat().map((fn) => `${fn}: ${fn} as Fn`).join(', ');
  const main = `${imports.join('\n')}
type Fn = (a?: unknown, b?: unknown, c?: unknown) => unknown;
declare const data: { fn: string; args: unknown[] };
const FUNCTIONS: { [name: string]: Fn } = { ${table} };
export function main(): unknown { return FUNCTIONS[data.fn](data.args[0], data.args[1], data.args[2]); }
`;
  const built = await compile(name, { 'src/main.ts': main });
  if (!built.tpl) throw new Error(`sandboxed functions did not compile:\n${built.messages.join('\n')}`);
  const template: ParsedTemplate = parseTemplate(built.tpl);
  return (fn, ...args) => {
    const session = createSession(template, createWorld());
    return session.marshal.toHost(session.runCode(session.marshal.toSandbox({ fn, args })));
  };
}
