/**
 * Reads a request body up to a limit, for the fake and the demo's servers. A body declared larger
 * (Content-Length) is refused before a byte is read, and one sent larger (chunked) as soon as it passes
 * the limit: the rest is never read. The caller answers 413 with `Connection: close`, after which Node
 * closes the connection (https://nodejs.org/api/http.html#responsewriteheadstatuscode-statusmessage-headers).
 */
import type * as http from 'node:http';

export type Body = { kind: 'body'; bytes: Buffer } | { kind: 'too large' } | { kind: 'aborted' };

export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!(declared <= maxBytes)) return Promise.resolve({ kind: 'too large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let done = false;
    const finish = (body: Body): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(body);
    };
    function onData(chunk: Buffer): void {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        req.pause();
        finish({ kind: 'too large' });
      } else chunks.push(chunk);
    }
    req.on('data', onData);
    req.on('end', () => finish({ kind: 'body', bytes: Buffer.concat(chunks) }));
    req.on('error', () => finish({ kind: 'aborted' }));
    req.on('close', () => finish({ kind: 'aborted' }));
  });
}

/** The headers of an answer after which the connection is not reused (the unread body is dropped with it). */
export const CLOSE = { connection: 'close' } as const;
