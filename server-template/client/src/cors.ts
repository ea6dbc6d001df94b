/**
 * CORS for browsers that POST events: only origins on the allowlist get Access-Control-Allow-Origin,
 * and a preflight (OPTIONS) is answered without running anything. Image requests and server-to-server
 * POSTs carry no Origin and need none of this. The header repeats the configured entry, never the
 * request's spelling of it. The preflight allows only content-type, so a browser can never send the
 * shared secret header.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { toText } from '../../../pinterest/values';

// The request and response APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** The allowlist entry matching the origin (case-insensitively), or undefined. */
export function allowedOrigin(allowlist: unknown, origin: string): string | undefined {
  const entries = (toText(allowlist) ?? '').split(',');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    if (isOrigin(entry) && entry.toLowerCase() === origin.toLowerCase()) return entry;
  }
  return undefined;
}

/**
 * A serialised origin as browsers send it (https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin):
 * http(s)://, a host of letters, digits, dots and hyphens, an optional :port. Only such entries of the field
 * are ever answered, so the header never repeats anything else.
 */
function isOrigin(entry: string): boolean {
  const lower = entry.toLowerCase();
  const rest = lower.indexOf('https://') === 0 ? lower.slice(8) : lower.indexOf('http://') === 0 ? lower.slice(7) : '';
  if (rest === '' || rest.length > 253) return false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '-' || c === ':')) return false;
  }
  return true;
}

/** The request's Origin, or undefined when it has none. */
export function requestOrigin(): string | undefined {
  return toText(require('getRequestHeader')('origin'));
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
