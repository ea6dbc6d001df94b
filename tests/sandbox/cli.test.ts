/** gtm-sandbox's command line: test, run and check on the sample template. */
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { main } from '../../gtm-sandbox/cli/main';
import { runOnce } from '../../gtm-sandbox/cli/run';
import { template } from '../support/template-builder';

const SAMPLE = path.resolve(__dirname, '..', 'fixtures', 'sample-variable', 'template.tpl');

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { lines.push(a.join(' ')); });
  const err = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { lines.push(a.join(' ')); });
  try {
    return { code: await main(argv), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('gtm-sandbox CLI', () => {
  test('test --json prints one result per scenario', async () => {
    const { code, out } = await capture(['test', SAMPLE, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { template: SAMPLE, scenario: 'Upper-cases and trims by default', status: 'pass', message: '' },
      { template: SAMPLE, scenario: 'Lower-cases on request', status: 'pass', message: '' },
      { template: SAMPLE, scenario: 'Returns undefined without text', status: 'pass', message: '' },
    ]);
  });

  test('run --json reports the return value and the API calls', async () => {
    const { code, out } = await capture(['run', SAMPLE, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ result: 'success', returnValue: null, error: null });
    expect(report.calls.map((c: { api: string }) => c.api)).toEqual(['getType', 'logToConsole']);
    expect(report.logs).toEqual([['sample: no text']]);
  });

  test('check passes a valid template; usage errors exit 2', async () => {
    expect((await capture(['check', SAMPLE])).code).toBe(0);
    expect((await capture([])).code).toBe(2);
  });
});

describe('gtm-sandbox run for server templates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sandbox-run-'));
  const file = (name: string, value: unknown): string => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, JSON.stringify(value));
    return target;
  };
  const client = template(`if (require('getRequestPath')() !== '/collect') return;
    require('claimRequest')();
    require('runContainer')({event_name: require('getRequestQueryParameter')('en')}, () => {
      require('sendHttpRequest')('https://api.pinterest.com/v5/x', {method: 'POST'}, 'b').then((r) => {
        require('setResponseStatus')(r.statusCode === 200 ? 204 : 502); require('returnResponse')();
      });
    });`, {
    context: 'server', type: 'CLIENT',
    permissions: { read_request: { requestAccess: 'any' }, run_container: {}, return_response: {}, access_response: { writeResponseAccess: 'any' }, send_http: { allowedUrls: 'any' } },
  });

  test('a claimed request reports events, outgoing http and the response', async () => {
    const report = await runOnce(client, { request: file('req.json', { path: '/collect', query: { en: 'lead' } }), respond: file('respond.json', [{ url: 'https://api.pinterest.com/', status: 200 }]) });
    expect(report).toMatchObject({ result: 'success', claimed: true, events: [{ event_name: 'lead' }], response: { status: 204, headers: {}, body: '' } });
    expect(report.http).toEqual([{ url: 'https://api.pinterest.com/v5/x', method: 'POST', headers: {}, body: 'b', timeout: 15000 }]);
  });

  test('a request on another path is left unclaimed', async () => {
    expect(await runOnce(client, { request: file('other.json', { path: '/g/collect' }) })).toMatchObject({ claimed: false, response: null, events: [] });
  });

  test("--request's Cookie header reaches getCookieValues; --cookies adds to it", async () => {
    const reader = template("require('logToConsole')(require('getCookieValues')('_epik'));", { context: 'server', permissions: { get_cookies: { cookieAccess: 'any' }, logging: { environments: 'all' } } });
    const request = file('cookie-req.json', { headers: { Cookie: '_epik=FROM-HEADER' } });
    expect((await runOnce(reader, { request })).logs).toEqual([[['FROM-HEADER']]]);
    expect((await runOnce(reader, { request, cookies: file('cookies.json', { _epik: 'FROM-FLAG' }) })).logs).toEqual([[['FROM-HEADER', 'FROM-FLAG']]]);
  });

  test('a claimed request never answered is a timeout', async () => {
    const silent = template("require('claimRequest')();", { context: 'server', type: 'CLIENT' });
    expect((await runOnce(silent, {})).result).toBe('timeout');
  });
});
