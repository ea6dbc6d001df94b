/** Permissions derived from require() literals: missing is an error, unused or too wide a warning. */
import { compile, webImport } from '../support/virtual-project';
import { definitionSource } from '../support/virtual-project';

const main = (body: string, names: string[]): string => webImport(names) + 'declare const data: { gtmOnSuccess: () => void };\n' + body;

describe('permission derivation', () => {
  test('a missing permission is an error at the API use', async () => {
    const built = await compile('perm-missing', {
      'src/main.ts': main("export function main() { return copyFromWindow('pintrk'); }\n", ['copyFromWindow']),
    });
    expect(built.tpl).toBeUndefined();
    expect(built.messages).toEqual([expect.stringContaining('src/main.ts:3:33: error: copyFromWindow needs the access_globals permission, which the template does not declare [gtm/missing-permission]')]);
  });

  test('an unused permission and an unused access mode are warnings', async () => {
    const built = await compile('perm-unused', {
      'definition.ts': definitionSource({
        permissions: {
          access_globals: { keys: [{ key: 'pintrk', read: true, write: true, execute: false }] },
          read_title: {},
        },
      }),
      'src/main.ts': main("export function main() { return copyFromWindow('pintrk'); }\n", ['copyFromWindow']),
    });
    expect(built.tpl).toBeDefined();
    expect(built.diagnostics.map((d) => [d.id, d.severity, d.text])).toEqual([
      ['gtm/broad-permission', 'warning', 'access_globals grants write on "pintrk" but no code uses it'],
      ['gtm/unused-permission', 'warning', 'permission read_title is declared but no API that needs it is used'],
    ]);
  });

  test('"any" access is a warning', async () => {
    const built = await compile('perm-any', {
      'definition.ts': definitionSource({ permissions: { get_cookies: { cookieAccess: 'any' } } }),
      'src/main.ts': main("export function main() { return getCookieValues('_epik'); }\n", ['getCookieValues']),
    });
    expect(built.diagnostics.map((d) => d.id)).toEqual(['gtm/broad-permission']);
  });

  test('"any" event data access is required, not broad, when the code reads all event data', async () => {
    const serverMain = (call: string): string => webImport([call]).replace('/web', '/server') + `export function main() { return ${call}(${call === 'getEventData' ? "'value'" : ''}); }\n`;
    const definition = definitionSource({ kind: 'server-variable', permissions: { read_event_data: { eventDataAccess: 'any' } } });
    const all = await compile('perm-all-event-data', { 'definition.ts': definition, 'src/main.ts': serverMain('getAllEventData') });
    expect(all.diagnostics).toEqual([]);
    const one = await compile('perm-one-event-key', { 'definition.ts': definition, 'src/main.ts': serverMain('getEventData') });
    expect(one.diagnostics.map((d) => d.text)).toEqual(['read_event_data.eventDataAccess is "any": the template reads all event data; list the exact values']);
  });

  test('only the APIs the code uses stay in the template', async () => {
    const built = await compile('perm-pruned', {
      'definition.ts': definitionSource({ permissions: { logging: { environments: 'debug' } } }),
      'src/main.ts': main("export function main() { logToConsole('x'); return makeString(1); }\n", ['logToConsole', 'makeString', 'injectScript', 'JSON']),
    });
    expect(built.messages).toEqual([]);
    expect(built.js).toContain('const logToConsole = require("logToConsole");\nconst makeString = require("makeString");\n\n');
    expect(built.js).not.toMatch(/injectScript|require\("JSON"\)/);
  });
});
