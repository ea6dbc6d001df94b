/**
 * An HTTP front for a server container (gtm-sandbox serve): each request becomes a ServerRequest, the
 * container answers, and cookies the client set become Set-Cookie headers. For development and tests;
 * production runs the templates in real server-side GTM.
 */
import * as http from 'node:http';
import type { CookieWrite, ServerRequest } from '../world/world';
import type { ServerContainer } from './server-container';

export function setCookieHeader(cookie: CookieWrite): string {
  const o = cookie.options;
  const parts = [`${cookie.name}=${cookie.value}`];
  // "auto" is the registrable domain in sGTM; a host-only cookie is its equivalent on localhost.
  if (typeof o.domain === 'string' && o.domain !== 'auto' && o.domain !== '') parts.push(`Domain=${o.domain}`);
  parts.push(`Path=${typeof o.path === 'string' ? o.path : '/'}`);
  if (o['max-age'] !== undefined) parts.push(`Max-Age=${Number(o['max-age'])}`);
  if (typeof o.expires === 'string') parts.push(`Expires=${o.expires}`);
  if (o.secure === true) parts.push('Secure');
  if (o.httpOnly === true) parts.push('HttpOnly');
  const sameSite = o.sameSite ?? o.samesite;
  if (typeof sameSite === 'string') parts.push(`SameSite=${sameSite}`);
  return parts.join('; ');
}

/** Limits of `serve`'s HTTP front against hostile callers; the defaults are docs/emulator-fidelity.md's. */
export interface ServerLimits {
  /** A larger body is refused with 413 before it is read (Content-Length) or as soon as it passes the limit. */
  readonly maxBodyBytes?: number;
  /** Milliseconds a caller has to send the request's headers, and the whole request (Node answers 408). */
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}
export const DEFAULT_LIMITS: Required<ServerLimits> = { maxBodyBytes: 10 * 1024 * 1024, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 };

class BodyTooLarge extends Error {}

/** The body, read no further than `max` bytes: a declared or streamed larger one throws BodyTooLarge. */
async function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function toServerRequest(req: http.IncomingMessage, maxBodyBytes: number): Promise<ServerRequest> {
  const body = await readBody(req, maxBodyBytes);
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = v;
  return {
    method: req.method ?? 'GET', path: req.url ?? '/', query: {}, headers,
    body: body.toString('utf8'), remoteAddress: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
  };
}

/** Where a failed request is reported: one line each (stderr by default). */
export type ErrorLine = (line: string) => void;

/**
 * A template's response cannot always be written (a header or cookie value holding a line feed is
 * refused by Node, https://nodejs.org/api/http.html#responsesetheadername-value): that request gets a
 * 500 and one line on stderr, and the server goes on serving.
 */
export function createContainerServer(container: ServerContainer, reportError: ErrorLine = (line) => console.error(line), limits: ServerLimits = {}): http.Server {
  const { maxBodyBytes, headersTimeoutMs, requestTimeoutMs } = { ...DEFAULT_LIMITS, ...limits };
  // Node closes slow callers only when it checks, every connectionsCheckingInterval ms (https://nodejs.org/api/http.html#httpcreateserveroptions-requestlistener).
  const options: http.ServerOptions = { headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, headersTimeoutMs) };
  return http.createServer(options, (req, res) => {
    toServerRequest(req, maxBodyBytes).then((request) => container.handle(request)).then((answer) => {
      const headers: http.OutgoingHttpHeaders = { ...answer.headers };
      if (answer.cookies.length > 0) headers['set-cookie'] = answer.cookies.map(setCookieHeader);
      res.writeHead(answer.status, headers);
      res.end(Buffer.from(answer.body, answer.headers['content-type'] === 'image/gif' ? 'latin1' : 'utf8'));
    }).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        // Answer, then stop reading: the rest of the body is never buffered.
        res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' });
        res.end(`gtm-sandbox serve: the request body is over ${maxBodyBytes} bytes`, () => req.destroy());
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      // The path without its query: query strings can carry personal data.
      reportError(`gtm-sandbox serve: 500 for ${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0]}: ${message}`.replace(/[\r\n]+/g, ' '));
      if (res.headersSent) { res.destroy(); return; }
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`gtm-sandbox serve: the response could not be written: ${message}`);
    });
  });
}
