/**
 * gtm-sandbox's command line on bad or unusual input: unknown options, --help, JSON files that do not
 * parse, --datalayer as pushes, one unreadable template among many, lenient ___TESTS___, and
 * credentials kept out of run's output.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeTemplate } from '../../build/tpl-writer';
import { main } from '../../gtm-sandbox/cli/main';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { template } from '../support/template-builder';
import { captureCli } from '../support/capture-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sandbox-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
const tpl = (name: string, code: string, options: Parameters<typeof template>[1] = {}): string => {
  const t = template(code, options);
  return write(name, writeTemplate({ ...t, permissions: t.permissions as unknown[] }));
};

const capture = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

const ECHO = tpl('echo.tpl', "return [data.n, require('copyFromDataLayer')('event'), require('copyFromDataLayer')('gtm.uniqueEventId'), require('copyFromDataLayer')('ecommerce')];", {
  permissions: { read_data_layer: { allowedKeys: 'any' } },
});

describe('options', () => {
  test('an unknown option is an error with the usage line, not a silent run', async () => {
    const data = write('data.json', '{"n": 1}');
    const { code, out, err } = await capture(['run', ECHO, '--dtaa', data]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('gtm-sandbox: unknown option --dtaa for run');
    expect(err).toContain('usage: gtm-sandbox');
  });

  test('an option that needs a value and has none is an error', async () => {
    expect(await capture(['run', ECHO, '--data'])).toMatchObject({ code: 2, err: expect.stringContaining('--data needs a value') });
    expect(await capture(['test', ECHO, '--json=yes'])).toMatchObject({ code: 2, err: expect.stringContaining('--json takes no value') });
    expect(await capture(['serve', 'c.json', '--prot', '1'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --prot for serve') });
  });

  test('--help prints the usage on stdout and exits 0, for any command', async () => {
    for (const [argv, shown] of [[['--help'], '--datalayer'], [['run', '--help'], '--datalayer'], [['test', ECHO, '-h'], 'gtm-sandbox test']] as const) {
      const { code, out, err } = await capture([...argv]);
      expect([code, err]).toEqual([0, '']);
      expect(out).toContain('usage: gtm-sandbox');
      expect(out).toContain(shown);
    }
  });
});

describe('JSON files', () => {
  test.each([
    ['a missing value', '{\n  "n": 1,\n  "m": \n}', '4:1'],
    ['a trailing comma', '{\n  "items": [1, 2,]\n}', '2:18'],
    ['an unterminated array', '[1, 2', '1:6'],
    ['an empty file', '', '1:1'],
  ])('%s is reported with its path, line and column', async (_what, text, where) => {
    const file = write('bad.json', text);
    const { code, err } = await capture(['run', ECHO, '--data', file]);
    expect(code).toBe(2);
    // One line: the reason (never a quote of the file), and no usage (the command line was right).
    expect(err).toMatch(new RegExp(`^gtm-sandbox: ${file}:${where}: not valid JSON: [^\\n"]+$`));
  });

  test('a file that does not exist is named', async () => {
    expect(await capture(['run', ECHO, '--event', path.join(dir, 'nope.json')])).toMatchObject({ code: 2, err: expect.stringContaining('nope.json: cannot be read (ENOENT)') });
  });
});

describe('--datalayer', () => {
  test('an array is what the page pushed: applied in order, each message numbered', async () => {
    const pushes = write('pushes.json', JSON.stringify([{ ecommerce: { currency: 'EUR' } }, ['consent', 'default', {}], { event: 'purchase', ecommerce: { value: 5 } }]));
    const { code, out } = await capture(['run', ECHO, '--datalayer', pushes, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).returnValue).toEqual([null, 'purchase', 2, { currency: 'EUR', value: 5 }]);
  });

  test('an object is the data model as it is', async () => {
    const model = write('model.json', JSON.stringify({ event: 'lead', 'gtm.uniqueEventId': 9 }));
    expect(JSON.parse((await capture(['run', ECHO, '--datalayer', model, '--json'])).out).returnValue).toEqual([null, 'lead', 9, null]);
  });
});

describe('reading many templates', () => {
  test('one unreadable template is an error entry and the others still run', async () => {
    const good = tpl('good.tpl', 'return 1;', { scenarios: [{ name: 'one', code: 'assertThat(runCode({})).isEqualTo(1);' }] });
    const bad = write('bad.tpl', '___INFO___\n\n{ not json');
    const { code, out } = await capture(['test', bad, path.join(dir, 'missing.tpl'), good, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([
      { template: bad, status: 'error', message: expect.stringContaining('___INFO___ is not valid JSON') },
      { template: path.join(dir, 'missing.tpl'), status: 'error', message: expect.stringContaining('cannot be read') },
      { template: good, scenario: 'one', status: 'pass', message: '' },
    ]);
  });

  test('___TESTS___ continuing a quoted value at column 0 loads leniently; check warns', async () => {
    const strict = fs.readFileSync(tpl('strict.tpl', 'return data.n * 2;'), 'utf8');
    const tests = 'scenarios:\n- name: doubles\n  code: "const v = runCode({n: 2});\\n\\\nassertThat(v).isEqualTo(4);"\n- name: quoted\n  code: \'assertThat(runCode({n: 1}))\n.isEqualTo(2);\'\n';
    const file = write('lenient.tpl', strict.replace(/___TESTS___\n\n[\s\S]*?\n\n\n/, `___TESTS___\n\n${tests}\n\n`));
    expect(parseTemplate(fs.readFileSync(file, 'utf8')).tests.scenarios.map((s) => s.code)).toEqual([
      'const v = runCode({n: 2});\nassertThat(v).isEqualTo(4);', 'assertThat(runCode({n: 1})) .isEqualTo(2);',
    ]);
    expect((await capture(['test', file])).code).toBe(0);
    const check = await capture(['check', file]);
    expect(check.err).toContain('[gtm/strict-yaml]');
  });
});

test('run output masks Authorization values wherever they appear; the run itself sends them', async () => {
  const allow: PermissionMap = { send_http: { allowedUrls: 'any' }, logging: { environments: 'all' } };
  const code = `const auth = 'Bearer ' + data.token;
    require('logToConsole')('sending with ' + auth);
    require('sendHttpRequest')('https://api.example/x', {method: 'POST', headers: {Authorization: auth, 'x-other': 'visible'}}, '{}').then(() => data.gtmOnSuccess());`;
  const file = tpl('auth.tpl', code, { type: 'TAG', context: 'server', permissions: allow });
  const data = write('token.json', JSON.stringify({ token: 'pina_SECRET123' }));
  const respond = write('respond.json', JSON.stringify([{ url: 'https://api.example/', status: 200 }]));
  for (const json of [true, false]) {
    const { code: exit, out } = await capture(['run', file, '--data', data, '--respond', respond, ...(json ? ['--json'] : [])]);
    expect(exit).toBe(0);
    expect(out).not.toContain('pina_SECRET123');
    if (json) {
      const report = JSON.parse(out);
      expect(report.http[0].headers).toEqual({ Authorization: 'Bearer ***', 'x-other': 'visible' });
      expect(report.logs).toEqual([['sending with Bearer ***']]);
    }
  }
});
