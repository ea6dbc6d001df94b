/**
 * The demo: the shop (web container via gtm-sandbox's gtm.js stand-in), the server container
 * (gtm-sandbox serve), and the Pinterest fake, all on localhost. The page maps Pinterest's and the
 * server container's production hosts to these local servers, so nothing leaves the machine.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { readContainerExport } from '../gtm-sandbox/container/export-format';
import { createContainerServer } from '../gtm-sandbox/container/http-server';
import { createTransport } from '../gtm-sandbox/container/http-transport';
import { createServerContainer } from '../gtm-sandbox/container/server-container';
import { createPinterestFake, type PinterestFake } from '../pinterest-fake/pinterest-fake';
import { inspectorPage } from './inspector-page';
import { bundleBrowserRuntime } from './runtime-bundle';
import { shopPage } from './shop-pages';

const CONTAINERS = path.resolve(__dirname, '..', 'tests', 'fixtures', 'containers');
/** The production hosts the containers name, mapped to the local servers. */
export const SERVER_CONTAINER_HOST = 'https://sgtm.shop.example';

export interface Demo { shop: string; serverContainer: string; pinterest: string; inspector: string; fake: PinterestFake; close(): Promise<void> }

const listen = (server: http.Server, port: number): Promise<string> => new Promise((resolve) => {
  server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
});

export async function startDemo(ports = { shop: 8787, serverContainer: 8788, pinterest: 8790 }): Promise<Demo> {
  const fake = createPinterestFake();
  const pinterest = await listen(fake.server, ports.pinterest);
  const serverExport = readContainerExport(fs.readFileSync(path.join(CONTAINERS, 'server-container.json'), 'utf8'), 'server-container.json');
  const containerServer = createContainerServer(createServerContainer(serverExport, createTransport([{ from: 'https://api.pinterest.com', to: pinterest }], false)));
  const serverContainer = await listen(containerServer, ports.serverContainer);
  const runtime = await bundleBrowserRuntime();
  const webContainer = fs.readFileSync(path.join(CONTAINERS, 'web-container.json'), 'utf8');
  let shop = '';
  const shopServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://shop');
    const send = (status: number, type: string, body: string): void => { res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); };
    if (url.pathname === '/gtm.js') return send(200, 'application/javascript', runtime);
    if (url.pathname === '/container/web.json') return send(200, 'application/json', webContainer);
    if (url.pathname === '/inspector') return send(200, 'text/html; charset=utf-8', inspectorPage(pinterest));
    const page = shopPage(url.pathname, url.searchParams, {
      routes: { 'https://s.pinimg.com': pinterest, [SERVER_CONTAINER_HOST]: serverContainer }, inspector: `${shop}/inspector`,
    });
    return page === undefined ? send(404, 'text/plain', 'Not found') : send(200, 'text/html; charset=utf-8', page);
  });
  shop = await listen(shopServer, ports.shop);
  const close = (s: http.Server): Promise<void> => new Promise((resolve) => { s.close(() => resolve()); s.closeAllConnections(); });
  return {
    shop, serverContainer, pinterest, inspector: `${shop}/inspector`, fake,
    close: async () => { await Promise.all([close(shopServer), close(containerServer), close(fake.server)]); },
  };
}

if (require.main === module) {
  startDemo().then((demo) => {
    console.log(`pinterest-gtm demo
  shop:             ${demo.shop}   (browse, add to cart, buy, send the contact form, search)
  inspector:        ${demo.inspector}   (browser and API events paired by event_id)
  server container: ${demo.serverContainer}   (gtm-sandbox serve of tests/fixtures/containers/server-container.json)
  Pinterest fake:   ${demo.pinterest}   (core.js, tag collector, Conversions API)
Press Ctrl+C to stop.`);
  }, (error: unknown) => { console.error(error); process.exitCode = 1; });
}
