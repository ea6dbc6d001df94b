/**
 * One failing source per subset rule, each with its exact diagnostic: TypeScript file:line:col, the
 * rule id, the one-line reason and the code frame.
 */
import { compile } from '../support/virtual-project';

const header = 'declare const data: { text: string; list: string[]; obj: { a?: { b?: string } } };\n';

const cases: [string, string][] = [
  ['new', 'export function main() { return new Foo(); }\ndeclare class Foo {}'],
  ['this', 'export function main() { return (function (this: unknown) { return this; })(); }'],
  ['class', 'class Cart {}\nexport function main() { return Cart; }'],
  ['regex', "export function main() { return data.text.replace(/a/g, 'b'); }"],
  ['destructuring', 'export function main() { const { text } = data; return text; }'],
  ['array-spread', 'export function main() { return [...data.list]; }'],
  ['object-spread', 'export function main() { return { ...data.obj }; }'],
  ['default-params', "function pad(s: string, n = 2) { return s + n; }\nexport function main() { return pad(data.text); }"],
  ['try', 'export function main() { try { return 1; } catch (e) { return 2; } }'],
  ['throw', "export function main() { throw 'bad'; }"],
  ['delete', 'export function main() { const o: { a?: number } = { a: 1 }; delete o.a; return o; }'],
  ['in', "export function main() { return 'a' in data.obj; }"],
  ['instanceof', 'export function main() { return (data.list as unknown) instanceof Array; }'],
  ['exponent', 'export function main() { return data.list.length ** 2; }'],
  ['includes', "export function main() { return data.text.includes('x'); }"],
  ['parseInt', 'export function main() { return parseInt(data.text, 10); }'],
  ['window', 'declare const window: { location: string };\nexport function main() { return window.location; }'],
  ['async', 'export async function main() { return 1; }'],
  ['getter', 'export function main() { return { get x() { return 1; } }; }'],
  ['new-in-property-value', 'export function main() { return { list: new Array() }; }'],
  ['computed-key', 'export function main() { const k = data.text; return { [k]: 1 }; }'],
  ['label', 'export function main() { outer: for (;;) { break outer; } return 1; }'],
  ['unknown-api', "declare function require(name: string): () => string;\nconst f = require('copyFromWindw');\nexport function main() { return f(); }"],
  ['server-api-in-web', "declare function require(name: string): () => string;\nconst f = require('getAllEventData');\nexport function main() { return f(); }"],
  ['non-literal-require', "declare function require(name: string): () => string;\nexport function main() { return require(data.text)(); }"],
];

describe('subset rules', () => {
  test.each(cases)('%s', async (name, body) => {
    const built = await compile(`subset-${name}`, { 'src/main.ts': header + body + '\n' });
    expect(built.tpl).toBeUndefined();
    expect(built.messages.join('\n\n')).toMatchSnapshot();
  });

  test('safe constructs are lowered instead of rejected', async () => {
    const built = await compile('subset-lowered', {
      'src/main.ts': header + 'export function main() {\n  const b = data.obj.a?.b ?? "none";\n  const text = data.text;\n  return `${b}:${text}` + JSON_ + { text }.text;\n}\nconst JSON_ = { text: 1 }.text;\n',
    });
    expect(built.messages).toEqual([]);
    const code = (built.js ?? '').split('\n').filter((line) => !line.startsWith('//')).join('\n');
    expect(code).toContain('.concat(');
    expect(code).not.toMatch(/\?\.|\?\?|`|void 0/);
    // Shorthand properties are written out (esbuild would otherwise also shorten `{ text: text }`).
    expect(code).toContain('{ text: text }');
  });
});
