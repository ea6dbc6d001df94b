/**
 * DNS rebinding defence: the demo's servers answer only requests addressed to the hosts the demo prints
 * (127.0.0.1:<port>, and localhost:<port>, which no remote name can rebind to). A page on another site
 * whose name is re-pointed at 127.0.0.1 sends its own name in Host and gets 421 Misdirected Request
 * (https://www.rfc-editor.org/rfc/rfc9110#name-421-misdirected-request) before any handler runs.
 */
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';

type RequestListener = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** The Host values a server listening on 127.0.0.1 accepts. */
export function localHosts(server: http.Server): Set<string> {
  const { port } = server.address() as AddressInfo;
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Puts the Host check in front of the server's existing request handlers. Call after it listens. */
export function acceptOnlyLocalHosts(server: http.Server): void {
  const hosts = localHosts(server);
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end(`This demo server answers only ${[...hosts].join(' and ')}.\n`);
      return;
    }
    for (const handler of handlers) handler.call(server, req, res);
  });
}
