// The CLIs run as built JavaScript: one esbuild bundle per CLI (npm packages stay external), so a
// command starts without compiling TypeScript. In this repository the bundle lives in dist/bin/ and is
// rebuilt by the first command after a source changes (a few hundred milliseconds); the packages of
// `npm run pack` ship the same bundle prebuilt (packages/pack.ts). README: "The CLIs' built JavaScript".
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** Each CLI's entry module; it exports `main(argv): Promise<exit code>`. */
const ENTRIES = { 'gtm-sandbox': 'gtm-sandbox/index.ts', 'pinterest-gtm': 'packages/pinterest-gtm/index.ts' };

/** esbuild options for a CLI's bundle (https://esbuild.github.io/api/#build). */
function bundleOptions(name, extra = {}, root = ROOT) {
  return {
    entryPoints: [path.join(root, ENTRIES[name])], absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', packages: 'external', write: false, metafile: true, logLevel: 'silent', legalComments: 'none', ...extra,
  };
}

/** Writes the text to the file through a temporary one, so a concurrent reader never sees half of it. */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

const stamp = (root, file) => {
  const s = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
  return s ? `${s.mtimeMs}:${s.size}` : 'missing';
};

/** The bundle of dist/bin/, rebuilt when any of its inputs (or esbuild) changed since it was built. */
function ensureBuilt(name, root = ROOT) {
  const out = path.join(root, 'dist', 'bin', `${name}.js`);
  const manifestFile = `${out}.inputs.json`;
  let manifest;
  try { manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')); } catch { manifest = null; }
  const esbuild = require('esbuild');
  const fresh = manifest && manifest.esbuild === esbuild.version && fs.existsSync(out)
    && Object.entries(manifest.inputs).every(([file, s]) => stamp(root, file) === s);
  if (fresh) return out;
  const result = esbuild.buildSync(bundleOptions(name, {}, root));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  writeAtomically(out, result.outputFiles[0].text);
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stamp(root, file)]));
  writeAtomically(manifestFile, JSON.stringify({ esbuild: esbuild.version, inputs }));
  return out;
}

/** Runs a CLI with the process's arguments and sets its exit code. */
function runCli(name) {
  let main;
  try {
    main = require(ensureBuilt(name)).main;
  } catch (error) {
    console.error(`${name}: could not build the CLI (${error instanceof Error ? error.message.split('\n')[0] : error}); run \`npm ci\` first`);
    process.exitCode = 1;
    return;
  }
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

module.exports = { ENTRIES, ROOT, bundleOptions, ensureBuilt, runCli };
