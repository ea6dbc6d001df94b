/** The minified code section (build/minify.ts): what it keeps, that GTM's subset accepts it, and where it maps back to. */
import { internalPropertyProblems, minifyForGtm } from '../../build/minify';
import { shapedLineMap, shapeOutput } from '../../build/shape-output';
import { validateSandboxed } from '../../gtm-sandbox/language/validate';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { parseTemplate, type ParsedTemplate } from '../../gtm-sandbox/tpl/read';
import { encodePermissions } from '../../gtm-sandbox/permissions/codec';
import { createWorld } from '../../gtm-sandbox/world/world';
import { compile, definitionSource, webImport } from '../support/virtual-project';

const READABLE = `const getType = require("getType");

// pinterest/values.ts
var LIMIT = 256;
function describe(value, fallback) {
  const type = getType(value);
  if (type === "undefined") return fallback === undefined ? undefined : fallback;
  const label = "a " + type;
  return label.length > LIMIT ? label.slice(0, LIMIT) : label;
}
return describe(data.value);
`;

describe('minified code', () => {
  const minified = minifyForGtm(READABLE);

  test('shortens every name but the sandbox globals and the API requires, one top-level statement per line, undefined written once, const written let', () => {
    const lines = minified.code.split('\n').filter((l) => l !== '');
    expect(lines).toEqual([
      expect.stringMatching(/^var (\w+);$/),
      expect.stringMatching(/^let (\w+)=require\("getType"\);$/),
      expect.stringMatching(/^var \w+=256;$/),
      expect.stringMatching(/^function (\w+)\((\w+),(\w+)\)\{let (\w+)=\w+\(\2\);/),
      expect.stringMatching(/^return \w+\(data\.value\);?$/),
    ]);
    expect(minified.code.replace(/"[^"]*"/g, '""').replace('data.value', '')).not.toMatch(/\b(getType|LIMIT|describe|value|fallback|label|type|undefined)\b/);
    expect(minified.code).not.toMatch(/\/\/|void 0/);
    // The alias of undefined is the variable declared first and never assigned; the string "undefined" stays a string.
    const alias = /^var (\w+);/.exec(lines[0])?.[1] as string;
    expect(lines[3]).toMatch(new RegExp(`===${alias}\\?${alias}:`));
    expect(lines[3]).toContain('==="undefined"');
  });

  test('is sandboxed JavaScript that GTM accepts, with the same APIs and data fields', () => {
    const readable = validateSandboxed(READABLE, { file: 'template.js', context: 'web', checkMethods: true });
    const result = validateSandboxed(minified.code, { file: 'template.tpl', context: 'web', checkMethods: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.apis.map((a) => a.name)).toEqual(readable.apis.map((a) => a.name));
    expect([...result.dataFields]).toEqual([...readable.dataFields]);
  });

  test('maps a position back to the readable line it comes from', () => {
    const lines = minified.code.split('\n');
    const line = lines.findIndex((l) => l.includes('.slice(')) + 1;
    const column = lines[line - 1].indexOf('.slice(');
    expect(minified.toReadable(line, column).line).toBe(READABLE.split('\n').findIndex((l) => l.includes('.slice(')) + 1);
    expect(minified.toReadable(1, 0)).toEqual({ line: 1, column: 0 });
  });
});

describe('internal properties', () => {
  const code = `function pair(value) {
  return { first: value, second: [value] };
}
return pair(data.value).second.length + pair(1).first;
`;

  test('are shortened like local names; other properties, data fields and strings stay', () => {
    const minified = minifyForGtm(code, ['first', 'second']).code;
    expect(minified).not.toMatch(/first|second/);
    expect(minified).toContain('data.value');
    expect(minified).toContain('.length');
    const run = (text: string): unknown => {
      const template: ParsedTemplate = {
        sections: new Map(), hasBom: false, context: 'web', type: 'MACRO', info: { type: 'MACRO', containerContexts: ['WEB'] }, parameters: [], code: text,
        permissions: encodePermissions({}), tests: { scenarios: [], setup: '' }, notes: '',
      };
      const session = createSession(template, createWorld());
      return session.marshal.toHost(session.runCode(session.marshal.toSandbox({ value: 'x' })));
    };
    expect(run(minified)).toBe(run(code));
  });

  test('a name also written as a string, or a library method, is refused', () => {
    expect(internalPropertyProblems(code + 'var k = "second";\n', ['first', 'second', 'match', 'length', 'a-b'])).toEqual([
      'internal property "second" is also written as a string in the code',
      'internal property "match" is also a method of GTM\'s standard library or an API object',
      'internal property "length" is also a method of GTM\'s standard library or an API object',
      'internal property "a-b" is not a name',
    ]);
  });
});

describe('shaped lines map back to the bundle', () => {
  test('each kept line finds the bundle line it came from; `void 0` reads as undefined', () => {
    const bundled = [
      '// pinterest/values.ts', 'var getType = require("getType");', 'function f(x) {', '  return x === void 0 ? 1 : getType(x);', '}',
      '', '// gtm-entry.ts', 'main();', '',
    ].join('\n').replace('main();', 'function main() {\n  return f(void 0);\n}\nmain();');
    const shaped = shapeOutput(bundled, false);
    const map = shapedLineMap(bundled, shaped);
    const shapedLines = shaped.split('\n');
    const bundledLines = bundled.split('\n');
    const at = (text: string): number => shapedLines.findIndex((l) => l.includes(text)) + 1;
    expect(bundledLines[(map(at('return x === undefined')) ?? 0) - 1]).toBe('  return x === void 0 ? 1 : getType(x);');
    expect(bundledLines[(map(at('function main')) ?? 0) - 1]).toBe('function main() {');
    // The hoisted require is a new line of the shaped code: it maps nowhere.
    expect(map(at('const getType'))).toBeUndefined();
  });
});

describe('code: minified in a definition', () => {
  const main = webImport(['makeString']) + `declare const data: { text?: unknown };
export function main(): string {
  const text = makeString(data.text === undefined ? 'none' : data.text);
  return text.toUpperCase();
}
`;
  const definition = (code?: string): string => definitionSource().replace('"permissions": {}', `"permissions": {}${code ? `, "code": "${code}"` : ''}`);

  test('minifies the .tpl, keeps template.js readable, and the minified template returns what the readable one does', async () => {
    const minifiedBuild = await compile('minify-on', { 'definition.ts': definition('minified'), 'src/main.ts': main });
    const readableBuild = await compile('minify-off', { 'definition.ts': definition(), 'src/main.ts': main });
    expect(minifiedBuild.diagnostics).toEqual([]);
    const minifiedCode = parseTemplate(minifiedBuild.tpl ?? '').code;
    const readableCode = parseTemplate(readableBuild.tpl ?? '').code;
    expect(minifiedCode.length).toBeLessThan(readableCode.length);
    expect(minifiedCode).not.toContain('function main(){');
    const run = (tpl: string | undefined, text: unknown): unknown => {
      const session = createSession(parseTemplate(tpl ?? ''), createWorld());
      return session.marshal.toHost(session.runCode(session.marshal.toSandbox({ text })));
    };
    for (const text of ['abc', 12, undefined]) expect(run(minifiedBuild.tpl, text)).toBe(run(readableBuild.tpl, text));
    // template.js is the readable code either way (the module markers name each project's own folder).
    const unmarked = (text: string): string => text.replace(/^\/\/ tests\/.*$/gm, '');
    expect(unmarked(minifiedBuild.js ?? '')).toContain(unmarked(readableCode));
    expect(readableBuild.js).toContain(readableCode);
  });
});
