/**
 * Live outgoing HTTP for container runtimes: each URL prefix can be routed to a local fake
 * (`--route https://api.pinterest.com=http://127.0.0.1:8790`); any other non-local host is refused
 * unless the network is allowed, so tests and the demo never reach real Pinterest or Google hosts.
 */
import type { HttpRequestRecord } from '../world/world';

export interface Route { readonly from: string; readonly to: string }

export function parseRoute(text: string): Route {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--route needs ORIGIN=LOCAL_URL, got "${text}"`);
  return { from: text.slice(0, eq).replace(/\/$/, ''), to: text.slice(eq + 1).replace(/\/$/, '') };
}

const isLocal = (url: string): boolean => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url);

export function createTransport(routes: readonly Route[], allowNetwork: boolean) {
  return async (request: HttpRequestRecord): Promise<{ status: number; headers: Record<string, string>; body: string }> => {
    const route = routes.find((r) => request.url === r.from || request.url.startsWith(r.from + '/') || request.url.startsWith(r.from + '?'));
    const url = route ? route.to + request.url.slice(route.from.length) : request.url;
    if (!route && !isLocal(url) && !allowNetwork) throw 'failed';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeout);
    try {
      const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body, signal: controller.signal });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => { headers[key] = value; });
      return { status: response.status, headers, body: await response.text() };
    } catch {
      throw controller.signal.aborted ? 'timed_out' : 'failed';
    } finally {
      clearTimeout(timer);
    }
  };
}
