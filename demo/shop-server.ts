/**
 * The shop's HTTP server: gtm.js (gtm-sandbox's browser runtime), the web container export, the
 * inspector's routes and the shop's pages. Pages are only read: other methods get 405.
 */
import * as http from 'node:http';
import { type PageConfig, shopPage } from './shop-pages';

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;
/** `pageConfig` hears the page's Host (the demo serves its shop under more than one name). */
export interface ShopParts { runtime: string; webContainer: string; inspector: RouteHandler; pageConfig: (host: string | undefined) => PageConfig }

export function createShopServer(parts: ShopParts): http.Server {
  // Connections are checked for the request timeouts every second (Node's default: 30 s).
  return http.createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://shop');
    const send = (status: number, type: string, body: string, extra: http.OutgoingHttpHeaders = {}): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
      res.end(body);
    };
    if (parts.inspector(req, res, url)) return undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET, HEAD', connection: 'close' });
    if (url.pathname === '/gtm.js') return send(200, 'application/javascript', parts.runtime);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/container/web.json') return send(200, 'application/json', parts.webContainer);
    const page = shopPage(url.pathname, url.searchParams, parts.pageConfig(req.headers.host));
    return page === undefined ? send(404, 'text/plain; charset=utf-8', 'Not found') : send(200, 'text/html; charset=utf-8', page);
  });
}
