/** `{{name}}` references in container parameter values (gtm-sandbox/container/parameters.ts), read as GTM writes them. */
import { resolveText } from '../../gtm-sandbox/container/parameters';

const names = (text: string): string[] => {
  const seen: string[] = [];
  resolveText(`${text} `, (name) => { seen.push(name); return `<${name}>`; });
  return seen;
};

test('a lone reference keeps the variable\'s type; references inside text are written in', () => {
  expect(resolveText('{{Items}}', () => [1, 2])).toEqual([1, 2]);
  expect(resolveText('n={{N}}, o={{O}}, u={{U}}', (name) => ({ N: 3, O: { a: 1 }, U: undefined })[name])).toBe('n=3, o={"a":1}, u=');
});

test('a name runs to the first }, and an unclosed or empty reference stays as text', () => {
  expect(names('{{{a}} {{b}c}} {{}} {{d} {{e')).toEqual(['{a']);
  expect(resolveText('{{a{{b}}', () => 'v')).toBe('v');
  expect(resolveText('x {{}} {{a} }} {{', () => 'v')).toBe('x {{}} {{a} }} {{');
  expect(resolveText('{{a}}}{{b}}', (name) => name.toUpperCase())).toBe('A}B');
});
