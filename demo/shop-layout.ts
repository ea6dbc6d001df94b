/**
 * The frame of every demo shop page: consent defaults (Consent Mode's gtag commands), the gtm.js
 * stand-in with the fixture web container, the navigation and the consent banner.
 * https://developers.google.com/tag-platform/security/guides/consent
 */
import { escapeHtml as escape, scriptJson } from './html';

export const PRODUCTS = [
  { item_id: 'VASE-01', item_name: 'Stoneware vase', item_category: 'Home', item_brand: 'Vase & Co', price: 39.9 },
  { item_id: 'MUG-02', item_name: 'Speckled mug', item_category: 'Kitchen', item_brand: 'Vase & Co', price: 14.5 },
  { item_id: 'LAMP-03', item_name: 'Linen lamp', item_category: 'Home', item_brand: 'Vase & Co', price: 89 },
];

export type Product = (typeof PRODUCTS)[number];
export const productById = (id: string): Product | undefined => PRODUCTS.find((p) => p.item_id === id);

export interface PageConfig { routes: Record<string, string>; inspector: string }

/**
 * `afterPageEvents(fn)`: runs fn once GTM's page events (gtm.js, gtm.dom, gtm.load) are in the
 * dataLayer, in the order the calls were made. Shops push their ecommerce data from page code that runs
 * after the container snippet (https://developers.google.com/analytics/devguides/collection/ga4/ecommerce?client_type=gtm);
 * the stand-in pushes gtm.js only once it has fetched the container, so page code waits for it here.
 */
const AFTER_PAGE_EVENTS = `var pageEventsDone = false, afterPageEventsQueue = [];
function afterPageEvents(fn) { afterPageEventsQueue.push(fn); if (pageEventsDone) flushAfterPageEvents(); }
function flushAfterPageEvents() { while (afterPageEventsQueue.length) afterPageEventsQueue.shift()(); }
(function waitForPageEvents() {
  if (dataLayer.some(function (m) { return m && m.event === 'gtm.load'; })) { pageEventsDone = true; flushAfterPageEvents(); }
  else setTimeout(waitForPageEvents, 50);
})();`;

export function layout(title: string, body: string, script: string, config: PageConfig): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vase &amp; Co · ${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0}header,main{padding:1rem 2rem}header{background:#111;color:#fff}header a{color:#fff;margin-right:1rem}
#consent{background:#fee;padding:.5rem 2rem}button{margin:.25rem}.product{border:1px solid #ddd;padding:1rem;margin:.5rem 0}nav.app a{margin-right:1rem}</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){ dataLayer.push(arguments); }
var params = new URLSearchParams(location.search);
if (params.get('consent')) localStorage.setItem('demo-consent', params.get('consent'));
gtag('consent', 'default', { ad_storage: localStorage.getItem('demo-consent') || 'granted', ad_user_data: localStorage.getItem('demo-consent') || 'granted' });
var PRODUCTS = ${scriptJson(PRODUCTS)};
${AFTER_PAGE_EVENTS}
</script>
<script src="/gtm.js"></script>
<script>pinterestGtmSandbox.start(${scriptJson({ containerUrl: '/container/web.json', routes: config.routes })});</script>
</head><body>
<header><a href="/">Shop</a><a href="/app">App</a><a href="/contact">Contact</a><a href="/search?q=vase">Search “vase”</a><a href="${escape(config.inspector)}" target="_blank">Inspector</a></header>
<div id="consent">Cookies for ads: <button id="grant" onclick="localStorage.setItem('demo-consent','granted');gtag('consent','update',{ad_storage:'granted',ad_user_data:'granted'})">Accept</button>
<button id="deny" onclick="localStorage.setItem('demo-consent','denied');gtag('consent','update',{ad_storage:'denied',ad_user_data:'denied'})">Reject</button></div>
<main><h1 id="title">${escape(title)}</h1>${body}</main>
<script>${script}</script></body></html>`;
}
