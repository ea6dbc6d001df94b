/**
 * assertThat(subject, message?): the Truth-style matchers of GTM's test API
 * (https://developers.google.com/tag-platform/tag-manager/templates/tests). A failing matcher raises
 * an AssertionFailure through `raise`: the runner records it before it is thrown, so the scenario
 * fails even where a promise would swallow the throw (test-runner/test-api.ts).
 */
import { deepEqual, show } from './deep-equal';

export class AssertionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionFailure';
  }
}

type Matcher = (...expected: unknown[]) => void;
/** Ends the scenario with this message (never returns). */
export type Raise = (message: string) => never;

const throwFailure: Raise = (message) => { throw new AssertionFailure(message); };

export function assertThat(subject: unknown, message?: unknown, raise: Raise = throwFailure): Record<string, Matcher> {
  const expect = (ok: boolean, what: string): void => {
    if (!ok) raise(`${message ? `${String(message)}: ` : ''}expected ${show(subject)} ${what}`);
  };
  const isArrayOrString = (): unknown[] | string => (Array.isArray(subject) || typeof subject === 'string' ? subject : []);
  const includes = (x: unknown): boolean => (typeof subject === 'string' ? subject.indexOf(String(x)) !== -1 : Array.isArray(subject) && subject.some((v) => deepEqual(v, x)));
  const n = subject as number;
  return {
    isUndefined: () => expect(subject === undefined, 'to be undefined'),
    isDefined: () => expect(subject !== undefined, 'to be defined'),
    isNull: () => expect(subject === null, 'to be null'),
    isNotNull: () => expect(subject !== null, 'not to be null'),
    isTrue: () => expect(subject === true, 'to be true'),
    isFalse: () => expect(subject === false, 'to be false'),
    isTruthy: () => expect(!!subject, 'to be truthy'),
    isFalsy: () => expect(!subject, 'to be falsy'),
    isNaN: () => expect(typeof subject === 'number' && Number.isNaN(subject), 'to be NaN'),
    isNotNaN: () => expect(!(typeof subject === 'number' && Number.isNaN(subject)), 'not to be NaN'),
    isInfinity: () => expect(subject === Infinity || subject === -Infinity, 'to be infinity'),
    isNotInfinity: () => expect(subject !== Infinity && subject !== -Infinity, 'not to be infinity'),
    isEqualTo: (x) => expect(deepEqual(subject, x), `to equal ${show(x)}`),
    isNotEqualTo: (x) => expect(!deepEqual(subject, x), `not to equal ${show(x)}`),
    isStrictlyEqualTo: (x) => expect(subject === x, `to be strictly equal to ${show(x)}`),
    isNotStrictlyEqualTo: (x) => expect(subject !== x, `not to be strictly equal to ${show(x)}`),
    isAnyOf: (...xs) => expect(xs.some((x) => deepEqual(subject, x)), `to be any of ${show(xs)}`),
    isNoneOf: (...xs) => expect(!xs.some((x) => deepEqual(subject, x)), `to be none of ${show(xs)}`),
    isGreaterThan: (x) => expect(n > (x as number), `to be greater than ${show(x)}`),
    isGreaterThanOrEqualTo: (x) => expect(n >= (x as number), `to be greater than or equal to ${show(x)}`),
    isLessThan: (x) => expect(n < (x as number), `to be less than ${show(x)}`),
    isLessThanOrEqualTo: (x) => expect(n <= (x as number), `to be less than or equal to ${show(x)}`),
    contains: (...xs) => expect(xs.every(includes), `to contain ${show(xs)}`),
    doesNotContain: (...xs) => expect(!xs.some(includes), `not to contain ${show(xs)}`),
    containsExactly: (...xs) => expect(sameElements(subject, xs), `to contain exactly ${show(xs)}`),
    doesNotContainExactly: (...xs) => expect(!sameElements(subject, xs), `not to contain exactly ${show(xs)}`),
    hasLength: (x) => expect(isArrayOrString().length === x, `to have length ${show(x)}`),
    isEmpty: () => expect(isArrayOrString().length === 0 && (Array.isArray(subject) || typeof subject === 'string'), 'to be empty'),
    isNotEmpty: () => expect(isArrayOrString().length > 0, 'not to be empty'),
    isArray: () => expect(Array.isArray(subject), 'to be an array'),
    isBoolean: () => expect(typeof subject === 'boolean', 'to be a boolean'),
    isFunction: () => expect(typeof subject === 'function', 'to be a function'),
    isNumber: () => expect(typeof subject === 'number', 'to be a number'),
    isObject: () => expect(typeof subject === 'object' && subject !== null && !Array.isArray(subject), 'to be an object'),
    isString: () => expect(typeof subject === 'string', 'to be a string'),
  };
}

/**
 * containsExactly: the subject holds the expected elements and no others, each as many times, in any
 * order (Truth's containsExactly, which GTM's matchers follow).
 */
function sameElements(subject: unknown, expected: readonly unknown[]): boolean {
  if (!Array.isArray(subject) || subject.length !== expected.length) return false;
  const used: boolean[] = subject.map(() => false);
  return expected.every((x) => {
    const at = subject.findIndex((v, i) => !used[i] && deepEqual(v, x));
    if (at === -1) return false;
    used[at] = true;
    return true;
  });
}
