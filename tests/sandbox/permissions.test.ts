/** Permission checks: every permission type allowed and refused, URL and key patterns, messages. */
import { PermissionChecker } from '../../gtm-sandbox/permissions/checker';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { keyMatches, urlMatches } from '../../gtm-sandbox/permissions/patterns';
import { KEY_CASES, PERMISSION_CASES, PRESENCE_PERMISSIONS, URL_CASES } from './permission-cases';

const checker = (declared: PermissionMap, debug = false) => new PermissionChecker(declared, { debugMode: () => debug });

describe('URL match patterns', () => {
  test.each(URL_CASES)('%s ~ %s → %s', (pattern, url, expected) => {
    expect(urlMatches(pattern, url)).toBe(expected);
  });
});

describe('key patterns', () => {
  test.each(KEY_CASES)('%s ~ %s → %s', (pattern, key, expected) => {
    expect(keyMatches(pattern, key)).toBe(expected);
  });
});

describe.each(Object.entries(PERMISSION_CASES))('%s', (permission, cases) => {
  test('has cases on both sides', () => {
    expect(cases.some((c) => c[3])).toBe(true);
    expect(cases.some((c) => !c[3])).toBe(true);
  });
  test.each(cases)('%s', (_label, settings, args, allowed) => {
    expect(checker({ [permission]: settings }).allows(permission, ...args)).toBe(allowed);
  });
  test('is refused when not declared', () => {
    const [, , args] = cases.find((c) => c[3]) as (typeof cases)[number];
    expect(checker({}).allows(permission, ...args)).toBe(false);
  });
});

describe('settings-free permissions', () => {
  test.each(PRESENCE_PERMISSIONS)('%s: allowed when declared, refused when not', (permission) => {
    expect(checker({ [permission]: {} }).allows(permission)).toBe(true);
    expect(checker({}).allows(permission)).toBe(false);
  });

  test('a permission gtm-sandbox does not know allows nothing, even when declared', () => {
    expect(checker({ some_future_permission: { anything: 'any' } }).allows('some_future_permission', 'x')).toBe(false);
  });
});

test("logging 'debug' allows in debug mode", () => {
  expect(checker({ logging: { environments: 'debug' } }, true).allows('logging')).toBe(true);
});

test('assert names the API and what was refused', () => {
  expect(() => checker({}).assert('sendPixel', 'send_pixel', 'sending a pixel to https://x.test/', 'https://x.test/'))
    .toThrow("sendPixel: the template's send_pixel permission does not allow sending a pixel to https://x.test/");
});
