/**
 * Bundles a template's TypeScript with esbuild into one GTM-shaped script. Only `format: 'cjs'` with
 * every API name external emits plain `var x = require("x")` without runtime helpers
 * (https://esbuild.github.io/api/#format); template literals and object shorthand are lowered to
 * `.concat()` and `key: value`, which GTM accepts (https://esbuild.github.io/api/#supported).
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { SERVER_APIS, WEB_APIS } from '../gtm-sandbox/api-catalog';
import { diagnostic, type Diagnostic } from '../gtm-sandbox/diagnostics';

/** The synthetic entry's file name; its `main()` call becomes the last statement of the template. */
export const ENTRY_NAME = 'gtm-entry.ts';

export interface BundleResult {
  readonly code: string;
  /** esbuild's source map (v3 JSON), sources relative to the template folder. */
  readonly map: string;
  readonly diagnostics: Diagnostic[];
}

export const REPO_ROOT = path.resolve(__dirname, '..');

const API_NAMES = [...new Set([...Object.keys(WEB_APIS), ...Object.keys(SERVER_APIS)])];

export async function bundleTemplate(templateDir: string, entry: string, tsconfig: string): Promise<BundleResult> {
  const entryImport = './' + entry.replace(/\\/g, '/').replace(/\.ts$/, '');
  try {
    const result = await esbuild.build({
      stdin: { contents: `import { main } from ${JSON.stringify(entryImport)};\nmain();\n`, resolveDir: templateDir, sourcefile: ENTRY_NAME, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2017',
      supported: { 'template-literal': false, 'object-extensions': false },
      external: API_NAMES,
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
    return { code: js?.text ?? '', map: map?.text ?? '{}', diagnostics: result.warnings.map((m) => fromEsbuild(m, 'warning', templateDir)) };
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    if (!Array.isArray(failure.errors)) throw error;
    return { code: '', map: '{}', diagnostics: failure.errors.map((m) => fromEsbuild(m, 'error', templateDir)) };
  }
}

function fromEsbuild(message: esbuild.Message, severity: 'error' | 'warning', templateDir: string): Diagnostic {
  const loc = message.location;
  const location = loc
    ? { file: path.relative(process.cwd(), path.resolve(templateDir, loc.file)), line: loc.line, column: loc.column, lineText: loc.lineText }
    : null;
  return diagnostic(`esbuild/${message.id || 'error'}`, severity, message.text, location, message.notes.map((n) => n.text));
}
