/**
 * Which requests the audit watches, and what a tag request says. Pinterest's tag loads
 * https://s.pinimg.com/ct/core.js and sends `GET https://ct.pinterest.com/v3/?event=…&tid=…&ed=<JSON>&pd=<JSON>`
 * (POST for large payloads); the image tag writes the same data as `ed[value]=…&pd[em]=…`
 * (https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies; pinterest-api.md
 * §3.5-3.6). The server container is reached on /pinterest/… (docs/event-protocol.md) or on the origins
 * given with --server-container. URLs and payloads come from the page: parsing is bounded and never throws.
 */
import type { RequestKind } from './observations';

export interface Route { readonly from: string; readonly to: string }

/** The URL the page asked for: a request to a --route target is reported under its original origin. */
export function unrouted(url: string, routes: Route[]): string {
  for (const r of routes) if (url === r.to || url.startsWith(`${r.to}/`) || url.startsWith(`${r.to}?`)) return r.from + url.slice(r.to.length);
  return url;
}

const hostOf = (url: URL): string => url.hostname.toLowerCase();
const isPinimg = (host: string): boolean => host === 'pinimg.com' || host.endsWith('.pinimg.com');
const isPinterest = (host: string): boolean => host === 'pinterest.com' || host.endsWith('.pinterest.com');

export function requestKind(rawUrl: string, serverOrigins: string[]): RequestKind | undefined {
  let url: URL;
  try { url = new URL(rawUrl); } catch { return undefined; }
  const host = hostOf(url);
  if (isPinimg(host) && url.pathname.endsWith('/core.js')) return 'core-js';
  if ((isPinterest(host) || isPinimg(host)) && url.pathname.startsWith('/v3')) return 'tag';
  if (isPinterest(host) || isPinimg(host)) return undefined;
  if (serverOrigins.includes(url.origin) || url.pathname.startsWith('/pinterest/')) return 'server';
  return undefined;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Five levels of names of at most a few dozen characters each. */
const MAX_KEY_CHARS = 300;
const NUMERIC_FIELDS = new Set(['value', 'order_quantity', 'product_price', 'product_quantity']);

function parseJson(text: string | null): Record<string, unknown> | undefined {
  if (text === null || text.length > 100_000) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch { return undefined; }
}

/** `ed[line_items][0][product_id]=1` style parameters → nested data; numbers where Pinterest expects numbers. */
export function bracketData(params: URLSearchParams, root: string): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  let seen = 0;
  for (const [key, value] of params) {
    // Real keys are short (ed[line_items][0][product_id]); a longer one is skipped before any matching.
    if (!key.startsWith(`${root}[`) || key.length > MAX_KEY_CHARS || ++seen > 500) continue;
    const path = [...key.slice(root.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    if (path.length === 0 || path.length > 5 || path.some((p) => UNSAFE_KEYS.has(p))) continue;
    out ??= {};
    let node: Record<string, unknown> = out;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = (next !== null && typeof next === 'object' ? next : (node[part] = {})) as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    node[last] = NUMERIC_FIELDS.has(last) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return out === undefined ? undefined : (arrays(out) as Record<string, unknown>);
}

/** Objects whose keys are 0..n-1 become lists (line_items). */
function arrays(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  for (const k of keys) o[k] = arrays(o[k]);
  return keys.length > 0 && keys.every((k, i) => k === String(i)) ? keys.map((k) => o[k]) : o;
}

export interface TagPayload { event?: string; tagId?: string; eventData?: Record<string, unknown>; partnerData?: Record<string, unknown> }

export function tagPayload(rawUrl: string, body: string | null): TagPayload {
  let params: URLSearchParams;
  try { params = new URL(rawUrl).searchParams; } catch { return {}; }
  if (body !== null && body.length <= 100_000) {
    const json = parseJson(body);
    if (json) for (const [k, v] of Object.entries(json)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    else for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
  }
  const text = (name: string): string | undefined => params.get(name)?.slice(0, 200) ?? undefined;
  return {
    event: text('event'), tagId: text('tid'),
    eventData: parseJson(params.get('ed')) ?? bracketData(params, 'ed'),
    partnerData: parseJson(params.get('pd')) ?? bracketData(params, 'pd'),
  };
}

/** A URL for reports: no query string (it can carry hashed or raw personal data). */
export function withoutQuery(rawUrl: string): string {
  try { const u = new URL(rawUrl); return `${u.origin}${u.pathname}`; } catch { return rawUrl.split('?')[0].slice(0, 200); }
}
