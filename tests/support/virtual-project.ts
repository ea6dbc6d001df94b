/**
 * Compiler tests on small throwaway template projects (tsup's pattern): write the files under
 * tests/.cache/<name>/, run the real build, return what it produced.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildTemplate, type BuiltTemplate } from '../../build/build-template';
import { formatDiagnostic } from '../../gtm-sandbox/diagnostics';

export const CACHE = path.resolve(__dirname, '..', '.cache');
const ROOT = path.resolve(__dirname, '..', '..');

export interface DefinitionOptions {
  kind?: string;
  parameters?: unknown[];
  permissions?: Record<string, unknown>;
}

/** A definition.ts text for a template with the given parts. */
export function definitionSource(options: DefinitionOptions = {}): string {
  const definition = {
    kind: options.kind ?? 'web-variable',
    info: { displayName: 'Virtual', description: 'A test template.', categories: ['UTILITY'], brand: { id: 'brand_test', displayName: 'Test' } },
    parameters: options.parameters ?? ['text', 'list', 'obj'].map((name) => ({ type: 'TEXT', name, displayName: name, simpleValueType: true })),
    permissions: options.permissions ?? {},
  };
  return `export default ${JSON.stringify(definition, null, 2)};\n`;
}

export function writeProject(name: string, files: Record<string, string>): string {
  const dir = path.join(CACHE, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ extends: path.relative(dir, path.join(ROOT, 'tsconfig.base.json')), compilerOptions: { lib: ['ES5'], types: [] } }),
    'definition.ts': definitionSource(),
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

export interface Compiled extends BuiltTemplate {
  /** Diagnostics as the CLI prints them, paths relative to the project. */
  readonly messages: string[];
}

export async function compile(name: string, files: Record<string, string>): Promise<Compiled> {
  const dir = writeProject(name, files);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const built = await buildTemplate(dir);
    return { ...built, messages: built.diagnostics.map(formatDiagnostic) };
  } finally {
    process.chdir(cwd);
  }
}

/** The import line a virtual project's src/main.ts uses for web APIs. */
export function webImport(names: string[], fromDir = 'src'): string {
  const dir = path.join(CACHE, '_', fromDir);
  const target = path.relative(dir, path.join(ROOT, 'gtm-sandbox', 'import', 'web')).replace(/\\/g, '/');
  return `import { ${names.join(', ')} } from '${target}';\n`;
}
