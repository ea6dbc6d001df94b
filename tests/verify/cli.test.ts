/**
 * pinterest-gtm as a command-line tool: help on stdout with exit 0 (--help, -h, help, COMMAND --help),
 * --version, and every wrong command line (unknown or misspelt option, an option without its value, a
 * missing or extra argument, an unknown command) an error on stderr with a hint and exit 2.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { closest, parseArgs, UsageError } from '../../verify/cli-args';
import { main } from '../../verify/cli';
import { jsonLines, tagLog, writeFile } from './builders';
import { captureCli } from '../support/capture-cli';

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const capture = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

test.each([['--help'], ['-h'], ['help']])('%s: the commands on stdout, exit 0', async (flag) => {
  const run = await capture([flag]);
  expect(run).toMatchObject({ code: 0, err: '' });
  expect(run.out).toContain('usage: pinterest-gtm COMMAND [options]');
  for (const command of ['audit', 'plan', 'catalog-check', 'report']) expect(run.out).toMatch(new RegExp(`^  pinterest-gtm ${command} `, 'm'));
});

test.each([['audit'], ['plan'], ['catalog-check'], ['report']])('%s --help, -h and "help %s": its usage and options on stdout, exit 0', async (command) => {
  for (const argv of [[command, '--help'], [command, '-h'], ['help', command], [command, 'x', '--help']]) {
    const run = await capture(argv);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(new RegExp(`^usage: pinterest-gtm ${command} `));
    expect(run.out).toContain('Options:');
    expect(run.out).toContain('  --help');
  }
});

test('--version prints the package version', async () => {
  expect(await capture(['--version'])).toEqual({ code: 0, out: `pinterest-gtm ${VERSION}`, err: '' });
});

test.each([
  [['report', 'logs.jsonl', '--htlm', 'r.html'], 'pinterest-gtm report: unknown option --htlm: did you mean --html?'],
  [['report', 'logs.jsonl', '--html'], 'pinterest-gtm report: --html needs a value: --html FILE'],
  [['report', 'logs.jsonl', '--html', '--tag-events', 't.json'], 'pinterest-gtm report: --html needs a value: --html FILE'],
  [['report', 'logs.jsonl', '--html='], 'pinterest-gtm report: --html needs a value: --html FILE'],
  [['report', 'logs.jsonl', '--html', 'a.html', '--html', 'b.html'], 'pinterest-gtm report: --html is given twice'],
  [['report'], 'pinterest-gtm report: give the log file'],
  [['report', 'a.jsonl', 'b.jsonl'], 'pinterest-gtm report: unexpected argument "b.jsonl"'],
  [['report', 'a.jsonl', '-x'], 'pinterest-gtm report: unknown option -x: options are written --name'],
  [['catalog-check', '--feed', 'f.csv'], 'pinterest-gtm catalog-check: --events EVENTS is required'],
  [['catalog-check', '--feed', 'f.csv', '--events', 'e.jsonl', '--evnets', 'x'], 'pinterest-gtm catalog-check: unknown option --evnets: did you mean --events?'],
  [['plan'], 'pinterest-gtm plan: give the web container export'],
  [['plan', 'a.json', '--out'], 'pinterest-gtm plan: --out needs a value: --out FILE'],
  [['plan', 'a.json', '--json'], 'pinterest-gtm plan: unknown option --json (see --help for the options)'],
  [['audit', 'https://a.example', '--jsn'], 'pinterest-gtm audit: unknown option --jsn: did you mean --json?'],
  [['audit', 'https://a.example', '--html'], 'pinterest-gtm audit: --html needs a value: --html FILE'],
  [['audit', 'https://a.example', '--json=yes'], 'pinterest-gtm audit: --json takes no value'],
  [['reprot', 'x'], 'pinterest-gtm: no command "reprot": did you mean report?'],
  [['--verbose'], 'pinterest-gtm: no command "--verbose"'],
  [[], 'pinterest-gtm: give a command'],
  [['help', 'nope'], 'pinterest-gtm: no command "nope"'],
])('%j: exit 2, the error and a hint on stderr, nothing on stdout', async (argv, message) => {
  const run = await capture(argv);
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err.startsWith(message)).toBe(true);
  expect(run.err).toMatch(/Run "pinterest-gtm( [a-z-]+)? --help" for (its options|the commands)\.$/);
});

test('an option is read the same written --name value or --name=value; -- ends the options', async () => {
  const specs = [{ name: 'html', value: 'FILE', help: '' }, { name: 'json', help: '' }];
  expect(parseArgs(['a', '--html=r.html', '--json'], specs)).toEqual({ positional: ['a'], options: new Map([['html', ['r.html']], ['json', []]]), help: false });
  expect(parseArgs(['--html', 'r.html', '--', '--json'], specs).positional).toEqual(['--json']);
  expect(() => parseArgs(['--html', '--json'], specs)).toThrow(UsageError);
  expect(closest('htlm', ['html', 'tag-events'])).toBe('html');
  expect(closest('zzzz', ['html', 'tag-events'])).toBeUndefined();
});

test('a report run writes its HTML where --html=FILE says', async () => {
  const html = writeFile('report.html', '');
  const run = await capture(['report', writeFile('logs.jsonl', jsonLines(tagLog({ event_name: 'lead', event_id: 'L-1' }, [200]))), `--html=${html}`]);
  expect(run.code).toBe(0);
  expect(fs.readFileSync(html, 'utf8')).toContain('Monthly review');
});

/** The installed command, as a shell runs it: help and version reach stdout with exit 0. */
const bin = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
  execFile(process.execPath, [path.join(ROOT, 'bin', 'pinterest-gtm.js'), ...args], { timeout: 100_000 }, (error, stdout, stderr) => {
    resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
  });
});

test('bin/pinterest-gtm.js --help and --version: stdout, exit 0; a value-less option: stderr, exit 2', async () => {
  expect(await bin(['--version'])).toEqual({ code: 0, stdout: `pinterest-gtm ${VERSION}\n`, stderr: '' });
  const help = await bin(['report', '--help']);
  expect(help).toMatchObject({ code: 0, stderr: '' });
  expect(help.stdout).toMatch(/^usage: pinterest-gtm report LOGS/);
  const wrong = await bin(['report', 'x', '--html']);
  expect(wrong).toMatchObject({ code: 2, stdout: '' });
  expect(wrong.stderr).toMatch(/^pinterest-gtm report: --html needs a value/);
}, 120_000);
