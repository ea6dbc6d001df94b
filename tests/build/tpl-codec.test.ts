/** The .tpl reader accepts what GTM exports, and reading then writing our own file is byte-identical. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeTemplate, writeTests } from '../../build/tpl-writer';
import { parseTemplate, parseTests, readSections } from '../../gtm-sandbox/tpl/read';

const SAMPLE = path.resolve(__dirname, '..', 'fixtures', 'sample-variable', 'template.tpl');

/** A minimal exported template text with sections in the given order. */
function tplText(sections: [string, string][], bom = false): string {
  return (bom ? '\ufeff' : '') + sections.map(([n, b]) => `${n}\n\n${b}\n\n\n`).join('');
}

describe('.tpl codec', () => {
  test('round-trips a built template byte for byte', () => {
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const parsed = parseTemplate(text);
    const rewritten = writeTemplate({
      context: parsed.context, info: parsed.info, parameters: parsed.parameters, code: parsed.code,
      permissions: parsed.permissions, tests: parsed.tests, notes: parsed.notes,
    });
    expect(rewritten).toBe(text);
  });

  test('reads a BOM, the old section order and a missing ___TESTS___', () => {
    const text = tplText([
      ['___INFO___', '{"type": "TAG", "containerContexts": ["SERVER"]}'],
      ['___SERVER_PERMISSIONS___', '[]'],
      ['___SANDBOXED_JS_FOR_SERVER___', 'data.gtmOnSuccess();'],
    ], true);
    const parsed = parseTemplate(text);
    expect(parsed.hasBom).toBe(true);
    expect(parsed.context).toBe('server');
    expect(parsed.code).toBe('data.gtmOnSuccess();');
    expect(parsed.tests).toEqual({ scenarios: [], setup: '' });
  });

  test("reads GTM's escaped double-quoted YAML scalars", () => {
    const tests = parseTests('scenarios:\n- name: quoted\n  code: "const a = 1;\\nassertThat(a).isEqualTo(1);\\\n    \\ // continued"\nsetup: \'\'\n');
    expect(tests.scenarios[0].code).toBe('const a = 1;\nassertThat(a).isEqualTo(1); // continued');
  });

  test('writes test code as block scalars', () => {
    const yaml = writeTests({ scenarios: [{ name: 'a: b', code: 'x();\ny();' }], setup: 'let z = 1;' });
    expect(yaml).toBe("scenarios:\n- name: \"a: b\"\n  code: |-\n    x();\n    y();\nsetup: |-\n  let z = 1;");
  });

  test('keeps a section body that contains blank lines', () => {
    const { sections } = readSections(tplText([['___NOTES___', 'line 1\n\n\nline 4']]));
    expect(sections.get('___NOTES___')).toBe('line 1\n\n\nline 4');
  });

  test('rejects malformed JSON with the section name', () => {
    expect(() => parseTemplate(tplText([['___INFO___', '{"type": ']]))).toThrow(/___INFO___ is not valid JSON/);
  });

  test("escapes JSON like GTM's exporter", () => {
    const text = writeTemplate({
      context: 'web', info: { help: "<a href='x'>a & b = c</a>" }, parameters: [], code: '', permissions: [],
      tests: { scenarios: [], setup: '' }, notes: '',
    });
    expect(text).toContain('"help": "\\u003ca href\\u003d\\u0027x\\u0027\\u003ea \\u0026 b \\u003d c\\u003c/a\\u003e"');
    expect(JSON.parse(readSections(text).sections.get('___INFO___') ?? '').help).toBe("<a href='x'>a & b = c</a>");
  });
});
