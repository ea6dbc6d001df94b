/**
 * Outgoing HTTP from the server sandbox. Every request is recorded in the World; the answer comes from
 * the World's live transport (gtm-sandbox serve) or else the first scripted response whose `url` is a
 * prefix of the request URL (default: 200, empty body). Answers arrive after the current code. A
 * failure rejects with GTM's `{reason}` ('failed' or 'timed_out'). https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest
 */
import { str, type ApiContext } from '../api';

export interface HttpAnswer { statusCode: number; headers: Record<string, string>; body: string }
export type HttpOutcome = { value: HttpAnswer } | { reason: { reason: string } };

const DEFAULT_TIMEOUT_MS = 15000;

export function exchange(ctx: ApiContext, api: string, url: unknown, options: unknown, body: unknown): Promise<HttpOutcome> {
  const href = str(url);
  ctx.permissions.assert(api, 'send_http', `sending HTTP to ${href}`, href);
  const o = (ctx.marshal.toHost(options) ?? {}) as { method?: string; headers?: Record<string, unknown>; timeout?: number; authorization?: unknown };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.headers ?? {})) headers[k] = str(v);
  if (o.authorization !== undefined) headers.Authorization = 'Bearer gtm-sandbox-google-token';
  const record = {
    url: href, method: str(o.method ?? 'GET').toUpperCase(), headers,
    body: body === undefined || body === null ? undefined : str(body), timeout: Number(o.timeout ?? DEFAULT_TIMEOUT_MS),
  };
  ctx.world.http.push(record);
  const transport = ctx.world.transport;
  if (transport) {
    return transport(record).then(
      (answer): HttpOutcome => ({ value: { statusCode: answer.status, headers: answer.headers, body: answer.body } }),
      (error: unknown): HttpOutcome => ({ reason: { reason: error === 'timed_out' ? 'timed_out' : 'failed' } }),
    );
  }
  const scripted = ctx.world.responses.find((r) => href.startsWith(r.url));
  return new Promise<HttpOutcome>((resolve) => {
    ctx.scheduler.later(() => {
      if (scripted?.error) resolve({ reason: { reason: scripted.error } });
      else resolve({ value: { statusCode: scripted?.status ?? 200, headers: { ...(scripted?.headers ?? {}) }, body: scripted?.body ?? '' } });
    });
  });
}
