/** The emulator's language, boundary and permission behaviour. */
import { createProgram } from '../../gtm-sandbox/runtime/program';
import { createRealm } from '../../gtm-sandbox/runtime/realm';
import { createSession, prepareTemplate } from '../../gtm-sandbox/runtime/session';
import { createWorld } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';

const run = (code: string, permissions = {}, world = createWorld()) => {
  const session = createSession(template(code, { permissions }), world);
  return { session, value: session.marshal.toHost(session.runCode(session.marshal.toSandbox({}))) };
};

describe('language', () => {
  test('only the standard library exists', () => {
    expect(run("return [typeof 'a'.includes, typeof [].find, typeof 'a'.trim];").value).toEqual(['undefined', 'undefined', 'function']);
    // Globals are also gone from the realm itself, beneath the static check.
    expect(createRealm().compile(createProgram('return [typeof parseInt, typeof Object, typeof JSON];', [], 'g.js'))()).toEqual(['undefined', 'undefined', 'undefined']);
  });

  test('a template is validated and compiled once, whatever the number of sessions; each session gets a fresh realm', () => {
    const t = template("return typeof require('getType');");
    const first = prepareTemplate(t);
    expect(prepareTemplate(t)).toBe(first);
    const [a, b] = [createSession(t, createWorld()), createSession(t, createWorld())];
    expect(a.realm).not.toBe(b.realm);
    expect(prepareTemplate(t)).toBe(first);
  });

  test('the subset is enforced when a template loads', () => {
    expect(() => run('return new Foo();')).toThrow(/\[gtm\/no-new\]/);
  });

  test('methods GTM lacks fail as they do in GTM', () => {
    expect(() => run("return 'abc'.startsWith('a');")).toThrow(/not a function/);
  });
});

describe('APIs', () => {
  test('JSON.parse answers undefined on bad input', () => {
    expect(run("const JSON = require('JSON'); return [JSON.parse('{'), JSON.parse('{\"a\":1}')];").value).toEqual([undefined, { a: 1 }]);
  });

  test('logToConsole without permission is silent', () => {
    const { session } = run("require('logToConsole')('hi');");
    expect(session.world.logs).toEqual([]);
  });

  test('a permission violation fails the run with the API named', () => {
    expect(() => run("require('copyFromWindow')('secret');")).toThrow("copyFromWindow: the template's access_globals permission does not allow reading \"secret\"");
  });

  test('copyFromWindow returns a deep copy', () => {
    const world = createWorld({ window: { cfg: { a: [1] } } });
    const { value } = run("const c = require('copyFromWindow')('cfg'); c.a.push(2); return c;", { access_globals: { keys: [{ key: 'cfg', read: true, write: false, execute: false }] } }, world);
    expect(value).toEqual({ a: [1, 2] });
    expect(world.window.cfg).toEqual({ a: [1] });
  });

  test('injectScript loads a cache token once and calls back after the current code', async () => {
    const code = `const inject = require('injectScript'); const log = require('logToConsole');
      inject('https://s.pinimg.com/ct/core.js', () => log('first'), () => log('fail'), 'pin');
      inject('https://s.pinimg.com/ct/core.js', () => log('second'), () => log('fail'), 'pin');
      log('sync');`;
    const { session } = run(code, { inject_script: { urls: ['https://s.pinimg.com/ct/core.js'] }, logging: { environments: 'all' } });
    await session.scheduler.drain();
    expect(session.world.injectedScripts).toEqual(['https://s.pinimg.com/ct/core.js']);
    expect(session.world.logs.map((l) => l.values[0])).toEqual(['sync', 'first', 'second']);
  });

  test('createArgumentsQueue builds the pintrk queue and records window calls', () => {
    const keys = ['pintrk', 'pintrk.queue'].map((key) => ({ key, read: true, write: true, execute: false }));
    const { session } = run("const q = require('createArgumentsQueue')('pintrk', 'pintrk.queue'); q('load', '2612345678901', {np: 'gtm'}); q('page');", { access_globals: { keys } });
    expect(session.world.windowCalls).toEqual([{ fn: 'pintrk', args: ['load', '2612345678901', { np: 'gtm' }] }, { fn: 'pintrk', args: ['page'] }]);
    expect((session.world.window.pintrk as { queue: unknown[] }).queue).toEqual([['load', '2612345678901', { np: 'gtm' }], ['page']]);
  });

  test('web sha256 is asynchronous and hex on request', async () => {
    const { session } = run("require('sha256')('a', (d) => require('logToConsole')(d), undefined, {outputEncoding: 'hex'});", { logging: { environments: 'all' } });
    expect(session.world.logs).toEqual([]);
    await session.scheduler.drain();
    expect(session.world.logs[0].values[0]).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
  });
});

describe('gtag and analytics storage', () => {
  test('gtagSet queues a set command; each flattened key needs write_data_layer', () => {
    const world = createWorld();
    run("require('gtagSet')({ads_data_redaction: true, user_data: {email: 'x'}});", { write_data_layer: { keyPatterns: ['ads_data_redaction', 'user_data', 'user_data.*'] } }, world);
    expect(world.dataLayerPushes).toEqual([['set', { ads_data_redaction: true, user_data: { email: 'x' } }]]);
    expect(() => run("require('gtagSet')('developer_id.x', true);", { write_data_layer: { keyPatterns: ['user_data'] } })).toThrow(/write_data_layer/);
  });

  test('readAnalyticsStorage reads the client id and GS1/GS2 session cookies', () => {
    const world = createWorld({ cookies: { _ga: 'GA1.1.123.456', _ga_ABC: 'GS1.1.1700000000.7.1.1700000100.0.0.0', _ga_XYZ: 'GS2.1.s1700000200$o3$g1$t1700000300' } });
    expect(run("return require('readAnalyticsStorage')();", { read_analytics_storage: {} }, world).value).toEqual({
      client_id: '123.456',
      sessions: [{ measurement_id: 'G-ABC', session_id: '1700000000', session_number: 7 }, { measurement_id: 'G-XYZ', session_id: '1700000200', session_number: 3 }],
    });
  });
});
