/**
 * `gtm-sandbox serve` against hostile callers and wrong inputs: a body over the limit is refused with
 * 413 before it is read whole, a caller too slow with its headers is answered 408 and dropped, and a
 * wrong file or a busy port is a one-line usage error (exit 2) instead of a stack trace.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeTemplate } from '../../build/tpl-writer';
import { main } from '../../gtm-sandbox/cli/main';
import { banner } from '../../gtm-sandbox/cli/serve';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer } from '../../gtm-sandbox/container/server-container';
import { template } from '../support/template-builder';
import { captureCli } from '../support/capture-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sandbox-serve-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };

const ECHO = template("require('claimRequest')(); require('setResponseBody')('' + require('getRequestBody')().length); require('returnResponse')();", {
  context: 'server', type: 'CLIENT', permissions: { read_request: { requestAccess: 'any' }, return_response: {}, access_response: { writeResponseAccess: 'any' } },
});
const tplText = writeTemplate({ ...ECHO, permissions: ECHO.permissions as unknown[] });
const CONTAINER = { exportFormatVersion: 2, containerVersion: { client: [{ clientId: '1', name: 'Echo', type: 'cvt_1_7', priority: 0 }], customTemplate: [{ templateId: '7', name: 'Echo', templateData: tplText }] } };

const capture = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

async function listening(limits: Parameters<typeof createContainerServer>[2]): Promise<{ server: http.Server; port: number }> {
  const server = createContainerServer(createServerContainer(CONTAINER, createTransport([], false)), () => undefined, limits);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as net.AddressInfo).port };
}
const close = (server: http.Server): Promise<void> => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });

/** Sends a request whose body is written in chunks as long as the server reads; answers the status or the socket error. */
function post(port: number, headers: http.OutgoingHttpHeaders, chunks: number, chunk: Buffer): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    let sent = 0;
    const more = (): void => {
      while (sent < chunks) { sent++; if (!req.write(chunk)) { req.once('drain', more); return; } }
      req.end();
    };
    more();
  });
}

describe('request bodies', () => {
  test('a body within the limit reaches the client', async () => {
    const { server, port } = await listening({ maxBodyBytes: 1000 });
    try {
      expect(await post(port, { 'content-length': 1000 }, 1, Buffer.alloc(1000, 'a'))).toBe(200);
    } finally { await close(server); }
  });

  test('a Content-Length over the limit is answered 413 before any of the body is read', async () => {
    const { server, port } = await listening({ maxBodyBytes: 1000 });
    try {
      // The header says 300 MB; only 10 bytes ever come. Waiting for the body would never end.
      const socket = net.connect(port, '127.0.0.1');
      socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 300000000\r\n\r\n0123456789');
      const answer = await new Promise<string>((resolve) => { let text = ''; socket.on('data', (d) => { text += d; }); socket.on('close', () => resolve(text)); });
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    } finally { await close(server); }
  });

  test('a chunked body that grows past the limit is answered 413 and not read further', async () => {
    const { server, port } = await listening({ maxBodyBytes: 64 * 1024 });
    try {
      // 64 MB offered in 64 KB chunks; the server stops at the limit.
      const outcome = await post(port, { 'transfer-encoding': 'chunked' }, 1024, Buffer.alloc(64 * 1024, 'a'));
      expect([413, 'ECONNRESET', 'EPIPE']).toContain(outcome);
    } finally { await close(server); }
  });
});

test('a caller that never finishes its headers is answered 408 and dropped', async () => {
  const { server, port } = await listening({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
  try {
    const socket = net.connect(port, '127.0.0.1');
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const answer = await new Promise<string>((resolve) => { let text = ''; socket.on('data', (d) => { text += d; }); socket.on('close', () => resolve(text)); });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  } finally { await close(server); }
});

describe('wrong inputs', () => {
  test('a template file instead of a container export names the file, line and column', async () => {
    const file = write('template.tpl', tplText);
    const { code, err } = await capture(['serve', file, '--port', '0']);
    expect(code).toBe(2);
    expect(err).toContain(`gtm-sandbox: ${file}:1:1: a template file, not a container export`);
    expect(err).not.toMatch(/\n\s+at /);
  });

  test('a container export that is not JSON names the place and never quotes the text', async () => {
    const file = write('broken.json', '{\n  "exportFormatVersion": 2,\n  "containerVersion": {"token": "pina_SECRET" oops}\n}');
    const { code, err } = await capture(['serve', file, '--port', '0']);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: not valid JSON`));
    expect(err).not.toContain('pina_SECRET');
    expect(err).not.toContain('oops');
  });

  test('JSON that is not a container export is named', async () => {
    const file = write('other.json', '{"hello": 1}');
    expect(await capture(['serve', file, '--port', '0'])).toMatchObject({ code: 2, err: expect.stringContaining(`${file}: not a GTM container export`) });
  });

  test('a busy port is a one-line error with what to do, not a stack trace', async () => {
    const file = write('container.json', JSON.stringify(CONTAINER));
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const { code, err } = await capture(['serve', file, '--port', String(port)]);
      expect(code).toBe(2);
      expect(err).toContain(`gtm-sandbox: port ${port} on 127.0.0.1 is in use: choose another with --port (--port 0 picks a free one)`);
      expect(err).not.toContain('EADDRINUSE');
    } finally {
      await new Promise<void>((r) => busy.close(() => r()));
    }
  });
});

test('serve says where it listens, and when that is the default port', () => {
  expect(banner({ file: 'c.json', port: 8080, portGiven: false, routes: [] }).split('\n')[0])
    .toBe('gtm-sandbox serve: c.json listening on http://127.0.0.1:8080 (the default port; --port to change it)');
  expect(banner({ file: 'c.json', port: 9000, portGiven: true, routes: [{ from: 'https://a.example', to: 'http://127.0.0.1:1' }], maxBodyBytes: 5 }))
    .toBe('gtm-sandbox serve: c.json listening on http://127.0.0.1:9000\n  https://a.example → http://127.0.0.1:1\n  request bodies up to 5 bytes');
});

test('every reader of container exports names the place of a JSON error and never quotes the text', () => {
  const text = '{"exportFormatVersion": 2, "containerVersion": {"token": "pina_SECRET" oops}}';
  expect(() => readContainerExport(text, 'c.json')).toThrow(/^c\.json:1:\d+: not valid JSON: /);
  let message = '';
  try { readContainerExport(text, 'c.json'); } catch (error) { message = (error as Error).message; }
  expect(message).not.toContain('pina_SECRET');
  expect(message).not.toContain('oops');
});
