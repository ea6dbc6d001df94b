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

async function toServerRequest(req: http.IncomingMessage): Promise<ServerRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = v;
  return {
    method: req.method ?? 'GET', path: req.url ?? '/', query: {}, headers,
    body: Buffer.concat(chunks).toString('utf8'), remoteAddress: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
  };
}

/** Where a failed request is reported: one line each (stderr by default). */
export type ErrorLine = (line: string) => void;

/**
 * A template's response cannot always be written (a header or cookie value holding a line feed is
 * refused by Node, https://nodejs.org/api/http.html#responsesetheadername-value): that request gets a
 * 500 and one line on stderr, and the server goes on serving.
 */
export function createContainerServer(container: ServerContainer, reportError: ErrorLine = (line) => console.error(line)): http.Server {
  return http.createServer((req, res) => {
    toServerRequest(req).then((request) => container.handle(request)).then((answer) => {
      const headers: http.OutgoingHttpHeaders = { ...answer.headers };
      if (answer.cookies.length > 0) headers['set-cookie'] = answer.cookies.map(setCookieHeader);
      res.writeHead(answer.status, headers);
      res.end(Buffer.from(answer.body, answer.headers['content-type'] === 'image/gif' ? 'latin1' : 'utf8'));
    }).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // The path without its query: query strings can carry personal data.
      reportError(`gtm-sandbox serve: 500 for ${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0]}: ${message}`.replace(/[\r\n]+/g, ' '));
      if (res.headersSent) { res.destroy(); return; }
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`gtm-sandbox serve: the response could not be written: ${message}`);
    });
  });
}
