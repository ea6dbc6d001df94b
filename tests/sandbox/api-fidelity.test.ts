/**
 * API behaviour real templates notice: callInWindow's `this`, createArgumentsQueue's answer, and the
 * server's cookies coming from the request's Cookie header. Each is a tiny template of our own.
 */
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld, type WorldOptions } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';

const run = (code: string, permissions: PermissionMap, options: WorldOptions = {}, context: 'web' | 'server' = 'web') => {
  const world = createWorld(options);
  const session = createSession(template(code, { permissions, context }), world);
  return { world, value: session.marshal.toHost(session.runCode(session.marshal.toSandbox({}))) };
};
const execute = (...keys: string[]): PermissionMap => ({ access_globals: { keys: keys.map((key) => ({ key, read: true, write: true, execute: true })) } });

describe('callInWindow calls with the parent object as this', () => {
  test('queue.push appends to the queue (the everyday pattern)', () => {
    const { world, value } = run("return require('callInWindow')('queue.push', {event: 'x'});", execute('queue.push'), { window: { queue: [] } });
    expect(world.window.queue).toEqual([{ event: 'x' }]);
    expect(value).toBe(1);
  });

  test('any depth: a method reads its own object', () => {
    const counter = { n: 1, bump(this: { n: number }, by: number) { this.n += by; return this.n; } };
    const { value } = run("return require('callInWindow')('app.counter.bump', 2);", execute('app.counter.bump'), { window: { app: { counter } } });
    expect(value).toBe(3);
  });

  test('a top-level function gets the window', () => {
    const { value } = run("return require('callInWindow')('whoAmI');", execute('whoAmI'), {
      window: { marker: 'the window', whoAmI(this: { marker?: string }) { return this.marker; } },
    });
    expect(value).toBe('the window');
  });
});

test("createArgumentsQueue answers a function carrying the window function's properties (its queue)", () => {
  const code = "const q = require('createArgumentsQueue')('lib', 'lib.q'); q('init', 'key'); return require('createArgumentsQueue')('lib', 'lib.q').q;";
  expect(run(code, execute('lib', 'lib.q')).value).toEqual([['init', 'key']]);
});

describe('server getCookieValues reads the Cookie header of the request', () => {
  const COOKIES: PermissionMap = { get_cookies: { cookieAccess: 'any' } };
  test('every value of a name, in order, decoded unless noDecode', () => {
    const request = { headers: { Cookie: '_epik=a%20b; other=1; _epik=c=d' } };
    const { value } = run("const g = require('getCookieValues'); return [g('_epik'), g('_epik', true), g('other'), g('missing')];", COOKIES, { request }, 'server');
    expect(value).toEqual([['a b', 'c=d'], ['a%20b', 'c=d'], ['1'], []]);
  });

  test('the cookies option is a shortcut that adds to the header', () => {
    const { world, value } = run("return require('getCookieValues')('_epik');", COOKIES, { cookies: { _epik: 'E2' }, request: { headers: { cookie: '_epik=E1' } } }, 'server');
    expect(value).toEqual(['E1', 'E2']);
    expect(world.request.headers.cookie).toBe('_epik=E1; _epik=E2');
  });

  test('a cookie the template sets goes to the response, not to what it reads', () => {
    const allow: PermissionMap = { ...COOKIES, set_cookies: { allowedCookies: [{ name: '*', domain: '*', path: '*', secure: 'any', session: 'any' }] } };
    const { value } = run("require('setCookie')('_epik', 'new'); return require('getCookieValues')('_epik');", allow, { request: { headers: { cookie: '_epik=old' } } }, 'server');
    expect(value).toEqual(['old']);
  });
});
