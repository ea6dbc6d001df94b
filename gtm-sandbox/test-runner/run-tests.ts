/**
 * Runs a template's ___TESTS___ like GTM's Tests tab: each scenario runs `setup` + its code in a fresh
 * scope with fresh mocks and a fresh World; callLater callbacks and promise jobs run after the code;
 * the first failing assertion ends the scenario. https://developers.google.com/tag-platform/tag-manager/templates/tests
 */
import { validateSandboxed } from '../language/validate';
import { createSession } from '../runtime/session';
import type { ParsedTemplate } from '../tpl/read';
import { createWorld } from '../world/world';
import { AssertionFailure, assertThat } from './assert-that';
import { deepEqual, show } from './deep-equal';

export interface ScenarioResult { readonly template: string; readonly scenario: string; readonly status: 'pass' | 'fail'; readonly message: string }

export async function runTests(template: ParsedTemplate, templateName: string): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of template.tests.scenarios) {
    const message = await runScenario(template, scenario.code);
    results.push({ template: templateName, scenario: scenario.name, status: message === null ? 'pass' : 'fail', message: message ?? '' });
  }
  return results;
}

/** The failure message, or null when the scenario passes. */
async function runScenario(template: ParsedTemplate, code: string): Promise<string | null> {
  const source = `${template.tests.setup}\n${code}`;
  const check = validateSandboxed(source, { file: 'test', testCode: true });
  if (check.diagnostics.length > 0) return `test code: ${check.diagnostics[0].text}`;
  const session = createSession(template, createWorld());
  const dsl = {
    runCode: (data: unknown) => session.runCode(data),
    mock: (name: unknown, value: unknown) => { session.mocks.set(String(name), { value, object: false }); },
    mockObject: (name: unknown, value: unknown) => { session.mocks.set(String(name), { value, object: true }); },
    assertThat,
    fail: (message: unknown) => { throw new AssertionFailure(message === undefined ? 'fail() was called' : String(message)); },
    assertApi: (name: unknown) => {
      const api = String(name);
      const calls = () => session.calls.filter((c) => c.api === api);
      const argsMatch = (args: unknown[], expected: unknown[]): boolean => deepEqual(args, expected);
      const fail = (what: string): never => { throw new AssertionFailure(`expected ${api} ${what}; calls: ${show(calls().map((c) => c.args))}`); };
      return {
        wasCalled: () => { if (calls().length === 0) fail('to have been called'); },
        wasNotCalled: () => { if (calls().length > 0) fail('not to have been called'); },
        wasCalledWith: (...expected: unknown[]) => { if (!calls().some((c) => argsMatch(c.args, expected))) fail(`to have been called with ${show(expected)}`); },
        wasNotCalledWith: (...expected: unknown[]) => { if (calls().some((c) => argsMatch(c.args, expected))) fail(`not to have been called with ${show(expected)}`); },
      };
    },
  };
  const names = Object.keys(dsl) as (keyof typeof dsl)[];
  try {
    const body = session.realm.compile(source, ['require', ...names], 'test.js');
    body((name: unknown) => session.require(name), ...names.map((n) => dsl[n]));
    await session.scheduler.drain();
  } catch (error) {
    return describe(error);
  }
  const late = session.run.callbackErrors[0];
  return late === undefined ? null : describe(late);
}

function describe(error: unknown): string {
  if (error instanceof AssertionFailure) return error.message;
  const e = error as { name?: string; message?: string };
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
}
