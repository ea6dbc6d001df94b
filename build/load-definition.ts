/** Loads a template folder's definition.ts (TypeScript) by bundling it with esbuild for Node. */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TemplateDefinition } from './definition';

export const DEFINITION_FILE = 'definition.ts';

export function loadDefinition(templateDir: string): TemplateDefinition {
  const file = path.join(templateDir, DEFINITION_FILE);
  const result = esbuild.buildSync({
    entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent',
  });
  const module = { exports: {} as Record<string, unknown> };
  // The definition is the project's own code; running it is what `import` would do.
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  const definition = (module.exports.default ?? module.exports.definition) as TemplateDefinition | undefined;
  if (!definition || typeof definition !== 'object') {
    throw new Error(`${path.relative(process.cwd(), file)} must \`export default defineTemplate({...})\``);
  }
  return definition;
}

/** A Location for the first line of the definition that mentions `needle` in quotes (or as a key). */
export function definitionLocator(templateDir: string): (needle: string | null) => { file: string; line: number; column: number; lineText: string } | null {
  const file = path.join(templateDir, DEFINITION_FILE);
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  const rel = path.relative(process.cwd(), file);
  return (needle) => {
    if (!needle) return { file: rel, line: 1, column: 0, lineText: lines[0] ?? '' };
    const patterns = [`'${needle}'`, `"${needle}"`, `${needle}:`];
    for (let i = 0; i < lines.length; i++) {
      for (const p of patterns) {
        const column = lines[i].indexOf(p);
        if (column !== -1) return { file: rel, line: i + 1, column, lineText: lines[i] };
      }
    }
    return { file: rel, line: 1, column: 0, lineText: lines[0] ?? '' };
  };
}
