/**
 * The packages of `npm run pack` install and run on their own: each tarball goes into an empty folder
 * with `npm install <tarball>` (its dependencies come from the npm registry or npm's cache), and its
 * commands and API run there with nothing of this repository on the way (no tsx, sources or fixtures).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packAll } from '../../packages/pack';

// Not a speed target: packing compiles type declarations and npm installs dependencies.
jest.setTimeout(15 * 60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-gtm-packages-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The environment of a user's shell: nothing pointing into this repository. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_PATH|NODE_OPTIONS|npm_|INIT_CWD|JEST_)/i.test(k)));

function sh(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An empty folder with the tarball installed, as a user would do it. */
function installed(tarball: string, name: string): string {
  const folder = path.join(work, `use-${name}`);
  fs.mkdirSync(folder);
  const r = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], folder);
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  return folder;
}

let tarballs: Record<string, string> = {};
beforeAll(async () => {
  const packed = await packAll(path.join(work, 'packages'));
  tarballs = Object.fromEntries(packed.map((t) => [path.basename(t).replace(/-\d+\.\d+\.\d+.*\.tgz$/, ''), t]));
});

test.each(['gtm-sandbox', 'pinterest-gtm'])('%s: a tarball with built JavaScript, declarations, README, LICENSE and a semver version', (name) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', name, 'package.json'), 'utf8'));
  expect(path.basename(tarballs[name])).toBe(`${name}-${manifest.version}.tgz`);
  expect(manifest.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  const files = sh('tar', ['-tzf', tarballs[name]], work).stdout.split('\n').filter((f) => f !== '');
  expect(files).toEqual(expect.arrayContaining(['package/package.json', 'package/README.md', 'package/LICENSE', 'package/dist/index.js', 'package/dist/cli.js', `package/${manifest.types}`]));
  expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  expect(files.filter((f) => /fixtures|tests\//.test(f))).toEqual([]);
});

describe('gtm-sandbox, installed', () => {
  let folder = '';
  beforeAll(() => { folder = installed(tarballs['gtm-sandbox'], 'gtm-sandbox'); });

  test("runs a published template's Tests-tab scenarios", () => {
    const copy = path.join(folder, 'template.tpl');
    fs.copyFileSync(path.join(ROOT, 'web-template', 'tag', 'template.tpl'), copy);
    const r = sh(path.join(folder, 'node_modules', '.bin', 'gtm-sandbox'), ['test', 'template.tpl'], folder);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
    expect(sh(path.join(folder, 'node_modules', '.bin', 'gtm-sandbox'), ['check', 'template.tpl'], folder).status).toBe(0);
  });

  test('--version and help', () => {
    const bin = path.join(folder, 'node_modules', '.bin', 'gtm-sandbox');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'node_modules', 'gtm-sandbox', 'package.json'), 'utf8'));
    expect(sh(bin, ['--version'], folder)).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(sh(bin, ['help'], folder)).toMatchObject({ status: 0, stdout: expect.stringContaining('gtm-sandbox serve') });
  });

  test('the API loads from the package, and its type declarations compile', () => {
    const script = "const g = require('gtm-sandbox'); const t = g.parseTemplate(require('fs').readFileSync('template.tpl', 'utf8')); console.log(t.type, typeof g.runTests, g.VERSION);";
    expect(sh(process.execPath, ['-e', script], folder)).toMatchObject({ status: 0, stdout: expect.stringMatching(/^TAG function \d+\.\d+\.\d+/) });
    fs.writeFileSync(path.join(folder, 'use.ts'), "import { parseTemplate, runTests, type ScenarioResult } from 'gtm-sandbox';\nexport const run = (text: string): Promise<ScenarioResult[]> => runTests(parseTemplate(text), 'x');\n");
    const tsc = sh(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--esModuleInterop', '--module', 'commonjs',
      '--moduleResolution', 'node', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules', '@types'), 'use.ts'], folder);
    expect(tsc.stdout + tsc.stderr).toBe('');
  });
});

describe('pinterest-gtm, installed', () => {
  let folder = '';
  beforeAll(() => { folder = installed(tarballs['pinterest-gtm'], 'pinterest-gtm'); });

  test('--help shows every command', () => {
    const r = sh(path.join(folder, 'node_modules', '.bin', 'pinterest-gtm'), ['--help'], folder);
    for (const command of ['audit', 'catalog-check', 'plan', 'report']) expect(r.stdout).toContain(`pinterest-gtm ${command}`);
    expect(r.status).toBe(0);
  });

  test("plan knows the templates' secret fields without the repository: the token is never shown", () => {
    for (const f of ['web-container.json', 'server-container.json']) fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'containers', f), path.join(folder, f));
    const r = sh(path.join(folder, 'node_modules', '.bin', 'pinterest-gtm'), ['plan', 'web-container.json', 'server-container.json'], folder);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('set (a secret: value not shown)');
    expect(r.stdout).not.toContain('pina_DEMO_TOKEN_NOT_REAL');
  });
});
