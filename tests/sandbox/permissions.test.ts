/** Permission checks, allowed and denied, for the settings our templates rely on. */
import { PermissionChecker } from '../../gtm-sandbox/permissions/checker';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { keyMatches, urlMatches } from '../../gtm-sandbox/permissions/patterns';

const checker = (declared: PermissionMap, debug = false) => new PermissionChecker(declared, { debugMode: () => debug });

describe('URL match patterns', () => {
  test.each([
    ['https://s.pinimg.com/ct/core.js', 'https://s.pinimg.com/ct/core.js', true],
    ['https://s.pinimg.com/ct/core.js', 'https://s.pinimg.com/ct/other.js', false],
    ['https://s.pinimg.com/ct/core.js', 'http://s.pinimg.com/ct/core.js', false],
    ['https://*.example.com/', 'https://sgtm.example.com/pinterest/events?e=1', true],
    ['https://*.example.com/', 'https://example.com.evil.net/', false],
    ['https://api.pinterest.com/v5/*', 'https://api.pinterest.com/v5/ad_accounts/1/events', true],
    ['https://api.pinterest.com/v5/*', 'https://api.pinterest.com/v3/x', false],
    ['https://*/pinterest/*', 'https://sgtm.shop.example/pinterest/events?v=1', true],
    ['https://*/pinterest/*', 'https://sgtm.shop.example/collect', false],
    ['not a pattern', 'https://a.b/', false],
  ])('%s ~ %s → %s', (pattern, url, expected) => {
    expect(urlMatches(pattern, url)).toBe(expected);
  });
});

describe('key patterns', () => {
  test.each([
    ['ecommerce', 'ecommerce.items', true],
    ['ecommerce.*', 'ecommerce', true],
    ['ecommerce.*', 'ecommerce2', false],
    ['gtm.uniqueEventId', 'gtm.uniqueEventId', true],
    ['gtm.uniqueEventId', 'gtm', false],
  ])('%s ~ %s → %s', (pattern, key, expected) => {
    expect(keyMatches(pattern, key)).toBe(expected);
  });
});

describe('PermissionChecker', () => {
  test('an undeclared permission allows nothing; a settings-free one allows by presence', () => {
    expect(checker({}).allows('read_title')).toBe(false);
    expect(checker({ read_title: {} }).allows('read_title')).toBe(true);
  });

  test('access_globals checks each mode of each key', () => {
    const c = checker({ access_globals: { keys: [{ key: 'pintrk', read: true, write: true, execute: false }] } });
    expect(c.allows('access_globals', 'readwrite', 'pintrk')).toBe(true);
    expect(c.allows('access_globals', 'execute', 'pintrk')).toBe(false);
    expect(c.allows('access_globals', 'read', 'fbq')).toBe(false);
  });

  test('get_url separates the whole URL, components and query keys', () => {
    const c = checker({ get_url: { urlParts: 'specific', query: true, queriesAllowed: 'specific', queryKeys: ['epik'] } });
    expect(c.allows('get_url')).toBe(false);
    expect(c.allows('get_url', 'query', 'epik')).toBe(true);
    expect(c.allows('get_url', 'query', 'gclid')).toBe(false);
    expect(c.allows('get_url', 'path')).toBe(false);
  });

  test('set_cookies checks name, domain, path and secure', () => {
    const c = checker({ set_cookies: { allowedCookies: [{ name: '_epik', domain: '*', path: '*', secure: 'secure', session: 'any' }] } });
    expect(c.allows('set_cookies', '_epik', { secure: true })).toBe(true);
    expect(c.allows('set_cookies', '_epik', { secure: false })).toBe(false);
    expect(c.allows('set_cookies', '_fbp', { secure: true })).toBe(false);
  });

  test("logging 'debug' allows only in debug mode", () => {
    expect(checker({ logging: { environments: 'debug' } }).allows('logging')).toBe(false);
    expect(checker({ logging: { environments: 'debug' } }, true).allows('logging')).toBe(true);
    expect(checker({ logging: { environments: 'all' } }).allows('logging')).toBe(true);
  });

  test('assert names the API and what was refused', () => {
    expect(() => checker({}).assert('sendPixel', 'send_pixel', 'sending a pixel to https://x.test/', 'https://x.test/'))
      .toThrow("sendPixel: the template's send_pixel permission does not allow sending a pixel to https://x.test/");
  });
});
