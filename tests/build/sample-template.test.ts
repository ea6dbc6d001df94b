/** The sample web variable builds end to end into clean, GTM-shaped code; its committed files are current. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildTemplate } from '../../build/build-template';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { validateSandboxed } from '../../gtm-sandbox/language/validate';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'sample-variable');

describe('sample web variable', () => {
  let built: Awaited<ReturnType<typeof buildTemplate>>;
  beforeAll(async () => { built = await buildTemplate(DIR); });

  test('builds without diagnostics', () => {
    expect(built.diagnostics).toEqual([]);
  });

  test('emits readable code with the requires on top and no bundler helpers', () => {
    const code = parseTemplate(built.tpl ?? '').code;
    expect(code).toMatchSnapshot();
    expect(code).not.toMatch(/__\w+|Object\.defineProperty|module\.exports|use strict|void 0/);
    expect(validateSandboxed(code, { file: 'template.tpl', context: 'web', checkMethods: true }).diagnostics).toEqual([]);
  });

  test('is a variable template for the web container with its tests and permissions', () => {
    const parsed = parseTemplate(built.tpl ?? '');
    expect(parsed.type).toBe('MACRO');
    expect(parsed.info.containerContexts).toEqual(['WEB']);
    expect(parsed.tests.scenarios.map((s) => s.name)).toEqual([
      'Upper-cases and trims by default', 'Lower-cases on request', 'Returns undefined without text',
    ]);
    expect(parsed.permissions).toHaveLength(1);
  });

  test('the committed template.tpl and template.js are what the sources build', () => {
    expect(fs.readFileSync(path.join(DIR, 'template.tpl'), 'utf8')).toBe(built.tpl);
    expect(fs.readFileSync(path.join(DIR, 'template.js'), 'utf8')).toBe(built.js);
  });

  test('builds the same bytes twice', async () => {
    expect((await buildTemplate(DIR)).tpl).toBe(built.tpl);
  });
});
