/**
 * Bundles gtm-sandbox's browser runtime (gtm-sandbox/browser/gtm-runtime.ts) into one script for pages.
 * Node built-ins that only server APIs use are stubbed: a page never calls them.
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

const stubNodeBuiltins: esbuild.Plugin = {
  name: 'stub-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

export async function bundleBrowserRuntime(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'gtm-sandbox', 'browser', 'gtm-runtime.ts')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', plugins: [stubNodeBuiltins],
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent', legalComments: 'none',
  });
  return result.outputFiles[0].text;
}
