/**
 * Reading template.tpl files as GTM does: JSON sections through Gson's lenient reader (unquoted names,
 * single quotes, comments, trailing commas), and diagnostics that name the file's own line, once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeTemplate } from '../../build/tpl-writer';
import { main } from '../../gtm-sandbox/cli/main';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { JsonSyntaxError, parseLenientJson } from '../../gtm-sandbox/tpl/lenient-json';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { template } from '../support/template-builder';
import { captureCli } from '../support/capture-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sandbox-tpl-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };

/** A tag's .tpl text with one TEXT field and a scenario reading it. */
function tagText(code = 'data.gtmOnSuccess();', permissions: PermissionMap = {}): string {
  const t = template(code, { type: 'TAG', permissions, scenarios: [{ name: 'runs', code: "runCode({name: 'x'}); assertApi('gtmOnSuccess').wasCalled();" }] });
  return writeTemplate({ ...t, permissions: t.permissions as unknown[], parameters: [{ type: 'TEXT', name: 'name', displayName: 'Name', simpleValueType: true }] });
}

const capture = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

describe("Gson's lenient JSON", () => {
  test.each([
    ['unquoted names', '[{type: "TEXT", subParams: [{name: "a"}]}]', [{ type: 'TEXT', subParams: [{ name: 'a' }] }]],
    ['single-quoted strings', "{'name': 'it''s'}".replace("''", "\\'"), { name: "it's" }],
    ['unquoted values', '{type: TEXT, simpleValueType: true, n: 3, nothing: null}', { type: 'TEXT', simpleValueType: true, n: 3, nothing: null }],
    ['comments', '{\n  // a line\n  "a": 1, # another\n  /* a block */ "b": 2\n}', { a: 1, b: 2 }],
    ['= and => between name and value, ; between members', '{a = 1; b => 2}', { a: 1, b: 2 }],
    ['trailing commas', '{"items": [1, 2,],}', { items: [1, 2] }],
    ['__proto__ as a name like any other', '{__proto__: {polluted: true}}', JSON.parse('{"__proto__": {"polluted": true}}')],
  ])('%s', (_what, text, expected) => {
    const read = parseLenientJson(text);
    expect(read).toEqual({ value: expected, lenient: true });
    expect(Object.getPrototypeOf(read.value)).toBe(Array.isArray(expected) ? Array.prototype : Object.prototype);
  });

  test('strict JSON is read as it is, and not flagged', () => {
    expect(parseLenientJson('{"a": [1, "b"]}')).toEqual({ value: { a: [1, 'b'] }, lenient: false });
  });

  test.each([
    ['a missing separator', '{\n  a: 1\n  b: 2\n}', 3, 3, "expected ',' or '}'"],
    ['an unterminated string', "['abc", 1, 6, 'unterminated string'],
    ['a name without a value', '{a}', 1, 3, "expected ':' after a name"],
    ['a missing closer', '[1, [2', 1, 7, ']'],
  ])('%s is an error with its line and column', (_what, text, line, column, reason) => {
    let error: unknown;
    try { parseLenientJson(text); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error).toMatchObject({ line, column, message: expect.stringContaining(reason) });
  });

  test('nesting of any depth neither overflows the stack nor is refused', () => {
    const depth = 200_000;
    expect(() => parseLenientJson(`${'['.repeat(depth)}`)).toThrow(JsonSyntaxError);
    let value = parseLenientJson(`${'[a,'.repeat(depth)}${']'.repeat(depth)}`).value;
    let seen = 0;
    while (Array.isArray(value) && value.length > 0) { value = value[1] ?? value[0]; seen++; }
    expect(seen).toBe(depth);
  });
});

describe('template files', () => {
  test('a parameters section with unquoted names loads and runs, as in GTM; check warns', async () => {
    const text = tagText().replace(/"(type|name|displayName|simpleValueType)":/g, '$1:');
    expect(text).toContain('displayName:');
    const file = write('unquoted.tpl', text);
    expect(parseTemplate(text).parameters).toEqual([{ type: 'TEXT', name: 'name', displayName: 'Name', simpleValueType: true }]);
    expect(await capture(['test', file])).toMatchObject({ code: 0, out: expect.stringContaining('1 passed, 0 failed') });
    const check = await capture(['check', file]);
    expect(check.code).toBe(0);
    expect(check.err).toContain('___TEMPLATE_PARAMETERS___ is not strict JSON');
    expect(check.err).toContain('[gtm/strict-json]');
  });

  test("a section that is not JSON even to GTM names the file's own line and column, without quoting it", async () => {
    const text = tagText().replace('"displayName": "Name"', '"displayName": "Name" "secret-ish"');
    const line = text.split('\n').findIndex((l) => l.includes('"secret-ish"')) + 1;
    const file = write('broken.tpl', text);
    const { code, out } = await capture(['test', file, '--json']);
    expect(code).toBe(1);
    const [entry] = JSON.parse(out);
    expect(entry.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: ___TEMPLATE_PARAMETERS___ is not valid JSON: expected ',' or '}'$`));
  });

  test("a syntax error in the code is reported at the file's own line, once, and check adds no permission warnings", async () => {
    const withLogging = tagText("const log = require('logToConsole');\nlog('a';\ndata.gtmOnSuccess();", { logging: { environments: 'debug' } });
    const fileLine = withLogging.split('\n').indexOf("log('a';") + 1;
    expect(fileLine).toBeGreaterThan(2);
    const file = write('syntax.tpl', withLogging.replace('___TESTS___\n\nscenarios:\n', "___TESTS___\n\nscenarios:\n- name: second\n  code: runCode({});\n"));
    const test = await capture(['test', file]);
    expect(test.code).toBe(1);
    expect(test.out.match(new RegExp(`syntax\\.tpl:${fileLine}:\\d+: error`, 'g'))).toHaveLength(1);
    expect(test.out).not.toMatch(/syntax\.tpl:2:\d+/);
    expect(test.out).toContain('0 passed, 0 failed, 1 could not be read');
    const check = await capture(['check', file]);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(new RegExp(`syntax\\.tpl:${fileLine}:\\d+: error: .*\\[gtm/syntax-error\\]`));
    expect(check.err).not.toContain('warning');
  });
});
