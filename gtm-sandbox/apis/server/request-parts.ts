/**
 * The incoming request as the request APIs see it: the World gives `path` (possibly with a query
 * string) and a `query` object; both are merged here. Header names are case-insensitive and repeated
 * headers are joined with ", ". https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestheader
 */
import type { ServerRequest } from '../../world/world';

export function requestPath(request: ServerRequest): string {
  const q = request.path.indexOf('?');
  return q === -1 ? request.path : request.path.slice(0, q);
}

export function requestQueryString(request: ServerRequest): string {
  const q = request.path.indexOf('?');
  const fromPath = q === -1 ? '' : request.path.slice(q + 1);
  const fromObject = Object.entries(request.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v])
    .map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`));
  return [fromPath, ...fromObject].filter((p) => p !== '').join('&');
}

export function requestQuery(request: ServerRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const pair of requestQueryString(request).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    const before = out[key];
    out[key] = before === undefined ? value : ([] as string[]).concat(before, value);
  }
  return out;
}

export function requestHeader(request: ServerRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const values = Object.entries(request.headers).filter(([k]) => k.toLowerCase() === wanted).flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
  return values.length === 0 ? undefined : values.join(', ');
}

function decode(text: string): string {
  try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch { return text; }
}
