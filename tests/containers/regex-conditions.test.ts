/** Trigger conditions of type "matches RegEx" (gtm-sandbox/container/conditions.ts): RE2, anywhere in the text. */
import { conditionHolds } from '../../gtm-sandbox/container/conditions';
import { condition } from '../sandbox/regex-builders';

const holds = (pattern: string, text: string, options: { ignoreCase?: boolean; negate?: boolean } = {}): boolean =>
  conditionHolds(condition('MATCH_REGEX', pattern, options), (name) => (name === 'Input' ? text : undefined));

test('a pattern matches anywhere in the text unless anchored, in either case with ignore_case', () => {
  expect(holds('check', '/cart/checkout')).toBe(true);
  expect(holds('^check', '/cart/checkout')).toBe(false);
  expect(holds('^/cart/(checkout|thanks)$', '/cart/thanks')).toBe(true);
  expect(holds('CHECKOUT', '/cart/checkout')).toBe(false);
  expect(holds('CHECKOUT', '/cart/checkout', { ignoreCase: true })).toBe(true);
  expect(holds('check', '/cart/checkout', { negate: true })).toBe(false);
});

test('RE2 syntax: inline flags and named groups work; lookaround and backreferences never match', () => {
  expect(holds('(?i)^/CART', '/cart/x')).toBe(true);
  expect(holds('^(?P<step>cart|checkout)/', 'cart/x')).toBe(true);
  expect(holds('^(?!/admin)', '/shop')).toBe(false);
  expect(holds('^(a)\\1$', 'aa')).toBe(false);
  expect(holds('(', '(')).toBe(false);
  expect(holds('^(?!/admin)', '/shop', { negate: true })).toBe(true);
});
