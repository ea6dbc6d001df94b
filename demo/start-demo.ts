/**
 * The demo: the shop (web container via gtm-sandbox's gtm.js stand-in), the server container
 * (gtm-sandbox serve), and the Pinterest fake, all on 127.0.0.1. The page maps Pinterest's and the
 * server container's production hosts to these local servers, so nothing leaves the machine.
 *   npm start [-- --port N] [--server-container-port N] [--pinterest-port N] [--log-file FILE]
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';
import { readContainerExport } from '../gtm-sandbox/container/export-format';
import { createContainerServer } from '../gtm-sandbox/container/http-server';
import { createTransport } from '../gtm-sandbox/container/http-transport';
import { createServerContainer, type ServerContainer, type Transport } from '../gtm-sandbox/container/server-container';
import { createPinterestFake, type PinterestFake } from '../pinterest-fake/pinterest-fake';
import { DEFAULT_PORTS, demoArguments, PORT_CHOICES, type DemoPorts } from './demo-ports';
import { behindFrontEnd } from './front-end';
import { inspectorRoutes } from './inspector/inspector-routes';
import { createWithheldStore } from './inspector/withheld';
import { close, DemoStartError, listen } from './listen';
import { DEMO_TIMEOUTS, guardServer, type GuardRules, type Timeouts } from './request-guard';
import { bundleBrowserRuntime } from './runtime-bundle';
import { PINTEREST_RULES, SERVER_CONTAINER_RULES, SHOP_RULES } from './server-rules';
import { createShopServer } from './shop-server';
import { DEMO_SHOP_DOMAINS, otherShopOrigin } from './linker-stand-in';

const CONTAINERS = path.resolve(__dirname, '..', 'tests', 'fixtures', 'containers');
/** The production hosts the containers name, mapped to the local servers. */
export const SERVER_CONTAINER_HOST = 'https://sgtm.shop.example';
export { DEMO_VISITOR_IP } from './front-end';

export interface Demo {
  shop: string; serverContainer: string; pinterest: string; inspector: string;
  fake: PinterestFake; container: ServerContainer;
  /** The three HTTP servers, listening (for tools and tests). */
  servers: Record<keyof DemoPorts, http.Server>;
  close(): Promise<void>;
}

export interface DemoOptions {
  /** Appends every log line the server container's tags print (one JSON line per message) to this file. */
  logFile?: string;
  /** Also receives each of those lines (`npm start` prints them to stdout). */
  onLog?: (line: string) => void;
  /** How long the servers wait for a request's headers and for all of it (default DEMO_TIMEOUTS). */
  timeouts?: Timeouts;
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
  const withheld = createWithheldStore(readContainerExport(webContainer, 'web-container.json'));
  const origins = { shop: '', serverContainer: '', pinterest: '' };
  // The Pinterest fake listens first; its origin is known by the time a tag sends anything.
  const toPinterestFake: Transport = (request) => createTransport([{ from: 'https://api.pinterest.com', to: origins.pinterest }], false)(request);
  const container = createServerContainer(serverExport, toPinterestFake, { onLog });
  const inspector = inspectorRoutes(() => ({ tagEvents: fake.tagEvents, requests: fake.requests, tagRuns: container.tagRuns }), withheld);
  const shopServer = createShopServer({
    runtime, webContainer, inspector,
    // A page of a demo shop domain reaches the server container under its own host name (the port differs): the
    // browser sends that site's cookies (_ga, _epik) and keeps the ones the server sets, as with sgtm.<its domain>.
    pageConfig: (host) => ({
      routes: { 'https://s.pinimg.com': origins.pinterest, [SERVER_CONTAINER_HOST]: containerFor(host) },
      inspector: `${origins.shop}/inspector`, otherShop: otherShopOrigin(host),
    }),
  });
  const containerFor = (host: string | undefined): string => {
    const name = (host ?? '').split(':')[0].toLowerCase();
    const url = new URL(origins.serverContainer);
    if ((DEMO_SHOP_DOMAINS as readonly string[]).includes(name)) url.hostname = name;
    return url.origin;
  };
  const timeouts = options.timeouts ?? DEMO_TIMEOUTS;
  const serverContainer = createContainerServer(behindFrontEnd(container), undefined, {
    maxBodyBytes: SERVER_CONTAINER_RULES.maxBodyBytes, headersTimeoutMs: timeouts.headersMs, requestTimeoutMs: timeouts.requestMs,
  });
  const servers = { pinterest: fake.server, serverContainer, shop: shopServer };
  const rules: Record<keyof DemoPorts, GuardRules> = { pinterest: PINTEREST_RULES, serverContainer: SERVER_CONTAINER_RULES, shop: SHOP_RULES };
  const closeAll = async (): Promise<void> => {
    await Promise.all(Object.values(servers).map((s) => close(s)));
    if (logFd !== undefined) fs.closeSync(logFd);
  };
  // The shop's pages, under each of its host names: the only pages that may send the demo writes.
  const shopPages = new Set<string>();
  try {
    for (const name of ['pinterest', 'serverContainer', 'shop'] as const) {
      origins[name] = await listen(servers[name], ports[name], PORT_CHOICES[name]);
      guardServer(servers[name], rules[name], () => shopPages, timeouts, name === 'pinterest' ? [] : DEMO_SHOP_DOMAINS);
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  const shopPort = new URL(origins.shop).port;
  for (const name of ['127.0.0.1', 'localhost', ...DEMO_SHOP_DOMAINS]) shopPages.add(`http://${name}:${shopPort}`);
  return { ...origins, inspector: `${origins.shop}/inspector`, fake, container, servers, close: closeAll };
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
