/**
 * A package's JavaScript: the CLI's esbuild bundle (bin/cli-build.js's options: npm packages stay
 * external), the dependencies it imports with the repository's version ranges, and for pinterest-gtm
 * the template definitions `plan` reads, embedded at pack time so the package needs no repository.
 */
import type { Plugin } from 'esbuild';
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { findTemplates } from '../build/find-templates';
import { loadDefinition } from '../build/load-definition';

// bin/cli-build.js is the one place the bundle is described; the repository's bin shims use it too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cliBuild = require('../bin/cli-build.js') as { ROOT: string; bundleOptions(name: string, extra?: esbuild.BuildOptions): esbuild.BuildOptions };

export const ROOT: string = cliBuild.ROOT;

export interface Bundle { readonly code: string; readonly dependencies: Record<string, string> }

/**
 * verify/plan/secrets.ts finds the template definitions in the repository (build/find-templates,
 * build/load-definition, which compiles them with esbuild); in a package they are data compiled in.
 */
function embeddedDefinitions(): Plugin {
  const modules = /[\\/]build[\\/](find-templates|load-definition)$/;
  return {
    name: 'embedded-definitions',
    setup(build) {
      build.onResolve({ filter: /build\/(find-templates|load-definition)$/ }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        return modules.test(target) ? { path: path.basename(target), namespace: 'embedded-definitions' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'embedded-definitions' }, () => {
        const definitions = Object.fromEntries(findTemplates(ROOT).map((dir) => [path.relative(ROOT, dir).split(path.sep).join('/'), loadDefinition(dir)]));
        return {
          loader: 'js',
          contents: `const DEFINITIONS = ${JSON.stringify(definitions)};
exports.findTemplates = () => Object.keys(DEFINITIONS);
exports.loadDefinition = (dir) => DEFINITIONS[dir];`,
        };
      });
    },
  };
}

/** The npm package an import names (`@scope/name/sub` → `@scope/name`), or null for Node's own modules. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export async function bundle(name: 'gtm-sandbox' | 'pinterest-gtm', manifest: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }): Promise<Bundle> {
  const options = cliBuild.bundleOptions(name, name === 'pinterest-gtm' ? { plugins: [embeddedDefinitions()] } : {});
  const result = await esbuild.build(options as esbuild.BuildOptions & { write: false; metafile: true });
  const imported = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const i of input.imports) if (i.external) { const p = packageOf(i.path); if (p) imported.add(p); }
  }
  const dependencies: Record<string, string> = {};
  for (const p of [...imported].sort()) {
    const range = manifest.dependencies?.[p] ?? manifest.devDependencies?.[p];
    if (!range) throw new Error(`${name} imports ${p}, which package.json does not list`);
    dependencies[p] = range;
  }
  return { code: result.outputFiles[0].text, dependencies };
}
