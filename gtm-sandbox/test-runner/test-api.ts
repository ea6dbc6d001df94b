/**
 * The globals of a Tests-tab scenario: runCode, mock, mockObject, assertApi, assertThat, fail
 * (https://developers.google.com/tag-platform/tag-manager/templates/tests), bound to one session.
 *
 * Every failure is recorded where it is raised, before it is thrown: a failing assertion inside
 * `runCode(...).then(...)`, a promise callback or a mock the template calls must fail the scenario
 * even when a promise or the template's own code swallows the throw. A runner that cannot fail a
 * test hides real bugs.
 */
import type { Session } from '../runtime/session';
import { startNewRequest } from '../world/world';
import { AssertionFailure, assertThat, type Raise } from './assert-that';
import { deepEqual, show } from './deep-equal';

export interface TestApi {
  /** The globals, by name, as the scenario's code sees them. */
  readonly globals: Readonly<Record<string, unknown>>;
  /** Failures raised so far, first first. */
  readonly failures: readonly AssertionFailure[];
}

export function createTestApi(session: Session, options: { readonly server: boolean }): TestApi {
  const failures: AssertionFailure[] = [];
  const raise: Raise = (message) => {
    const failure = new AssertionFailure(message);
    failures.push(failure);
    throw failure;
  };
  const assertApi = (name: unknown) => {
    const api = String(name);
    const calls = () => session.calls.filter((c) => c.api === api);
    const expect = (ok: boolean, what: string): void => {
      if (!ok) raise(`expected ${api} ${what}; calls: ${show(calls().map((c) => c.args))}`);
    };
    const calledWith = (expected: unknown[]): boolean => calls().some((c) => deepEqual(c.args, expected));
    return {
      wasCalled: () => expect(calls().length > 0, 'to have been called'),
      wasNotCalled: () => expect(calls().length === 0, 'not to have been called'),
      wasCalledWith: (...expected: unknown[]) => expect(calledWith(expected), `to have been called with ${show(expected)}`),
      wasNotCalledWith: (...expected: unknown[]) => expect(!calledWith(expected), `not to have been called with ${show(expected)}`),
    };
  };
  let runs = 0;
  const globals = {
    runCode: (data: unknown) => {
      // Each runCode of a server template is a new request: nothing claimed, no response built or
      // returned yet (a client test may run the client twice; docs/emulator-fidelity.md).
      if (runs++ > 0 && options.server) startNewRequest(session.world);
      return session.runCode(data);
    },
    mock: (name: unknown, value: unknown) => { session.mocks.set(String(name), { value, object: false }); },
    mockObject: (name: unknown, value: unknown) => { session.mocks.set(String(name), { value, object: true }); },
    assertThat: (subject: unknown, message?: unknown) => assertThat(subject, message, raise),
    assertApi,
    fail: (message: unknown) => raise(message === undefined ? 'fail() was called' : String(message)),
    // A test's own require() answers the real API, not a mock of it (setup code often wraps one).
    require: (name: unknown) => session.requireReal(name),
  };
  return { globals, failures };
}
