/**
 * gtm-sandbox's command line for people: help asked for goes to stdout with exit 0, --version prints
 * the version, and a mistyped command or option is an error (exit 2) with a hint at what was meant.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../gtm-sandbox/cli/main';
import { captureCli } from '../support/capture-cli';

const capture = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

test.each([[['help']], [['--help']], [['-h']]])('%j prints every command on stdout and exits 0', async (argv) => {
  const { code, out, err } = await capture(argv);
  expect([code, err]).toEqual([0, '']);
  for (const command of ['test', 'run', 'check', 'serve', '--version']) expect(out).toContain(`gtm-sandbox ${command}`);
});

test.each([[['help', 'serve']], [['serve', '--help']], [['serve', 'c.json', '-h']]])("%j prints serve's usage", async (argv) => {
  const { code, out } = await capture(argv);
  expect(code).toBe(0);
  expect(out).toMatch(/^usage: gtm-sandbox serve <server-container\.json> \[--port P\]/);
  expect(out).not.toContain('gtm-sandbox run');
});

test('--version prints the version of the gtm-sandbox package', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'packages', 'gtm-sandbox', 'package.json'), 'utf8'));
  expect(manifest.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  expect(await capture(['--version'])).toEqual({ code: 0, out: manifest.version, err: '' });
});

test('no arguments at all: the usage on stderr, exit 2', async () => {
  expect(await capture([])).toMatchObject({ code: 2, out: '', err: expect.stringContaining('usage: gtm-sandbox') });
});

test.each([
  [['tset', 'a.tpl'], 'unknown command "tset" (did you mean test?)'],
  [['run', 'a.tpl', '--dtaa', 'd.json'], 'unknown option --dtaa for run (did you mean --data?)'],
  [['serve', 'c.json', '--prot', '1'], 'unknown option --prot for serve (did you mean --port?)'],
  [['run', 'a.tpl', '--zzzzzz'], 'unknown option --zzzzzz for run\n'],
  [['serve', 'c.json', '--port'], '--port needs a value'],
  [['serve', 'c.json', '--port', '--route', 'x=y'], '--port needs a value'],
  [['serve', 'c.json', '--port', '1', '--port', '2'], '--port is given twice'],
  [['serve', 'c.json', '--port', '80a'], '--port must be a whole number from 0 to 65535'],
  [['serve', 'c.json', '--max-body-bytes', '-1'], '--max-body-bytes must be a whole number'],
  [['serve'], 'serve needs a server container export'],
])('%j is an error with a hint, exit 2', async (argv, message) => {
  const { code, out, err } = await capture(argv);
  expect([code, out]).toEqual([2, '']);
  expect(err).toContain(`gtm-sandbox: ${message}`);
  expect(err).toContain('usage: gtm-sandbox');
});
