/**
 * What each demo server checks before any of its handlers runs. The demo listens on 127.0.0.1, but any
 * page the browser opens can still send it requests:
 * - Host: only the hosts the demo prints, 127.0.0.1:<port> and localhost:<port>, which no remote name
 *   can rebind to (DNS rebinding), and for the shop and the server container the demo's two shop domains
 *   under the reserved `.example` (linker-stand-in.ts); others get 421 Misdirected Request
 *   (https://www.rfc-editor.org/rfc/rfc9110#name-421-misdirected-request).
 * - Bodies: only with a Content-Length within the server's limit; a larger one gets 413 and a body
 *   without a length (chunked) 411, before a byte of it is read, and the connection is closed
 *   (https://www.rfc-editor.org/rfc/rfc9110#name-411-length-required, #name-413-content-too-large).
 * - Writes from pages: a request that records something may come from a browser page only when the
 *   page is one of the demo's (its Origin, else its Referer); a page that hides both gets through only
 *   from the same site (Fetch Metadata's Sec-Fetch-Site, https://www.w3.org/TR/fetch-metadata/).
 *   Writes no demo page makes (the Conversions API's POSTs come from the server container) are refused
 *   from every page. Tools (curl, the server container, tests) send none of these headers. 403.
 * - Slow clients: the headers within `headersMs`, the whole request within `requestMs`; then Node
 *   answers 408 (https://nodejs.org/api/http.html#serverheaderstimeout).
 */
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Who may send a request from a browser page: any page (it records nothing), the demo's pages only, or no page. */
export type Writers = 'any-page' | 'demo-pages' | 'no-page';
export interface GuardRules {
  readonly maxBodyBytes: number;
  writers(method: string, pathname: string): Writers;
}
export interface Timeouts { readonly headersMs: number; readonly requestMs: number }
export const DEMO_TIMEOUTS: Timeouts = { headersMs: 10_000, requestMs: 30_000 };

type RequestListener = (req: http.IncomingMessage, res: http.ServerResponse) => void;
export interface Refusal { status: number; text: string }
interface RequestLike { method?: string; url?: string; headers: http.IncomingHttpHeaders }

/**
 * The Host values a server listening on 127.0.0.1 accepts; `names`: more host names on its port, only names
 * no public DNS can answer for (RFC 2606's `.example`: linker-stand-in.ts), so none can be rebound to it.
 */
export function localHosts(server: http.Server, names: readonly string[] = []): Set<string> {
  const { port } = server.address() as AddressInfo;
  return new Set(['127.0.0.1', 'localhost', ...names].map((name) => `${name}:${port}`));
}

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
const originOf = (url: string): string | undefined => {
  try { const origin = new URL(url).origin; return origin === 'null' ? undefined : origin; } catch { return undefined; }
};

function writerRefusal(req: RequestLike, writers: Writers, pageOrigins: ReadonlySet<string>): Refusal | undefined {
  if (writers === 'any-page') return undefined;
  const site = one(req.headers['sec-fetch-site']);
  const origin = one(req.headers.origin);
  const referer = one(req.headers.referer);
  if (writers === 'no-page') {
    return site !== undefined || origin !== undefined ? { status: 403, text: 'No web page may send this request; it comes from the server container.' } : undefined;
  }
  if (site === 'none' || site === 'same-origin') return undefined;
  const from = origin !== undefined ? (origin === 'null' ? 'null' : originOf(origin)) : referer === undefined ? undefined : originOf(referer);
  const allowed = from === undefined ? site !== 'cross-site' : pageOrigins.has(from);
  return allowed ? undefined : { status: 403, text: 'This demo server records requests only from the demo\'s own pages.' };
}

/** Why the demo refuses a request before its handler runs, or undefined. */
export function refusal(req: RequestLike, rules: GuardRules, hosts: ReadonlySet<string>, pageOrigins: ReadonlySet<string>): Refusal | undefined {
  if (!hosts.has(String(one(req.headers.host) ?? '').toLowerCase())) return { status: 421, text: `This demo server answers only ${[...hosts].join(' and ')}.` };
  if (req.headers['transfer-encoding'] !== undefined) return { status: 411, text: 'A body needs a Content-Length.' };
  const length = Number(req.headers['content-length'] ?? 0);
  if (!(length <= rules.maxBodyBytes)) return { status: 413, text: `The body is over ${rules.maxBodyBytes} bytes.` };
  const method = (req.method ?? 'GET').toUpperCase();
  let pathname = '/';
  try { pathname = new URL(req.url ?? '/', 'http://demo').pathname; } catch { /* the root's rules apply */ }
  return writerRefusal(req, rules.writers(method, pathname), pageOrigins);
}

/**
 * Puts the checks in front of the server's request handlers and sets its timeouts. Call after it
 * listens; `pageOrigins` is read on each request (the shop may listen after this server).
 */
export function guardServer(server: http.Server, rules: GuardRules, pageOrigins: () => ReadonlySet<string>, timeouts: Timeouts = DEMO_TIMEOUTS, names: readonly string[] = []): void {
  const hosts = localHosts(server, names);
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const refused = refusal(req, rules, hosts, pageOrigins());
    if (refused) {
      res.writeHead(refused.status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', connection: 'close' });
      res.end(`${refused.text}\n`);
      return;
    }
    for (const handler of handlers) handler.call(server, req, res);
  });
}
