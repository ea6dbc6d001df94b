/**
 * The CLIs run as built JavaScript (bin/cli-build.js): the bundle is made on first use, reused while
 * its inputs are unchanged, and made again when one changes, so a fresh clone after `npm ci` and an
 * edited source both run current code without compiling TypeScript on every command.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../../bin/cli-build.js') as { ensureBuilt(name: string, root?: string): string };

const ROOT = path.resolve(__dirname, '..', '..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-build-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string): void => { fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true }); fs.writeFileSync(path.join(root, file), text); };
const answer = (bundle: string): string => spawnSync(process.execPath, ['-e', `require(${JSON.stringify(bundle)}).main([]).then((x) => console.log(x))`], { encoding: 'utf8' }).stdout.trim();

test('built on first use, reused while nothing changed, rebuilt when an imported module changes', () => {
  write('gtm-sandbox/index.ts', "import { word } from './word';\nexport async function main(): Promise<string> { return word; }\n");
  write('gtm-sandbox/word.ts', "export const word: string = 'first';\n");
  const bundle = ensureBuilt('gtm-sandbox', root);
  expect(bundle).toBe(path.join(root, 'dist', 'bin', 'gtm-sandbox.js'));
  expect(answer(bundle)).toBe('first');

  fs.appendFileSync(bundle, '\n// reused\n');
  ensureBuilt('gtm-sandbox', root);
  expect(fs.readFileSync(bundle, 'utf8')).toContain('// reused');

  write('gtm-sandbox/word.ts', "export const word: string = 'second, longer';\n");
  ensureBuilt('gtm-sandbox', root);
  expect(fs.readFileSync(bundle, 'utf8')).not.toContain('// reused');
  expect(answer(bundle)).toBe('second, longer');
});

test("the repository's bin runs the built CLI", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'gtm-sandbox.js'), '--version'], { encoding: 'utf8' });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', 'gtm-sandbox', 'package.json'), 'utf8'));
  expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  expect(fs.existsSync(path.join(ROOT, 'dist', 'bin', 'gtm-sandbox.js'))).toBe(true);
});
