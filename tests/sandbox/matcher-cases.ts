/**
 * assertThat's matchers, case by case: the subject, the expected values, and whether the assertion
 * holds. Run on the real matchers (matchers.test.ts) and on mutants of them (matchers-mutation.test.ts).
 * https://developers.google.com/tag-platform/tag-manager/templates/tests
 */
export type MatcherCase = readonly [label: string, matcher: string, subject: unknown, expected: readonly unknown[], holds: boolean];

export const MATCHER_CASES: readonly MatcherCase[] = [
  ['equal objects', 'isEqualTo', { a: 1, b: [2] }, [{ a: 1, b: [2] }], true],
  ['a subject lacking a key of the expected object', 'isEqualTo', { a: 1 }, [{ a: 1, b: 2 }], false],
  ['a subject with a key the expected object lacks', 'isEqualTo', { a: 1, b: 2 }, [{ a: 1 }], false],
  ['a nested object lacking a key', 'isEqualTo', { o: { a: 1 } }, [{ o: { a: 1, b: 2 } }], false],
  ['an array in another order', 'isEqualTo', [1, 2], [[2, 1]], false],
  ['an array against an object with its indexes', 'isEqualTo', [1], [{ 0: 1 }], false],
  ['a number against its text', 'isEqualTo', 1, ['1'], false],
  ['NaN against NaN', 'isEqualTo', NaN, [NaN], true],
  ['different objects, deeply equal', 'isNotEqualTo', { a: 1 }, [{ a: 1 }], false],
  ['a subject lacking a key is not equal', 'isNotEqualTo', { a: 1 }, [{ a: 1, b: 2 }], true],
  ['the same elements in another order', 'containsExactly', [1, { a: 2 }], [{ a: 2 }, 1], true],
  ['an extra element', 'containsExactly', [1, 2, 3], [1, 2], false],
  ['a missing element', 'containsExactly', [1, 2], [1, 2, 3], false],
  ['an element twice instead of two elements', 'containsExactly', [1, 1], [1, 2], false],
  ['two elements instead of one twice', 'containsExactly', [1, 2], [1, 1], false],
  ['a subject that is not an array', 'containsExactly', 'ab', ['a', 'b'], false],
  ['an extra element is not exactly', 'doesNotContainExactly', [1, 2, 3], [1, 2], true],
  ['the same elements are exactly', 'doesNotContainExactly', [2, 1], [1, 2], false],
  ['every expected element, in any order', 'contains', [1, 2, 3], [3, 1], true],
  ['one expected element missing', 'contains', [1], [1, 2], false],
  ['a substring', 'contains', 'abc', ['b'], true],
  ['one of them present', 'doesNotContain', [1, 2], [3, 2], false],
  ['the same object', 'isStrictlyEqualTo', 'a', ['a'], true],
  ['a deeply equal copy', 'isStrictlyEqualTo', { a: 1 }, [{ a: 1 }], false],
  ['one of the values', 'isAnyOf', 2, [1, 2], true],
  ['none of the values', 'isAnyOf', 3, [1, 2], false],
  ['one of the values is not none of them', 'isNoneOf', 2, [1, 2], false],
  ['the length of an array', 'hasLength', [1, 2], [2], true],
  ['another length', 'hasLength', [1, 2], [3], false],
  ['an empty array', 'isEmpty', [], [], true],
  ['an object is not an empty array', 'isEmpty', {}, [], false],
  ['zero is falsy', 'isTruthy', 0, [], false],
  ['greater', 'isGreaterThan', 2, [1], true],
  ['equal is not greater', 'isGreaterThan', 1, [1], false],
];
