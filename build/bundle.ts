/**
 * Bundles a template's TypeScript with esbuild into one GTM-shaped script. Only `format: 'cjs'` with
 * every API name external emits plain `var x = require("x")` without runtime helpers
 * (https://esbuild.github.io/api/#format). Template literals, `?.` and `??` are lowered to `.concat()`
 * and conditionals, which GTM accepts (https://esbuild.github.io/api/#supported); object extensions
 * are marked unsupported so esbuild never shortens `{ key: key }` to `{ key }`. Everything else is left
 * as written so that the subset validator can name it.
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { diagnostic, type Diagnostic } from '../gtm-sandbox/diagnostics';
import { RULES } from '../gtm-sandbox/language/subset';

/** The synthetic entry's file name; its `main()` call becomes the last statement of the template. */
export const ENTRY_NAME = 'gtm-entry.ts';

export interface BundleResult {
  readonly code: string;
  /** esbuild's source map (v3 JSON), sources relative to the template folder. */
  readonly map: string;
  readonly diagnostics: Diagnostic[];
}

export const REPO_ROOT = path.resolve(__dirname, '..');

export async function bundleTemplate(templateDir: string, entry: string, tsconfig: string): Promise<BundleResult> {
  const entryImport = './' + entry.replace(/\\/g, '/').replace(/\.ts$/, '');
  try {
    const result = await esbuild.build({
      stdin: { contents: `import { main } from ${JSON.stringify(entryImport)};\nmain();\n`, resolveDir: templateDir, sourcefile: ENTRY_NAME, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      // Keep the author's syntax so that the subset validator names what they wrote; lower only what
      // turns into plain sandbox code (no helpers): template literals, ?. and ??.
      target: 'esnext',
      supported: { 'template-literal': false, 'optional-chain': false, 'nullish-coalescing': false, 'object-extensions': false },
      plugins: [apiNamesExternal],
      outfile: path.join(templateDir, 'template.js'),
      sourcemap: 'external',
      sourcesContent: false,
      legalComments: 'none',
      charset: 'utf8',
      tsconfig,
      // Module comments in the output name paths relative to the repository, whatever the cwd.
      absWorkingDir: REPO_ROOT,
      logLevel: 'silent',
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
    return { code: js?.text ?? '', map: map?.text ?? '{}', diagnostics: result.warnings.map((m) => fromEsbuild(m, 'warning')) };
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    if (!Array.isArray(failure.errors)) throw error;
    return { code: '', map: '{}', diagnostics: failure.errors.map((m) => fromEsbuild(m, 'error')) };
  }
}

/**
 * Every `require('name')` stays external: GTM API names (the import modules call them) and misspelt
 * ones alike, so that the subset validator reports an unknown API with "did you mean" instead of
 * esbuild reporting a missing package. `import` of a bare package still fails, as it should.
 */
const apiNamesExternal: esbuild.Plugin = {
  name: 'gtm-api-names-external',
  setup(build) {
    build.onResolve({ filter: /^[A-Za-z_$][\w$]*$/ }, (args) => (args.kind === 'require-call' ? { path: args.path, external: true } : undefined));
  },
};

function fromEsbuild(message: esbuild.Message, severity: 'error' | 'warning'): Diagnostic {
  const loc = message.location;
  // With object extensions lowered, the one extension esbuild cannot lower is a computed key: report it
  // with the subset rule it breaks.
  const computedKey = message.text.startsWith('Transforming object literal extensions');
  const location = loc
    ? { file: path.relative(process.cwd(), path.resolve(REPO_ROOT, loc.file)), line: loc.line, column: loc.column, lineText: loc.lineText }
    : null;
  if (computedKey) return diagnostic(RULES.computedKey.id, 'error', RULES.computedKey.reason, location);
  return diagnostic(`esbuild/${message.id || 'error'}`, severity, message.text, location, message.notes.map((n) => n.text));
}
