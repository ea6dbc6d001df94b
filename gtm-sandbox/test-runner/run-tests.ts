/**
 * Runs a template's ___TESTS___ like GTM's Tests tab: each scenario runs `setup` + its code in a fresh
 * scope with fresh mocks and a fresh World; callLater callbacks and promise jobs run after the code;
 * the first failing assertion fails the scenario. The template is validated and compiled once for all
 * scenarios (runtime/session.ts prepareTemplate). https://developers.google.com/tag-platform/tag-manager/templates/tests
 */
import { declaredNames, validateSandboxed } from '../language/validate';
import { createProgram } from '../runtime/program';
import { createSession, prepareTemplate } from '../runtime/session';
import type { ParsedTemplate } from '../tpl/read';
import { createWorld } from '../world/world';
import { AssertionFailure } from './assert-that';
import { createTestApi } from './test-api';

export interface ScenarioResult { readonly template: string; readonly scenario: string; readonly status: 'pass' | 'fail'; readonly message: string }

/** The names a scenario's code sees, in the order its program takes them. */
const GLOBALS = ['require', 'runCode', 'mock', 'mockObject', 'assertThat', 'assertApi', 'fail'] as const;

/** A template whose code GTM would not save (a syntax error, a construct outside the subset): no scenario can run. */
export class TemplateRejectedError extends Error {}

/** Throws TemplateRejectedError, once, when the template's code is refused. */
export async function runTests(template: ParsedTemplate, templateName: string): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  try {
    prepareTemplate(template);
  } catch (error) {
    throw new TemplateRejectedError((error as Error).message);
  }
  for (const scenario of template.tests.scenarios) {
    const message = await runScenario(template, scenario.code);
    results.push({ template: templateName, scenario: scenario.name, status: message === null ? 'pass' : 'fail', message: message ?? '' });
  }
  return results;
}

/**
 * The setup, validated once per template: its diagnostics and the names scenarios may use. Its
 * functions may use names the scenarios declare (a scenario's `mockData`), as they share one scope.
 */
const setups = new WeakMap<ParsedTemplate, { readonly error: string | null; readonly declared: ReadonlySet<string> }>();

function checkSetup(template: ParsedTemplate): { readonly error: string | null; readonly declared: ReadonlySet<string> } {
  let setup = setups.get(template);
  if (!setup) {
    const scenarioNames = template.tests.scenarios.flatMap((s) => [...declaredNames(s.code)]);
    const check = validateSandboxed(template.tests.setup, { file: 'setup', testCode: true, extraGlobals: scenarioNames });
    setup = { error: check.diagnostics.length > 0 ? `test setup: ${check.diagnostics[0].text}` : null, declared: check.declared };
    setups.set(template, setup);
  }
  return setup;
}

/** The failure message, or null when the scenario passes. */
export async function runScenario(template: ParsedTemplate, code: string): Promise<string | null> {
  const setup = checkSetup(template);
  if (setup.error) return setup.error;
  const check = validateSandboxed(code, { file: 'test', testCode: true, extraGlobals: setup.declared });
  if (check.diagnostics.length > 0) return `test code: ${check.diagnostics[0].text}`;
  const source = `${template.tests.setup}\n${code}`;
  // The Tests tab runs in the template editor, a debug environment: logging restricted to debug is
  // permitted there (docs/emulator-fidelity.md, "Tests tab").
  const world = createWorld({ debugMode: true });
  // The Tests tab loads nothing: an unmocked injectScript, sendPixel or injectHiddenIframe checks its
  // permission and is recorded, and its callbacks never run (docs/emulator-fidelity.md).
  world.loadOutcome = () => 'never';
  const session = createSession(template, world);
  const api = createTestApi(session, { server: template.context === 'server' });
  let thrown: unknown;
  try {
    const body = session.realm.compile(createProgram(source, GLOBALS, 'test.js'));
    body(...GLOBALS.map((name) => api.globals[name]));
    await session.scheduler.drain();
  } catch (error) {
    thrown = error;
  }
  // The first failure raised wins, wherever it was thrown or swallowed; then what ended the scenario.
  const failure = api.failures[0] ?? thrown ?? session.run.callbackErrors[0];
  return failure === undefined ? null : describe(failure);
}

function describe(error: unknown): string {
  if (error instanceof AssertionFailure) return error.message;
  const e = error as { name?: string; message?: string };
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
}
