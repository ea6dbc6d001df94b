/**
 * The realistic events every template in the benchmark answers, ours and the peers alike: a GA4 purchase
 * on a shop's thank-you page (web: the dataLayer after `gtag('event', 'purchase', …)`; server: the event
 * data the GA4 client makes of the same hit, https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data),
 * and for the Pinterest client the web tag's forwarded GET of that purchase (docs/event-protocol.md).
 */
import type { WorldOptions } from '../gtm-sandbox/world/world';

export const NOW = 1_767_225_600_000;
export const TAG_ID = '2612345678901';
export const AD_ACCOUNT = '549755885175';
export const TOKEN = 'pina_BENCHTOKEN';
const PAGE = 'https://shop.example/checkout/thank-you';
const ITEMS = [
  { item_id: 'SKU-1', item_name: 'Vase', item_category: 'Home', item_variant: 'Blue', item_brand: 'Acme', price: 19.9, quantity: 2 },
  { item_id: 'SKU-2', item_name: 'Mug', item_category: 'Kitchen', item_brand: 'Acme', price: 20, quantity: 1 },
];

/** What a web template sees on the purchase: the page, the dataLayer model, consent granted. */
export function webPurchasePage(): WorldOptions {
  return {
    url: PAGE + '?utm_source=pinterest', referrer: 'https://shop.example/checkout', now: NOW,
    consent: { ad_storage: 'granted', ad_user_data: 'granted', analytics_storage: 'granted' },
    dataLayer: {
      event: 'purchase', 'gtm.uniqueEventId': 12, 'gtm.start': NOW - 10_000,
      ecommerce: { transaction_id: 'T-1001', value: 59.8, currency: 'EUR', coupon: 'PIN10', items: ITEMS },
    },
  };
}

/** The same purchase as server event data from the GA4 client. */
export function ga4PurchaseEvent(): Record<string, unknown> {
  return {
    event_name: 'purchase', event_id: 'checkout_T-1001', client_id: '1234567890.1767225500', ga_session_id: '1767225500', ga_session_number: 3,
    engagement_time_msec: 1200, page_location: PAGE, page_referrer: 'https://shop.example/checkout', page_title: 'Thank you', language: 'en-us',
    screen_resolution: '1920x1080', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36',
    currency: 'EUR', value: 59.8, transaction_id: 'T-1001', coupon: 'PIN10', items: ITEMS,
    user_data: {
      email_address: 'jane@example.com', phone_number: '+33 6 12 34 56 78',
      address: { first_name: 'Jane', last_name: 'Doe', city: 'Paris', postal_code: '75001', country: 'FR' },
    },
    'x-ga-protocol_version': '2', 'x-ga-measurement_id': 'G-BENCH1234', 'x-ga-gtm_version': '45je5190v9', 'x-ga-page_id': 1290389123,
    'x-ga-request_count': 4, 'x-ga-gcs': 'G111', 'x-ga-gcd': '13r3r3r3r5l1', 'x-ga-npa': '0', 'x-ga-dma': '0',
    'x-ga-system_properties': { uc: 'FR', ngs: '1' }, 'x-ga-mp2-seg': '1', 'x-ga-js_client_id': '1234567890.1767225500',
    client_hints: { architecture: 'x86', bitness: '64', mobile: false, model: '', platform: 'Windows', platform_version: '15.0.0', wow64: false },
  };
}

/** Pinterest's answer to a good request (events-create, 200). */
export const PROCESSED = {
  url: 'https://api.pinterest.com/', status: 200,
  body: JSON.stringify({ num_events_received: 1, num_events_processed: 1, events: [{ status: 'processed', error_message: null, warning_message: null }] }),
};

/** The web tag's forwarded purchase, as the Pinterest client receives it (one GET, `?v=1&e=<json>`). */
export function forwardedPurchaseRequest(): WorldOptions['request'] {
  const event = {
    event_name: 'checkout', event_id: 'checkout_T-1001', event_time: NOW - 1000, page_location: PAGE,
    custom_data: {
      value: 59.8, currency: 'EUR', order_id: 'T-1001', order_quantity: 3, promo_code: 'PIN10',
      line_items: [
        { product_id: 'SKU-1', product_name: 'Vase', product_category: 'Home', product_variant: 'Blue', product_brand: 'Acme', product_price: 19.9, product_quantity: 2 },
        { product_id: 'SKU-2', product_name: 'Mug', product_category: 'Kitchen', product_brand: 'Acme', product_price: 20, product_quantity: 1 },
      ],
    },
    user_data: { em: ['b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514'] },
    consent: { ad_storage: 'granted', ad_user_data: 'granted' },
  };
  return {
    method: 'GET', path: '/pinterest/events', query: { v: '1', e: JSON.stringify(event) },
    headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', referer: PAGE, host: 'sgtm.shop.example', 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '203.0.113.9',
  };
}
