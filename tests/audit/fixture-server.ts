/**
 * The audit tests' local site: the fixture pages of tests/fixtures/audit, plus Pinterest stand-ins on the
 * same server (core.js from pinterest-fake/core-js.ts, a 1×1 GIF for the tag endpoint and the server
 * container's /pinterest/ path). The audit routes https://s.pinimg.com and https://ct.pinterest.com
 * here, so the pages keep Pinterest's real URLs and nothing leaves the machine.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { CORE_JS } from '../../pinterest-fake/core-js';
import type { Route } from '../../verify/audit/requests';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'audit');
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface FixtureSite { readonly origin: string; readonly routes: Route[]; readonly tagHits: string[]; close(): Promise<void> }

export async function startFixtureSite(): Promise<FixtureSite> {
  const tagHits: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const send = (status: number, type: string, body: string | Buffer): void => { res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); };
    if (url.pathname === '/ct/core.js') return send(200, 'application/javascript', CORE_JS);
    if (url.pathname === '/v3/' || url.pathname.startsWith('/pinterest/')) { tagHits.push(url.pathname + url.search); return send(200, 'image/gif', GIF); }
    const file = path.join(FIXTURES, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(FIXTURES + path.sep) || !file.endsWith('.html') || !fs.existsSync(file)) return send(404, 'text/plain', 'Not found');
    return send(200, 'text/html; charset=utf-8', fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin, tagHits,
    routes: [{ from: 'https://s.pinimg.com', to: origin }, { from: 'https://ct.pinterest.com', to: origin }],
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
