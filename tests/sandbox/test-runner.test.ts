/** GTM's Tests tab semantics: fresh scope per scenario, mocks, assertion messages. */
import { runTests } from '../../gtm-sandbox/test-runner/run-tests';
import { template } from '../support/template-builder';

const tag = (scenarios: { name: string; code: string }[], setup = '') =>
  template("const getUrl = require('getUrl'); if (getUrl('host') === 'shop.example') data.gtmOnSuccess(); else data.gtmOnFailure();", { type: 'TAG', permissions: { get_url: { urlParts: 'any' } }, scenarios, setup });

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
});
