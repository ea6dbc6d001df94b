/** The Cookie header of a server request, read and written. */
import type { ServerRequest } from './world';

/**
 * name → values of the request's Cookie header(s), in order, values as sent (not decoded). Pairs are
 * separated by ";" and a value may itself hold "=" (https://www.rfc-editor.org/rfc/rfc6265#section-5.4).
 */
export function requestCookies(request: ServerRequest): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const headers = Object.entries(request.headers).filter(([k]) => k.toLowerCase() === 'cookie').flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
  for (const pair of headers.join(';').split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    if (name === '') continue;
    out.set(name, [...(out.get(name) ?? []), pair.slice(eq + 1).trim()]);
  }
  return out;
}

/** The request with cookies added to its Cookie header (the `--cookies` shortcut of `gtm-sandbox run`). */
export function withCookies(request: ServerRequest, cookies: ReadonlyMap<string, readonly string[]>): ServerRequest {
  const pairs = [...cookies].flatMap(([name, values]) => values.map((v) => `${name}=${v}`));
  if (pairs.length === 0) return request;
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === 'cookie') ?? 'cookie';
  const before = request.headers[key];
  const existing = (Array.isArray(before) ? before : before === undefined ? [] : [before]).filter((v) => v.trim() !== '');
  return { ...request, headers: { ...request.headers, [key]: [...existing, ...pairs].join('; ') } };
}
