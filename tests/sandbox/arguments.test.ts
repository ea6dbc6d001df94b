/**
 * GTM's `arguments`: an array (the sandbox has no Arguments type), and every function has its own,
 * arrow functions included. Checked in the Node realm and in the page realm the browser runtime uses,
 * with the window functions handed to the template (their own properties come along).
 */
import { rewriteArguments } from '../../gtm-sandbox/runtime/arguments-array';
import { createPageRealm } from '../../gtm-sandbox/runtime/page-realm';
import { createRealm, type Realm } from '../../gtm-sandbox/runtime/realm';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';
import { ARGUMENT_CASES } from './arguments-cases';

const REALMS: [string, () => Realm][] = [['Node realm', createRealm], ['page realm', createPageRealm]];


describe.each(REALMS)('the %s: arguments, and window functions crossing in', (_name, realm) => {
  test.each(ARGUMENT_CASES)('%s', (_case, code, expected) => {
    const session = createSession(template(code), createWorld(), { createRealm: realm });
    expect(session.marshal.toHost(session.runCode(session.marshal.toSandbox({})))).toEqual(expected);
  });

  test("a window function's own properties come along with it (createArgumentsQueue, copyFromWindow)", () => {
    const code = "const q = require('createArgumentsQueue')('lib', 'lib.q'); q('init'); return [require('createArgumentsQueue')('lib', 'lib.q').q, require('copyFromWindow')('lib').q];";
    const allow = { access_globals: { keys: ['lib', 'lib.q'].map((key) => ({ key, read: true, write: true, execute: false })) } };
    const session = createSession(template(code, { permissions: allow }), createWorld(), { createRealm: realm });
    expect(session.marshal.toHost(session.runCode(session.marshal.toSandbox({})))).toEqual([[['init']], [['init']]]);
  });

  test('an array a window function receives as it is (callInWindow apply)', () => {
    const calls: unknown[][] = [];
    const world = createWorld({ window: { fbq: { callMethod: (...args: unknown[]) => { calls.push(args); } } } });
    const code = "function fbq() { require('callInWindow')('fbq.callMethod.apply', null, arguments); } fbq('track', 'Lead');";
    const allow = { access_globals: { keys: [{ key: 'fbq.callMethod.apply', read: false, write: false, execute: true }] } };
    createSession(template(code, { permissions: allow }), world, { createRealm: realm }).runCode({});
    expect(calls).toEqual([['track', 'Lead']]);
  });
});

describe('the rewrite', () => {
  test('keeps every line where it was, so an error points at its line', () => {
    const code = 'function f() {\n  return arguments.length;\n}\nconst g = (a) =>\n  arguments.length;\nreturn f(1) + g(2) + data.missing.x;';
    expect(rewriteArguments(code).split('\n')).toHaveLength(6);
    const session = createSession(template(code), createWorld());
    expect(() => session.runCode(session.marshal.toSandbox({}))).toThrow(expect.objectContaining({ stack: expect.stringContaining('template.js:6') }));
  });

  test('leaves code without `arguments` untouched', () => {
    const code = 'const f = (a) => a + 1; return f(1);';
    expect(rewriteArguments(code)).toBe(code);
  });
});
