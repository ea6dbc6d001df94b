/**
 * A hostile page for the web templates: URLs with junk query strings (click ids that try cookie
 * injection, raw contact data, fragments), a dataLayer with GA4 ecommerce junk, window globals holding
 * junk where the page-view id lives, consent states and later consent updates, and cookies.
 */
import { CANARY } from '../canaries';
import type { Rng } from '../prng';
import { hexDigest, hostileText, identifier, junkObject, junkValue, mostly, scalarJunk, setOwn } from '../values';

export const GA4_EVENTS = [
  'page_view', 'gtm.js', 'gtm.dom', 'gtm.load', 'view_item', 'view_item_list', 'select_item', 'search', 'add_to_cart', 'add_to_wishlist',
  'view_cart', 'remove_from_cart', 'begin_checkout', 'add_payment_info', 'purchase', 'refund', 'generate_lead', 'sign_up', 'login',
  'video_start', 'scroll', 'form_submit', 'checkout', 'lead', 'custom_event', 'gtm.historyChange', '__proto__', 'constructor',
] as const;

/** A Pinterest click id as Pinterest writes it (base64url-like text), or an attack on it. */
export function clickIdValue(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const genuine = (): string => 'dj0yJnU9' + Array.from({ length: rng.between(20, 90) }, () => alphabet.charAt(rng.int(alphabet.length))).join('');
  return rng.weighted<() => string>([
    [5, genuine], [1, () => hexDigest(rng)], [1, () => 'X; Domain=evil.example; HttpOnly'], [1, () => `${genuine()}\r\nSet-Cookie: evil=1`],
    [1, () => '212-555-0187'], [1, () => 'x'.repeat(rng.between(600, 5000))], [1, () => hostileText(rng, { canaries: false })], [0.5, () => ''],
  ])();
}

/**
 * Percent-encodes text as a browser sends it; a lone surrogate (which UTF-8 cannot hold) becomes its
 * WTF-8 bytes (%ED%A0%80…), the hostile bytes a request can really carry.
 */
export function percentEncode(value: string): string {
  let out = '';
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (c.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => '%' + b.toString(16).toUpperCase()).join('');
    } else out += encodeURIComponent(c);
  }
  return out;
}

const BASES = [
  'https://shop.example/thanks', 'https://shop.example/', 'https://shop.example/p/vase-1', 'http://shop.example/cart',
  'https://shop.example/ümlaut/商品', 'https://user:secret@shop.example:8443/a/b', 'https://shop.example/checkout/' + encodeURIComponent(CANARY.email),
  'https://xn--bcher-kva.example/%E2%82%AC', 'https://shop.example/' + 'deep/'.repeat(200),
];

/** A page URL: a base, maybe a hostile query string, maybe a fragment. */
export function pageUrl(rng: Rng): string {
  let url = rng.pick(BASES);
  const params: string[] = [];
  const add = (name: string, value: string): void => { params.push(`${name}=${percentEncode(value)}`); };
  if (rng.chance(0.4)) add('epik', clickIdValue(rng));
  if (rng.chance(0.15)) add('epik', clickIdValue(rng));
  if (rng.chance(0.25)) add(rng.pick(['email', 'e', 'mail', 'customer']), CANARY.email);
  if (rng.chance(0.15)) add(rng.pick(['phone', 'tel']), CANARY.phone);
  if (rng.chance(0.15)) add(rng.pick(['name', 'first_name', 'billing_name']), `${CANARY.firstName} ${CANARY.lastName}`);
  if (rng.chance(0.2)) add('utm_source', rng.pick(['pinterest', 'newsletter', hostileText(rng)]));
  if (rng.chance(0.15)) params.push(rng.pick(['%', '%zz', '&&', '=', 'a=%E0%A4%A', 'x[]=1&x[]=2', '__proto__[x]=1', 'q=<script>']));
  if (params.length > 0) url += '?' + params.join('&');
  if (rng.chance(0.15)) url += rng.pick(['#top', `#email=${CANARY.email}`, '#%0d%0a', '#' + 'f'.repeat(300)]);
  return url;
}

export function ga4Item(rng: Rng): unknown {
  if (rng.chance(0.1)) return junkValue(rng);
  const item: Record<string, unknown> = {};
  if (rng.chance(0.9)) item.item_id = identifier(rng, 0.8, () => `SKU-${rng.int(100)}`);
  if (rng.chance(0.7)) item.item_name = mostly(rng, 0.7, () => rng.pick(['Vase', 'Mug', 'Lamp', hostileText(rng)]));
  if (rng.chance(0.3)) item.item_category = mostly(rng, 0.7, () => 'Home');
  if (rng.chance(0.2)) item.item_brand = mostly(rng, 0.7, () => 'Acme');
  if (rng.chance(0.2)) item.item_variant = mostly(rng, 0.7, () => 'Blue');
  if (rng.chance(0.8)) item.price = mostly(rng, 0.7, () => rng.pick<unknown>([19.9, '19.90', 0, 1e9, -5, 3]));
  if (rng.chance(0.7)) item.quantity = mostly(rng, 0.7, () => rng.pick<unknown>([1, 2, '3', 0, 1.5, -1, 1000]));
  if (rng.chance(0.1)) setOwn(item, rng.pick(['__proto__', 'constructor', 'extra']), junkValue(rng));
  return item;
}

/** A list of items; rarely a very long one (the 8 KB trimming path). */
export function ga4Items(rng: Rng): unknown {
  if (rng.chance(0.1)) return junkValue(rng);
  const length = rng.chance(0.003) ? rng.between(200, 1500) : rng.between(0, 6);
  return Array.from({ length }, () => ga4Item(rng));
}

export function ecommerce(rng: Rng): unknown {
  if (rng.chance(0.1)) return junkValue(rng);
  const out: Record<string, unknown> = {};
  if (rng.chance(0.6)) out.transaction_id = identifier(rng, 0.7, () => `T-${rng.int(10000)}`);
  if (rng.chance(0.6)) out.value = mostly(rng, 0.6, () => rng.pick<unknown>([59.8, '59.80', 0, '1,234.50', 12]));
  if (rng.chance(0.6)) out.currency = mostly(rng, 0.7, () => rng.pick(['EUR', 'usd', 'EURO', 'eu', '€', 'GBP']));
  if (rng.chance(0.2)) out.coupon = mostly(rng, 0.7, () => 'SPRING');
  if (rng.chance(0.8)) out.items = ga4Items(rng);
  if (rng.chance(0.1)) Object.assign(out, junkObject(rng));
  return out;
}

export interface PageInput {
  url: string; referrer: string; window: Record<string, unknown>; dataLayer: Record<string, unknown>;
  consent: Record<string, string>; consentUpdates: { type: string; state: 'granted' | 'denied' }[];
  cookies: Record<string, string>; debugMode: boolean; coreJsFails: boolean;
}

export function pageInput(rng: Rng): PageInput {
  const dataLayer: Record<string, unknown> = { event: mostly(rng, 0.9, () => rng.pick(GA4_EVENTS)) };
  // GTM numbers every dataLayer message itself (gtm.uniqueEventId); a page cannot choose it.
  dataLayer['gtm.uniqueEventId'] = rng.between(1, 400);
  if (rng.chance(0.7)) dataLayer.ecommerce = ecommerce(rng);
  if (rng.chance(0.1)) dataLayer.search_term = mostly(rng, 0.5, () => 'vases');
  if (rng.chance(0.05)) dataLayer.video_title = junkValue(rng);
  const window: Record<string, unknown> = {};
  if (rng.chance(0.5)) window._pinterest_gtm_pvid = mostly(rng, 0.5, () => `${1760000000000 + rng.int(1e9)}.${rng.between(100000000, 999999999)}`);
  if (rng.chance(0.03)) window.pintrk = scalarJunk(rng);
  const consent: Record<string, string> = {};
  for (const type of ['ad_storage', 'ad_user_data']) if (rng.chance(0.4)) consent[type] = rng.pick(['granted', 'denied', 'denied', 'unknown']);
  const consentUpdates = rng.chance(0.2)
    ? Array.from({ length: rng.between(1, 3) }, () => ({ type: rng.pick(['ad_storage', 'ad_user_data']), state: rng.pick(['granted', 'denied'] as const) }))
    : [];
  const cookies: Record<string, string> = {};
  if (rng.chance(0.3)) cookies._epik = clickIdValue(rng);
  return {
    url: pageUrl(rng), referrer: rng.chance(0.3) ? pageUrl(rng) : '', window, dataLayer, consent, consentUpdates, cookies,
    debugMode: rng.chance(0.9), coreJsFails: rng.chance(0.08),
  };
}
