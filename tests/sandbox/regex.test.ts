/**
 * Server createRegex/testRegex follow RE2 (syntax, errors as null, linear-time matching), and the
 * regex works with String's replace, match, search and split as JavaScript's would on the same
 * matches (docs/emulator-fidelity.md, "Regular expressions").
 */
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';

/** Runs server code with createRegex as `re` and testRegex as `test`; answers its return value. */
function run(body: string): unknown {
  const code = `const re = require('createRegex'); const test = require('testRegex');\n${body}`;
  const session = createSession(template(code, { context: 'server' }), createWorld());
  return session.marshal.toHost(session.runCode(session.marshal.toSandbox({})));
}

describe('RE2 syntax', () => {
  test.each([
    ['lookbehind', '(?<=a)b'], ['negative lookbehind', '(?<!a)b'], ['lookahead', 'a(?=b)'], ['negative lookahead', 'a(?!b)'],
    ['a backreference', '(a)\\\\1'], ['a possessive repeat', 'a++'], ['a repeat count over 1000', 'a{1001}'], ['a group never closed', '(a'],
  ])('%s is refused: createRegex answers null', (_what, pattern) => {
    expect(run(`return re('${pattern}');`)).toBeNull();
  });

  test.each([
    ['Perl classes and inline flags', "test(re('(?i)^\\\\pL+$'), 'Ünïcode')", true],
    ['POSIX classes', "test(re('^[[:alpha:]]+$'), 'abc')", true],
    ['named groups, RE2 spelling', "test(re('(?P<word>[a-z]+)'), 'abc')", true],
    ['\\z, the end of the text', "test(re('a\\\\z'), 'ba')", true],
    ['the i flag', "test(re('^ADD_TO_CART$', 'i'), 'add_to_cart')", true],
    ['no match', "test(re('^[0-9]+$'), '12a')", false],
  ])('%s', (_what, expression, expected) => {
    expect(run(`return ${expression};`)).toBe(expected);
  });

  test('flags other than g and i give null', () => {
    expect(run("return [re('a', 'm'), re('a', 'y'), re('a', 'gi') !== null];")).toEqual([null, null, true]);
  });

  test('testRegex takes only a regex from createRegex', () => {
    expect(() => run("return test('a', 'a');")).toThrow('testRegex: the first argument must come from createRegex');
  });
});

describe('String methods with an RE2 regex', () => {
  test.each([
    ['replace, first match', "'a1b22c'.replace(re('[0-9]+'), '#')", 'a#b22c'],
    ['replace, global', "'a1b22c'.replace(re('[0-9]+', 'g'), '#')", 'a#b#c'],
    ['replace with $ patterns', "'john smith'.replace(re('(\\\\w+) (\\\\w+)'), '$2, $1 ($&) $$')", 'smith, john (john smith) $'],
    ['replace with $` and $\'', "'abc'.replace(re('b'), \"[$`|$']\")", 'a[a|c]c'],
    ['replace with a function', "'a1b2'.replace(re('([a-z])([0-9])', 'g'), (m, l, d, at) => d + l + at)", '1a02b2'],
    ['replace, empty matches move on', "'abc'.replace(re('x*', 'g'), '-')", '-a-b-c-'],
    ['match, first', "'x12y34'.match(re('([0-9])([0-9])'))", ['12', '1', '2']],
    ['match, an unmatched group', "'ab'.match(re('a(x)?b'))", ['ab', undefined]],
    ['match, global', "'x12y34'.match(re('[0-9]+', 'g'))", ['12', '34']],
    ['match, none', "'xy'.match(re('[0-9]'))", null],
    ['search', "['ab12'.search(re('[0-9]')), 'ab'.search(re('[0-9]'))]", [2, -1]],
    ['split', "'a, b,c'.split(re(',\\\\s*'))", ['a', 'b', 'c']],
    ['split with captures and a limit', "'a1b2c'.split(re('([0-9])'), 3)", ['a', '1', 'b']],
    ['split on empty matches', "'abc'.split(re(''))", ['a', 'b', 'c']],
    ['split of an empty string', "[''.split(re(',')), ''.split(re(''))]", [[''], []]],
  ])('%s', (_what, expression, expected) => {
    expect(run(`return ${expression};`)).toEqual(expected);
  });

  test('results are sandbox arrays: only the standard library is on them', () => {
    expect(run("const m = 'a,b'.split(re(',')); return [typeof m.join, typeof m.includes];")).toEqual(['function', 'undefined']);
  });
});

describe('matching time is linear', () => {
  test('a pattern that backtracks exponentially in JavaScript answers at once', () => {
    // (a+)+$ against 'aaaa…!' takes 2^n steps in a backtracking engine; n = 5000 would never end.
    expect(run("return test(re('^(a+)+$'), '" + 'a'.repeat(5000) + "!');")).toBe(false);
    expect(run("return '" + 'a'.repeat(5000) + "!'.replace(re('(a|aa)+$'), 'x').length;")).toBe(5001);
  });
});
