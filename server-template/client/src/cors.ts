/**
 * CORS for browsers that POST events: only origins on the allowlist get Access-Control-Allow-Origin,
 * and a preflight (OPTIONS) is answered without running anything. Image requests and server-to-server
 * POSTs carry no Origin and need none of this. The header repeats the configured entry, never the
 * request's spelling of it. The preflight allows only content-type, so a browser can never send the
 * shared secret header.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';

// The request and response APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/**
 * The allowlist entry matching the origin (case-insensitively), or undefined. Only an entry that is a
 * serialised origin as browsers send it (scheme, host, optional port: its own origin as the URL parser
 * writes it, https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin) is
 * ever answered, so the header never repeats anything else.
 */
export function allowedOrigin(allowlist: unknown, origin: string): string | undefined {
  const entries = [allowlist].join(',').split(',');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    const parsed = require('parseUrl')(entry);
    if (parsed !== undefined && parsed.origin === entry.toLowerCase() && entry.toLowerCase() === origin.toLowerCase()) return entry;
  }
  return undefined;
}

export function allowOrigin(origin: string, preflight: boolean): void {
  const setResponseHeader = require('setResponseHeader');
  setResponseHeader('access-control-allow-origin', origin);
  setResponseHeader('vary', 'Origin');
  if (!preflight) return;
  setResponseHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  setResponseHeader('access-control-allow-headers', 'content-type');
  setResponseHeader('access-control-max-age', '86400');
}
