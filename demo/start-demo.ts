/**
 * The demo: the shop (web container via gtm-sandbox's gtm.js stand-in), the server container
 * (gtm-sandbox serve), and the Pinterest fake, all on 127.0.0.1. The page maps Pinterest's and the
 * server container's production hosts to these local servers, so nothing leaves the machine.
 *   npm start [-- --port N] [--server-container-port N] [--pinterest-port N] [--log-file FILE]
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { readContainerExport } from '../gtm-sandbox/container/export-format';
import { createContainerServer } from '../gtm-sandbox/container/http-server';
import { createTransport } from '../gtm-sandbox/container/http-transport';
import { createServerContainer, type ServerContainer, type Transport } from '../gtm-sandbox/container/server-container';
import { createPinterestFake, type PinterestFake } from '../pinterest-fake/pinterest-fake';
import { DEFAULT_PORTS, demoArguments, PORT_CHOICES, type DemoPorts } from './demo-ports';
import { acceptOnlyLocalHosts } from './host-guard';
import { inspectorRoutes } from './inspector/inspector-routes';
import { close, DemoStartError, listen } from './listen';
import { bundleBrowserRuntime } from './runtime-bundle';
import { shopPage } from './shop-pages';

const CONTAINERS = path.resolve(__dirname, '..', 'tests', 'fixtures', 'containers');
/** The production hosts the containers name, mapped to the local servers. */
export const SERVER_CONTAINER_HOST = 'https://sgtm.shop.example';
/**
 * The visitor's address as the server container's front end reports it. Cloud Run's front end appends the
 * address each request came from to X-Forwarded-For, where the Pinterest client reads it
 * (docs/event-protocol.md, "Client address"); the demo's visitors come from 127.0.0.1, which is no visitor's
 * address on the internet, so its front end appends a documentation address (RFC 5737) instead.
 */
export const DEMO_VISITOR_IP = '203.0.113.7';

/** The container behind that front end. */
function behindFrontEnd(container: ServerContainer): ServerContainer {
  return {
    get tagRuns() { return container.tagRuns; },
    handle: (request) => container.handle({
      ...request, headers: { ...request.headers, 'x-forwarded-for': [request.headers['x-forwarded-for'] ?? [], DEMO_VISITOR_IP].flat().join(', ') },
    }),
  };
}

export interface Demo {
  shop: string; serverContainer: string; pinterest: string; inspector: string;
  fake: PinterestFake; container: ServerContainer; close(): Promise<void>;
}

export interface DemoOptions {
  /** Appends every log line the server container's tags print (one JSON line per message) to this file. */
  logFile?: string;
  /** Also receives each of those lines (`npm start` prints them to stdout). */
  onLog?: (line: string) => void;
}

export async function startDemo(ports: DemoPorts = DEFAULT_PORTS, options: DemoOptions = {}): Promise<Demo> {
  const logFd = options.logFile === undefined ? undefined : fs.openSync(options.logFile, 'a');
  const onLog = (line: string): void => {
    if (logFd !== undefined) fs.writeSync(logFd, `${line}\n`);
    options.onLog?.(line);
  };
  const fake = createPinterestFake();
  const serverExport = readContainerExport(fs.readFileSync(path.join(CONTAINERS, 'server-container.json'), 'utf8'), 'server-container.json');
  const runtime = await bundleBrowserRuntime();
  const webContainer = fs.readFileSync(path.join(CONTAINERS, 'web-container.json'), 'utf8');
  const origins = { shop: '', serverContainer: '', pinterest: '' };
  // The Pinterest fake listens first; its origin is known by the time a tag sends anything.
  const toPinterestFake: Transport = (request) => createTransport([{ from: 'https://api.pinterest.com', to: origins.pinterest }], false)(request);
  const container = createServerContainer(serverExport, toPinterestFake, { onLog });
  const containerServer = createContainerServer(behindFrontEnd(container));
  const inspector = inspectorRoutes(() => ({ tagEvents: fake.tagEvents, requests: fake.requests, tagRuns: container.tagRuns }));
  const shopServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://shop');
    const send = (status: number, type: string, body: string): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (url.pathname === '/gtm.js') return send(200, 'application/javascript', runtime);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/container/web.json') return send(200, 'application/json', webContainer);
    if (inspector(req, res, url)) return undefined;
    const page = shopPage(url.pathname, url.searchParams, {
      routes: { 'https://s.pinimg.com': origins.pinterest, [SERVER_CONTAINER_HOST]: origins.serverContainer }, inspector: `${origins.shop}/inspector`,
    });
    return page === undefined ? send(404, 'text/plain; charset=utf-8', 'Not found') : send(200, 'text/html; charset=utf-8', page);
  });
  const servers: [keyof DemoPorts, http.Server][] = [['pinterest', fake.server], ['serverContainer', containerServer], ['shop', shopServer]];
  const closeAll = async (): Promise<void> => {
    await Promise.all(servers.map(([, s]) => close(s)));
    if (logFd !== undefined) fs.closeSync(logFd);
  };
  try {
    for (const [name, server] of servers) {
      origins[name] = await listen(server, ports[name], PORT_CHOICES[name]);
      acceptOnlyLocalHosts(server);
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { ...origins, inspector: `${origins.shop}/inspector`, fake, container, close: closeAll };
}

if (require.main === module) {
  Promise.resolve().then(() => {
    const args = demoArguments(process.argv.slice(2), process.env);
    return startDemo(args.ports, { logFile: args.logFile, onLog: (line) => process.stdout.write(`${line}\n`) }).then((demo) => {
      console.log(`pinterest-gtm demo
  shop:             ${demo.shop}   (browse, add to cart, buy, send the contact form, search)
  inspector:        ${demo.inspector}   (every event: browser tag and Conversions API side by side)
  server container: ${demo.serverContainer}   (gtm-sandbox serve of tests/fixtures/containers/server-container.json)
  Pinterest fake:   ${demo.pinterest}   (core.js, tag collector, Conversions API: local, nothing is sent to Pinterest)
  tag logs:         stdout${args.logFile ? ` and ${args.logFile}   (try: npx pinterest-gtm report ${args.logFile})` : '   (add --log-file FILE to keep them for pinterest-gtm report)'}
Press Ctrl+C to stop.`);
    });
  }).catch((error: unknown) => {
    console.error(error instanceof DemoStartError ? `npm start: ${error.message}` : error);
    process.exitCode = 1;
  });
}
