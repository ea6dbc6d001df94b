/**
 * Outgoing HTTP from the server sandbox. Every request is recorded in the World; the answer is the
 * first scripted response whose `url` is a prefix of the request URL (default: 200, empty body).
 * Answers arrive after the current code. A scripted `error` rejects with GTM's `{reason}`
 * ('failed' or 'timed_out'). https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest
 */
import { str, type ApiContext } from '../api';

export interface HttpAnswer { statusCode: number; headers: Record<string, string>; body: string }
export type HttpOutcome = { value: HttpAnswer } | { reason: { reason: string } };

const DEFAULT_TIMEOUT_MS = 15000;

export function exchange(ctx: ApiContext, api: string, url: unknown, options: unknown, body: unknown): () => HttpOutcome {
  const href = str(url);
  ctx.permissions.assert(api, 'send_http', `sending HTTP to ${href}`, href);
  const o = (ctx.marshal.toHost(options) ?? {}) as { method?: string; headers?: Record<string, unknown>; timeout?: number; authorization?: unknown };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.headers ?? {})) headers[k] = str(v);
  if (o.authorization !== undefined) headers.Authorization = 'Bearer gtm-sandbox-google-token';
  ctx.world.http.push({
    url: href, method: str(o.method ?? 'GET').toUpperCase(), headers,
    body: body === undefined || body === null ? undefined : str(body), timeout: Number(o.timeout ?? DEFAULT_TIMEOUT_MS),
  });
  const scripted = ctx.world.responses.find((r) => href.startsWith(r.url));
  return () => {
    if (scripted?.error) return { reason: { reason: scripted.error } };
    return { value: { statusCode: scripted?.status ?? 200, headers: { ...(scripted?.headers ?? {}) }, body: scripted?.body ?? '' } };
  };
}
