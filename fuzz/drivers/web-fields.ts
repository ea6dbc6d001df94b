/**
 * Field values for the web templates as GTM passes them: what the UI allows, and what a variable in
 * any field can return instead (any type, raw contact data, markup, huge text).
 */
import { CANARY } from '../canaries';
import type { Rng } from '../prng';
import { hexDigest, hostileText, identifier, junkValue, mostly, setOwn } from '../values';

export const EVENT_CHOICES = [
  'none', 'auto', 'auto', 'auto', 'pagevisit', 'viewcategory', 'search', 'addtocart', 'checkout', 'signup', 'lead', 'watchvideo', 'custom',
  'addpaymentinfo', 'addtowishlist', 'initiatecheckout', 'subscribe', 'viewcontent', 'contact', 'advertiserDefined', 'page', 'Checkout',
] as const;

const SERVER_URLS = [
  'https://sgtm.shop.example/pinterest/events', 'https://sgtm.shop.example/pinterest/events', 'https://sgtm.shop.example/pinterest/events?k=1',
  'https://sgtm.shop.example/pinterest/other', 'http://sgtm.shop.example/pinterest/events', 'https://evil.example/collect',
  'https://evil.example/pinterest/../collect', 'javascript:alert(1)//pinterest/', ' https://sgtm.shop.example/pinterest/events ',
  'https://sgtm.shop.example/pinterest/events\r\nX-Injected: 1', '//sgtm.shop.example/pinterest/events', 'https://sgtm.shop.example/PINTEREST/events',
  'https://sgtm.shop.example:8443/pinterest/events', 'https://user@sgtm.shop.example/pinterest/events#frag',
];

/** The fields the tag and the Event ID variable share. */
export function eventFields(rng: Rng): Record<string, unknown> {
  const out: Record<string, unknown> = { eventName: mostly(rng, 0.9, () => rng.pick(EVENT_CHOICES)) };
  if (rng.chance(0.2)) out.customEventName = mostly(rng, 0.6, () => rng.pick(['my_event', 'Spring_Sale', 'has space', '']));
  // Identifiers are sent as they are, never judged by their shape (docs/event-protocol.md): no canaries there.
  if (rng.chance(0.15)) out.eventId = identifier(rng, 0.5, () => rng.pick(['E-1', 'x'.repeat(300), '978-0-306-40615-7', ' padded ']));
  if (rng.chance(0.3)) out.orderId = identifier(rng, 0.6, () => rng.pick(['T-1001', '', 'x'.repeat(300), '2024-0615-0042']));
  return out;
}

function customProperties(rng: Rng): unknown {
  if (rng.chance(0.15)) return junkValue(rng);
  return Array.from({ length: rng.between(0, 6) }, () => {
    if (rng.chance(0.1)) return junkValue(rng);
    const row: Record<string, unknown> = {};
    const name = mostly(rng, 0.85, () => rng.pick([
      'colour', 'Colour', 'line_items', 'value', 'currency', 'ip_override', 'user_agent', 'event_id', 'order_id', 'event_name', 'page_location', 'partner_id',
      'order_quantity', '__proto__', 'constructor', 'note', 'x'.repeat(80), 'bad-name', 'ünï',
    ]));
    setOwn(row, 'name', name);
    // An event_id or order_id property is an identifier, sent as it is: no canary there.
    const id = name === 'event_id' || name === 'order_id';
    const good = (): unknown => rng.pick<unknown>(['blue', '12.5', 12.5, 'x'.repeat(300), ...(id ? ['E-1'] : [CANARY.email, `ring ${CANARY.email}`]), '555-0142', true, [1, 2]]);
    setOwn(row, 'value', id ? identifier(rng, 0.4, good) : mostly(rng, 0.4, good));
    return row;
  });
}

export function webTagFields(rng: Rng): Record<string, unknown> {
  const out: Record<string, unknown> = {
    tagId: mostly(rng, 0.85, () => rng.pick(['2612345678901', '2612345678901,2619999999999', ' 2612345678901 ', '261234567890', 'abc', '2612345678901,,x'])),
    ...eventFields(rng),
  };
  const optional = (p: number, name: string, good: () => unknown): void => { if (rng.chance(p)) out[name] = mostly(rng, 0.6, good); };
  optional(0.3, 'readEcommerce', () => rng.chance(0.5));
  optional(0.2, 'value', () => rng.pick<unknown>(['49.90', 49.9, '1,234', 0, -3]));
  optional(0.2, 'currency', () => rng.pick(['EUR', 'usd', 'EURO', '']));
  optional(0.15, 'defaultCurrency', () => rng.pick(['EUR', 'GBP', 'xx']));
  optional(0.1, 'orderQuantity', () => rng.pick<unknown>(['3', 2, '-1', '2.5']));
  optional(0.1, 'promoCode', () => 'SPRING');
  optional(0.1, 'searchQuery', () => rng.pick(['vases', CANARY.email]));
  optional(0.1, 'leadType', () => 'Newsletter');
  optional(0.05, 'videoTitle', () => 'Intro');
  if (rng.chance(0.3)) out.customProperties = customProperties(rng);
  optional(0.4, 'email', () => rng.pick([CANARY.email, ` ${CANARY.email.toUpperCase()} `, hexDigest(rng), CANARY.phone, 'not an email', `${CANARY.email},other@x.example`]));
  optional(0.15, 'externalId', () => rng.pick(['C-42', CANARY.email, hexDigest(rng)]));
  optional(0.4, 'consentMode', () => rng.pick(['respect', 'always']));
  optional(0.15, 'limitedDataProcessing', () => rng.chance(0.5));
  optional(0.1, 'ldpState', () => rng.pick(['CA', 'California', 'xx']));
  optional(0.1, 'ldpCountry', () => rng.pick(['US', 'usa', '']));
  optional(0.5, 'serverUrl', () => rng.pick(SERVER_URLS));
  optional(0.15, 'sendPageView', () => rng.chance(0.5));
  if (rng.chance(0.05)) out[rng.pick(['tagId', 'eventName', 'serverUrl', 'email'])] = hostileText(rng, { huge: true });
  return out;
}
