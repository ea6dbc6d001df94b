/** assertThat's matchers on the cases of matcher-cases.ts; a failing one names the matcher and both values. */
import { assertThat } from '../../gtm-sandbox/test-runner/assert-that';
import { MATCHER_CASES } from './matcher-cases';

const holds = (matcher: string, subject: unknown, expected: readonly unknown[]): boolean => {
  try {
    assertThat(subject)[matcher](...expected);
    return true;
  } catch {
    return false;
  }
};

test.each(MATCHER_CASES.map((c) => [`${c[1]}: ${c[0]}`, c] as const))('%s', (_label, [, matcher, subject, expected, expectedHolds]) => {
  expect(holds(matcher, subject, expected)).toBe(expectedHolds);
});

test('a failure message shows the matcher, the subject and the expected values', () => {
  expect(() => assertThat([1, 2, 3], 'items').containsExactly(1, 2)).toThrow('items: expected [1,2,3] to contain exactly [1,2]');
});
