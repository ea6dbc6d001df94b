/**
 * What one runCode leaves for the next within a scenario: a server template gets a new request each
 * time (nothing claimed or returned), and a function the template required keeps the mock that was in
 * force when it was required, also when it is called later (docs/emulator-fidelity.md, "Tests tab").
 */
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { runTests } from '../../gtm-sandbox/test-runner/run-tests';
import { template } from '../support/template-builder';

type Options = { type: 'TAG' | 'MACRO' | 'CLIENT'; context: 'web' | 'server'; permissions?: PermissionMap };

async function outcomes(code: string, scenarios: Record<string, string>, options: Options): Promise<Record<string, string>> {
  const t = template(code, { ...options, scenarios: Object.entries(scenarios).map(([name, c]) => ({ name, code: c })) });
  return Object.fromEntries((await runTests(t, 't')).map((r) => [r.scenario, r.status === 'pass' ? 'pass' : r.message]));
}

describe('each runCode of a server template is a new request', () => {
  const client = `const path = require('getRequestPath')();
    if (path === '/mine') {
      require('claimRequest')();
      require('setResponseStatus')(data.status);
      require('returnResponse')();
    }`;
  const permissions: PermissionMap = { read_request: { requestAccess: 'any' }, access_response: { writeResponseAccess: 'any' }, return_response: {} };

  test('a client run twice claims and answers both requests', async () => {
    expect(await outcomes(client, {
      twice: "mock('getRequestPath', '/mine'); runCode({status: 200}); runCode({status: 204}); assertApi('claimRequest').wasCalled(); assertApi('setResponseStatus').wasCalledWith(204);",
      thrice: "mock('getRequestPath', '/mine'); runCode({status: 200}); runCode({status: 201}); runCode({status: 202}); assertApi('setResponseStatus').wasCalledWith(202);",
    }, { type: 'CLIENT', context: 'server', permissions })).toEqual({ twice: 'pass', thrice: 'pass' });
  });

  test('within one run, a second claim after the response is still refused', async () => {
    const twiceInOneRun = `${client}\nrequire('claimRequest')();`;
    const result = await outcomes(twiceInOneRun, { once: "mock('getRequestPath', '/mine'); runCode({status: 200});" }, { type: 'CLIENT', context: 'server', permissions });
    expect(result.once).toContain('claimRequest: the response has already been returned');
  });
});

describe('a required function keeps the mock in force when it was required', () => {
  const deferred = `const log = require('logToConsole');
    require('callLater')(() => log('later', data.n));
    log('now', data.n);
    data.gtmOnSuccess();`;
  const permissions: PermissionMap = { logging: { environments: 'all' } };

  test("a call deferred from the first runCode reaches the first run's mock, not the next one's", async () => {
    const scenario = `const first = []; const second = [];
      mock('logToConsole', (what, n) => { first.push(what + n); });
      runCode({n: 1});
      mock('logToConsole', (what, n) => { second.push(what + n); });
      runCode({n: 2});
      require('callLater')(() => {
        assertThat(first).isEqualTo(['now1', 'later1']);
        assertThat(second).isEqualTo(['now2', 'later2']);
      });`;
    expect(await outcomes(deferred, { deferred: scenario }, { type: 'TAG', context: 'web', permissions })).toEqual({ deferred: 'pass' });
  });

  test('a value mock is kept the same way, and calls are still recorded for assertApi', async () => {
    const code = `const now = require('getTimestampMillis');
      require('callLater')(() => require('logToConsole')('t', now()));
      data.gtmOnSuccess();`;
    const scenario = `const seen = [];
      mock('getTimestampMillis', 1);
      mock('logToConsole', (what, t) => { seen.push(t); });
      runCode({});
      mock('getTimestampMillis', 2);
      require('callLater')(() => { assertThat(seen).isEqualTo([1]); assertApi('getTimestampMillis').wasCalled(); });`;
    expect(await outcomes(code, { value: scenario }, { type: 'TAG', context: 'web', permissions })).toEqual({ value: 'pass' });
  });
});
