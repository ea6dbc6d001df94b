/** Small builders for the audit's observations: page views, pintrk calls, tag requests. */
import { createHash } from 'node:crypto';
import type { ConsentState, ObservedRequest, PageView } from '../../verify/audit/observations';
import type { Finding } from '../../verify/audit/findings';

export const TAG_ID = '2612345678901';
export const EMAIL = 'jane.doe@example.com';
export const HASHED_EMAIL = createHash('sha256').update(EMAIL).digest('hex');
export const UNKNOWN: ConsentState = { adStorage: 'unknown', adUserData: 'unknown' };
export const GRANTED: ConsentState = { adStorage: 'granted', adUserData: 'granted' };
export const DENIED: ConsentState = { adStorage: 'denied', adUserData: 'denied' };

export type Args = unknown[];
export const baseCode = (options: Record<string, unknown> = { em: HASHED_EMAIL }, tagId: unknown = TAG_ID): Args[] => [['load', tagId, options], ['page']];
export const checkoutData = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  event_id: 'checkout_ORD-1', value: 39.9, currency: 'EUR', order_id: 'ORD-1', order_quantity: 1,
  line_items: [{ product_id: 'VASE-01', product_name: 'Vase', product_price: 39.9, product_quantity: 1 }], ...extra,
});
export const track = (name: unknown, data?: unknown, ...rest: unknown[]): Args => ['track', name, data, ...rest].slice(0, data === undefined && rest.length === 0 ? 2 : 3 + rest.length);

/** A tag request as the observer records it (the image tag or core.js). */
export const tagRequest = (event: string, extra: Partial<ObservedRequest> = {}): ObservedRequest => ({
  kind: 'tag', time: 1000, url: 'https://ct.pinterest.com/v3/', status: 200, event, tagId: TAG_ID, eventData: {}, partnerData: {}, ...extra,
});
export const coreJs = (extra: Partial<ObservedRequest> = {}): ObservedRequest => ({ kind: 'core-js', time: 1000, url: 'https://s.pinimg.com/ct/core.js', status: 200, ...extra });

let clock = 1_000_000;
/** A page view; by default the tag worked (core.js and one tag request), consent unknown (no Consent Mode). */
export function view(calls: Args[], extra: Partial<PageView> & { index?: number; callConsent?: ConsentState } = {}): PageView {
  const consent = extra.callConsent ?? extra.consent ?? UNKNOWN;
  const startedAt = extra.startedAt ?? (clock += 10_000);
  return {
    index: extra.index ?? 0, url: extra.url ?? 'https://shop.example/thanks', step: extra.step, startedAt,
    calls: calls.map((args, i) => ({ time: startedAt + i + 1, args, consent })),
    requests: extra.requests ?? (calls.length > 0 ? [coreJs(), tagRequest('init')] : []),
    dataLayer: extra.dataLayer ?? [], consent: extra.consent ?? consent,
    cookiesBefore: extra.cookiesBefore ?? [], cookiesAfter: extra.cookiesAfter ?? [],
    ...(extra.auditConsent ? { auditConsent: extra.auditConsent } : {}), ...(extra.loadError ? { loadError: extra.loadError } : {}),
  };
}

/** Page views numbered in order. */
export const pages = (...views: PageView[]): PageView[] => views.map((v, index) => ({ ...v, index }));

export const ids = (findings: Finding[]): string[] => [...new Set(findings.map((f) => f.id))].sort();
