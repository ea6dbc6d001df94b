/** The API catalog, the typed import modules and the subset allowlist agree. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { apiDocUrl, nearestApiNames, SERVER_APIS, WEB_APIS } from '../../gtm-sandbox/api-catalog';
import { IMPLEMENTATIONS } from '../../gtm-sandbox/apis/registry';

const IMPORTS = path.resolve(__dirname, '..', '..', 'gtm-sandbox', 'import');

function exportedNames(file: string): string[] {
  const text = fs.readFileSync(path.join(IMPORTS, file), 'utf8');
  return [...text.matchAll(/^export const (\w+) = require\('(\w+)'\);$/gm)].map((m) => {
    expect(m[1]).toBe(m[2]);
    return m[1];
  });
}

describe('API catalog', () => {
  const common = exportedNames('common.ts');

  test('the web import module offers exactly the web APIs', () => {
    expect([...common, ...exportedNames('web.ts')].sort()).toEqual(Object.keys(WEB_APIS).sort());
  });

  test('the server import module offers exactly the server APIs', () => {
    expect([...common, ...exportedNames('server.ts')].sort()).toEqual(Object.keys(SERVER_APIS).sort());
  });

  test('permissions follow the documented "Required by" lists', () => {
    expect(WEB_APIS.injectScript.permission).toBe('inject_script');
    expect(WEB_APIS.sha256.permission).toBeNull();
    expect(SERVER_APIS.sendHttpRequest.permission).toBe('send_http');
    expect(SERVER_APIS.getCookieValues.permission).toBe('get_cookies');
    expect(SERVER_APIS.claimRequest.permission).toBeNull();
  });

  test('doc links and suggestions', () => {
    expect(apiDocUrl('server', 'sendHttpRequest')).toBe('https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest');
    expect(nearestApiNames('sendHttpRequst')).toContain('sendHttpRequest');
  });
});

describe('API implementations', () => {
  const APIS = path.resolve(__dirname, '..', '..', 'gtm-sandbox', 'apis');
  const kebab = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/Mpv/g, '-mpv').toLowerCase().replace(/^-/, '').replace(/--/g, '-');

  test.each([['web', WEB_APIS], ['server', SERVER_APIS]] as const)('every %s API is implemented', (context, catalog) => {
    expect(Object.keys(catalog).filter((name) => !IMPLEMENTATIONS[context][name])).toEqual([]);
  });

  test('one file per API, named after it', () => {
    const files = new Set(['common', 'web', 'server'].flatMap((dir) => fs.readdirSync(path.join(APIS, dir)).map((f) => f.replace(/\.ts$/, ''))));
    const names = new Set([...Object.keys(WEB_APIS), ...Object.keys(SERVER_APIS)]);
    expect([...names].filter((name) => !files.has(kebab(name)))).toEqual([]);
  });
});
