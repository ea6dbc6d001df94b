/**
 * getGoogleScript('ANALYTICS' | 'GTAG' | 'GTM', {id}) → Promise<{script, metadata}>. Offline there is
 * no Google script to fetch: the request is recorded and answered with the scripted response for its
 * URL (or an empty script). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getgooglescript
 */
import { Raw } from '../../runtime/marshal';
import { str, type ApiImplementation } from '../api';
import { exchange } from './http-exchange';

const SCRIPT_URLS: Record<string, string> = {
  ANALYTICS: 'https://www.google-analytics.com/analytics.js',
  GTAG: 'https://www.googletagmanager.com/gtag/js',
  GTM: 'https://www.googletagmanager.com/gtm.js',
};

export const getGoogleScript: ApiImplementation = (ctx) => (script: unknown, options: unknown) => {
  const o = (ctx.marshal.toHost(options) ?? {}) as { id?: string };
  const base = SCRIPT_URLS[str(script)] ?? SCRIPT_URLS.GTAG;
  const url = o.id ? `${base}?id=${encodeURIComponent(o.id)}` : base;
  return new Raw(ctx.promises.settleWith(exchange(ctx, 'getGoogleScript', url, { method: 'GET' }, undefined)
    .then((answer) => ('value' in answer ? { value: { script: answer.value.body, metadata: answer.value.headers } } : answer))));
};
