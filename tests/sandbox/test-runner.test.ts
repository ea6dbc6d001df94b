/** GTM's Tests tab semantics: fresh scope per scenario, mocks, assertion messages, failures anywhere. */
import { runTests, TemplateRejectedError } from '../../gtm-sandbox/test-runner/run-tests';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { template } from '../support/template-builder';

const tag = (scenarios: { name: string; code: string }[], setup = '') =>
  template("const getUrl = require('getUrl'); if (getUrl('host') === 'shop.example') data.gtmOnSuccess(); else data.gtmOnFailure();", { type: 'TAG', permissions: { get_url: { urlParts: 'any' } }, scenarios, setup });

const outcomes = async (code: string, scenarios: Record<string, string>, options: { context?: 'web' | 'server'; permissions?: PermissionMap; setup?: string } = {}) => {
  const t = template(code, { type: 'MACRO', context: options.context ?? 'server', permissions: options.permissions, setup: options.setup, scenarios: Object.entries(scenarios).map(([name, c]) => ({ name, code: c })) });
  return Object.fromEntries((await runTests(t, 't')).map((r) => [r.scenario, r.status === 'pass' ? 'pass' : r.message]));
};

describe('test runner', () => {
  test('passing and failing scenarios, with the expectation and the actual value', async () => {
    const results = await runTests(tag([
      { name: 'succeeds', code: "runCode({}); assertApi('gtmOnSuccess').wasCalled();" },
      { name: 'wrong expectation', code: "runCode({}); assertApi('gtmOnFailure').wasCalled();" },
      { name: 'assertThat', code: "assertThat(runCode({})).isEqualTo('x');" },
    ]), 't');
    expect(results.map((r) => [r.scenario, r.status, r.message])).toEqual([
      ['succeeds', 'pass', ''],
      ['wrong expectation', 'fail', 'expected gtmOnFailure to have been called; calls: []'],
      ['assertThat', 'fail', 'expected undefined to equal "x"'],
    ]);
  });

  test('failure messages show NaN and the infinities as they are', async () => {
    expect(await outcomes("return require('makeNumber')(data.v);", {
      nan: "assertThat(runCode({v: 'x'})).isEqualTo(1);",
      inObject: "assertThat({n: runCode({v: 'x'})}).isEqualTo({n: 1});",
    }, { context: 'web' })).toEqual({ nan: 'expected NaN to equal 1', inObject: 'expected {"n":"[NaN]"} to equal {"n":1}' });
  });

  test('mocks replace APIs per scenario and skip permission checks', async () => {
    const results = await runTests(tag([
      { name: 'mocked', code: "mock('getUrl', () => 'other.example'); runCode({}); assertApi('gtmOnFailure').wasCalled(); assertApi('getUrl').wasCalledWith('host');" },
      { name: 'fresh', code: "runCode({}); assertApi('gtmOnSuccess').wasCalled();" },
    ]), 't');
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
  });

  test('setup runs before every scenario in a fresh scope; callLater assertions run after the code', async () => {
    const results = await runTests(tag([
      { name: 'a', code: "counter.n++; assertThat(counter.n).isEqualTo(1);" },
      { name: 'b', code: "counter.n++; assertThat(counter.n).isEqualTo(1); require('callLater')(() => fail('late failure'));" },
    ], 'const counter = {n: 0};'), 't');
    expect(results.map((r) => [r.status, r.message])).toEqual([['pass', ''], ['fail', 'late failure']]);
  });

  test("setup functions may use names each scenario declares (they share one scope); an undeclared one still fails", async () => {
    const t = template('return data.n + 1;', {
      setup: 'const check = (expected) => assertThat(runCode(mockData)).isEqualTo(expected);',
      scenarios: [{ name: 'declares mockData', code: 'const mockData = {n: 1}; check(2);' }, { name: 'does not', code: 'check(2);' }],
    });
    expect((await runTests(t, 't')).map((r) => r.message)).toEqual(['', 'ReferenceError: mockData is not defined']);
    const broken = template('return 1;', { setup: 'const x = neverDeclared;', scenarios: [{ name: 's', code: 'runCode({});' }] });
    expect((await runTests(broken, 't'))[0].message).toBe('test setup: `neverDeclared` is not defined in the sandbox');
  });

  test('a template the sandbox rejects is one error with the reason, not a failure per scenario', async () => {
    const rejected = template('return new Foo();', { scenarios: [{ name: 's', code: 'runCode({});' }, { name: 't', code: 'runCode({});' }] });
    await expect(runTests(rejected, 't')).rejects.toThrow(/gtm\/no-new/);
    await expect(runTests(rejected, 't')).rejects.toBeInstanceOf(TemplateRejectedError);
  });
});

test('an unmocked injectScript checks its permission and is recorded, and loads nothing: its callbacks never run', async () => {
  const code = "require('injectScript')(data.url, data.gtmOnSuccess, data.gtmOnFailure, 'lib');";
  expect(await outcomes(code, {
    recorded: "runCode({url: 'https://cdn.example/lib.js'}); assertApi('injectScript').wasCalled(); assertApi('gtmOnSuccess').wasNotCalled();",
    stillPendingLater: "runCode({url: 'https://cdn.example/lib.js'}); require('callLater')(() => { assertApi('gtmOnSuccess').wasNotCalled(); assertApi('gtmOnFailure').wasNotCalled(); });",
    refused: "runCode({url: 'https://evil.example/lib.js'});",
    mocked: "mock('injectScript', (url, onSuccess) => onSuccess()); runCode({url: 'https://evil.example/lib.js'}); assertApi('gtmOnSuccess').wasCalled();",
  }, { context: 'web', permissions: { inject_script: { urls: ['https://cdn.example/*'] } } })).toEqual({
    recorded: 'pass', stillPendingLater: 'pass', mocked: 'pass',
    refused: "PermissionError: injectScript: the template's inject_script permission does not allow loading https://evil.example/lib.js",
  });
});

describe('a failure fails the scenario wherever it is raised', () => {
  const VARIABLE = "return require('Promise').create((resolve) => resolve(data.n * 2));";
  test('inside runCode(...).then(...) (server variables answer promises)', async () => {
    expect(await outcomes(VARIABLE, {
      right: 'runCode({n: 2}).then((v) => assertThat(v).isEqualTo(4));',
      wrong: 'runCode({n: 2}).then((v) => assertThat(v).isEqualTo(5));',
      fail: "runCode({}).then(() => fail('x'));",
      nested: "runCode({n: 1}).then((v) => require('Promise').create((r) => r(v))).then((v) => assertThat(v).isEqualTo(3));",
      caught: "runCode({n: 1}).then(() => fail('in then')).catch(() => 0);",
    })).toEqual({ right: 'pass', wrong: 'expected 4 to equal 5', fail: 'x', nested: 'expected 2 to equal 3', caught: 'in then' });
  });

  test('inside a promise the template chains, a mock the template calls, and callLater', async () => {
    const code = `const send = require('sendHttpRequest');
      return send('https://api.example/x', {method: 'POST'}, 'body').then((r) => r.statusCode);`;
    const allow: PermissionMap = { send_http: { allowedUrls: 'any' } };
    expect(await outcomes(code, {
      inMock: "mock('sendHttpRequest', (url) => { assertThat(url).isEqualTo('https://other.example/'); return require('Promise').create((r) => r({statusCode: 200})); }); runCode({});",
      inExecutor: "mock('sendHttpRequest', () => require('Promise').create(() => fail('in executor'))); runCode({});",
      inCallLater: "runCode({}); require('callLater')(() => assertApi('sendHttpRequest').wasNotCalled());",
      passes: "mock('sendHttpRequest', () => require('Promise').create((r) => r({statusCode: 201}))); runCode({}).then((s) => assertThat(s).isEqualTo(201));",
    }, { permissions: allow })).toEqual({
      inMock: 'expected "https://api.example/x" to equal "https://other.example/"',
      inExecutor: 'in executor',
      inCallLater: 'expected sendHttpRequest not to have been called; calls: [["https://api.example/x",{"method":"POST"},"body"]]',
      passes: 'pass',
    });
  });
});

describe("a scenario's own code", () => {
  test("require() answers the real API, so a mock can wrap it without recursing", async () => {
    const code = "require('logToConsole')('from the template'); return 'done';";
    expect(await outcomes(code, {
      wraps: "const seen = []; const log = require('logToConsole'); mock('logToConsole', (m) => { seen.push(m); log(m); }); runCode({}); assertThat(seen).isEqualTo(['from the template']);",
      // The test's own calls are not the template's: assertApi counts only the template's.
      notRecorded: "require('logToConsole')('from the test'); mock('logToConsole', () => 0); runCode({}); assertApi('logToConsole').wasCalledWith('from the template'); assertApi('logToConsole').wasNotCalledWith('from the test');",
    }, { context: 'web', permissions: { logging: { environments: 'all' } } })).toEqual({ wraps: 'pass', notRecorded: 'pass' });
  });

  test('sees GTM\'s arguments: an array, and an arrow\'s own', async () => {
    const code = "return require('makeString')(data.n);";
    expect(await outcomes(code, {
      arrowMock: "mock('makeString', () => 'seen ' + arguments[0]); assertThat(runCode({n: 7})).isEqualTo('seen 7');",
      comparesAsArray: 'const f = function () { assertThat(arguments).isEqualTo([1, 2]); return arguments.slice(1); }; assertThat(f(1, 2)).isEqualTo([2]);',
    }, { context: 'web' })).toEqual({ arrowMock: 'pass', comparesAsArray: 'pass' });
  });
});
