/**
 * `gtm-sandbox serve` over real HTTP with a tiny client of our own: cookies come from the request's
 * Cookie header, and a response Node refuses to write (a header or cookie value holding a line feed)
 * answers 500 with one line on stderr while the server goes on serving.
 */
import type { AddressInfo } from 'node:net';
import type * as http from 'node:http';
import { writeTemplate } from '../../build/tpl-writer';
import type { ContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer } from '../../gtm-sandbox/container/server-container';
import { template } from '../support/template-builder';

jest.setTimeout(30000);

const CLIENT = template(`const q = require('getRequestQueryParameter');
if (require('getRequestPath')() !== '/echo') return;
require('claimRequest')();
if (q('cookie')) require('setCookie')('sid', q('cookie'), {path: '/'}, true);
if (q('header')) require('setResponseHeader')('x-echo', q('header'));
require('setResponseBody')(require('JSON').stringify(require('getCookieValues')('sid')));
require('returnResponse')();`, {
  context: 'server', type: 'CLIENT',
  permissions: {
    read_request: { requestAccess: 'any' }, get_cookies: { cookieAccess: 'any' }, return_response: {}, access_response: { writeResponseAccess: 'any' },
    set_cookies: { allowedCookies: [{ name: 'sid', domain: '*', path: '*', secure: 'any', session: 'any' }] },
  },
});

function containerWith(templateData: string): ContainerExport {
  return {
    exportFormatVersion: 2,
    containerVersion: { client: [{ clientId: '1', name: 'Echo', type: 'cvt_1_7', priority: 0 }], customTemplate: [{ templateId: '7', name: 'Echo client', templateData }] },
  };
}

let server: http.Server;
let base = '';
const errors: string[] = [];

beforeAll(async () => {
  const tpl = writeTemplate({ ...CLIENT, permissions: CLIENT.permissions as unknown[] });
  server = createContainerServer(createServerContainer(containerWith(tpl), createTransport([], false)), (line) => errors.push(line));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

test("a client's getCookieValues reads the request's Cookie header", async () => {
  const response = await fetch(`${base}/echo`, { headers: { cookie: 'sid=S1; other=x; sid=S%202' } });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(['S1', 'S 2']);
});

test.each([
  ['a response header', 'header'],
  ['a Set-Cookie value', 'cookie'],
])('%s holding a line feed answers 500, logs one line, and the server keeps serving', async (_what, param) => {
  errors.length = 0;
  const response = await fetch(`${base}/echo?${param}=${encodeURIComponent('bad\nvalue; private=1')}`);
  expect(response.status).toBe(500);
  expect(await response.text()).toContain('the response could not be written');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^gtm-sandbox serve: 500 for GET \/echo: /);
  expect(errors[0]).not.toContain('private=1');
  expect((await fetch(`${base}/echo`, { headers: { cookie: 'sid=ok' } })).status).toBe(200);
});
