/**
 * The GA4 client id and sessions from the `_ga` and `_ga_<stream>` cookies (GS1 dotted and GS2
 * `$`-separated formats). @see https://developers.google.com/tag-platform/tag-manager/templates/api#readanalyticsstorage
 */
import type { ApiImplementation } from '../api';

export const readAnalyticsStorage: ApiImplementation = (ctx) => (options: unknown) => {
  ctx.permissions.assert('readAnalyticsStorage', 'read_analytics_storage', 'reading analytics storage');
  const prefix = String(((ctx.marshal.toHost(options) ?? {}) as { cookie_prefix?: string }).cookie_prefix ?? '');
  const base = prefix === '' ? '_ga' : `${prefix}_ga`;
  const clientCookie = ctx.world.cookies.get(base)?.[0];
  const clientId = clientCookie ? clientCookie.split('.').slice(-2).join('.') : '';
  const sessions: { measurement_id: string; session_id: string; session_number: number }[] = [];
  for (const [name, values] of ctx.world.cookies) {
    if (!name.startsWith(`${base}_`) || values.length === 0) continue;
    const parts = values[0].startsWith('GS2.') ? values[0].split('.')[2]?.split('$') ?? [] : values[0].split('.').slice(2);
    const field = (letter: string, index: number): string => (values[0].startsWith('GS2.') ? (parts.find((p) => p.startsWith(letter)) ?? '').slice(1) : parts[index] ?? '');
    sessions.push({ measurement_id: `G-${name.slice(base.length + 1)}`, session_id: field('s', 0), session_number: Number(field('o', 1)) });
  }
  return { client_id: clientId, sessions };
};
