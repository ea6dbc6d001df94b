/**
 * Google Analytics Measurement Protocol requests turned into event data ("Unified Schema"), for
 * isRequestMpv1/2 and extractEventsFromMpv1/2. The parameter mapping follows the GA4 client's
 * documented event data (https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data).
 */
import type { ServerRequest } from '../../world/world';
import { requestHeader, requestPath, requestQuery } from './request-parts';

type Params = Record<string, string | string[]>;
type Event = Record<string, unknown>;

export const isMpv2 = (r: ServerRequest): boolean => /\/g\/collect$/.test(requestPath(r)) || /\/mp\/collect$/.test(requestPath(r));
export const isMpv1 = (r: ServerRequest): boolean => !isMpv2(r) && /\/(r\/)?collect$/.test(requestPath(r)) && first(requestQuery(r).v ?? first(bodyParams(r).v)) === '1';

const GA4_KEYS: Record<string, string> = {
  v: 'x-ga-protocol_version', tid: 'x-ga-measurement_id', gtm: 'x-ga-gtm_version', _p: 'x-ga-page_id', cid: 'client_id',
  _s: 'x-ga-request_count', sid: 'ga_session_id', sct: 'ga_session_number', uid: 'user_id', en: 'event_name',
  _et: 'engagement_time_msec', dl: 'page_location', dr: 'page_referrer', dt: 'page_title', ul: 'language',
  sr: 'screen_resolution', cu: 'currency', gcs: 'x-ga-gcs', gcd: 'x-ga-gcd', npa: 'x-ga-npa', dma: 'x-ga-dma',
};

const ITEM_KEYS: Record<string, string> = { id: 'item_id', nm: 'item_name', br: 'item_brand', ca: 'item_category', va: 'item_variant', pr: 'price', qt: 'quantity', cp: 'coupon', af: 'affiliation', lp: 'index' };

export function eventsFromMpv2(r: ServerRequest): Event[] {
  if (/\/mp\/collect$/.test(requestPath(r))) return fromMpJson(r);
  const shared = requestQuery(r);
  const lines = r.body.split('\n').filter((l) => l.trim() !== '');
  const batches = lines.length > 0 ? lines.map((l) => ({ ...shared, ...parseQuery(l) })) : [shared];
  return batches.map((p) => withRequest(r, ga4Event(p)));
}

function ga4Event(p: Params): Event {
  const event: Event = {};
  const items: Event[] = [];
  for (const [key, raw] of Object.entries(p)) {
    const value = first(raw);
    if (GA4_KEYS[key]) event[GA4_KEYS[key]] = value;
    else if (key.startsWith('ep.')) event[key.slice(3)] = value;
    else if (key.startsWith('epn.')) event[key.slice(4)] = Number(value);
    else if (/^pr\d+$/.test(key)) items[Number(key.slice(2)) - 1] = parseItem(value);
  }
  if (items.length > 0) event.items = items.filter((i) => i !== undefined);
  if (typeof event.value === 'string') event.value = Number(event.value);
  return event;
}

function parseItem(encoded: string): Event {
  const item: Event = {};
  for (const part of encoded.split('~')) {
    const key = part.slice(0, 2);
    const name = ITEM_KEYS[key] ?? (/^k\d$/.test(key) ? undefined : key);
    if (name) item[name] = name === 'price' || name === 'quantity' ? Number(part.slice(2)) : part.slice(2);
  }
  return item;
}

function fromMpJson(r: ServerRequest): Event[] {
  const body = JSON.parse(r.body || '{}') as { client_id?: string; user_id?: string; events?: { name: string; params?: Event }[] };
  if (!Array.isArray(body.events)) throw new Error('extractEventsFromMpv2: the body has no events array');
  return body.events.map((e) => withRequest(r, { ...(e.params ?? {}), event_name: e.name, client_id: body.client_id, ...(body.user_id ? { user_id: body.user_id } : {}) }));
}

const V1_HIT_EVENTS: Record<string, string> = { pageview: 'page_view', screenview: 'screen_view', transaction: 'purchase', timing: 'timing_complete', exception: 'exception' };
const V1_KEYS: Record<string, string> = { cid: 'client_id', uid: 'user_id', dl: 'page_location', dr: 'page_referrer', dt: 'page_title', ul: 'language', sr: 'screen_resolution', cu: 'currency', ti: 'transaction_id', tid: 'x-ga-measurement_id', ea: 'event_action', ec: 'event_category', el: 'event_label' };

export function eventsFromMpv1(r: ServerRequest): Event[] {
  const lines = r.method.toUpperCase() === 'POST' && r.body.trim() !== '' ? r.body.split('\n').filter((l) => l.trim() !== '').map(parseQuery) : [requestQuery(r)];
  return lines.map((p) => {
    const hit = first(p.t ?? 'pageview');
    const event: Event = { event_name: V1_HIT_EVENTS[hit] ?? first(p.ea ?? hit) };
    for (const [key, raw] of Object.entries(p)) if (V1_KEYS[key]) event[V1_KEYS[key]] = first(raw);
    if (p.tr !== undefined) event.value = Number(first(p.tr));
    if (p.ev !== undefined) event.value = Number(first(p.ev));
    if (p.uip !== undefined) event.ip_override = first(p.uip);
    if (p.ua !== undefined) event.user_agent = first(p.ua);
    return withRequest(r, event);
  });
}

function withRequest(r: ServerRequest, event: Event): Event {
  const out: Event = { ...event };
  if (out.ip_override === undefined) out.ip_override = r.remoteAddress;
  if (out.user_agent === undefined) out.user_agent = requestHeader(r, 'user-agent') ?? '';
  return out;
}

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '');

function parseQuery(text: string): Params {
  return requestQuery({ method: 'GET', path: `/?${text}`, query: {}, headers: {}, body: '', remoteAddress: '' });
}

function bodyParams(r: ServerRequest): Params {
  return r.body.includes('=') ? parseQuery(r.body.split('\n')[0]) : {};
}
