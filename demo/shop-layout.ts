/**
 * The frame of every demo shop page: consent defaults (Consent Mode's gtag commands), the gtm.js
 * stand-in with the fixture web container, the navigation and the consent banner.
 * https://developers.google.com/tag-platform/security/guides/consent
 */
import { escapeHtml as escape, scriptJson } from './html';
import { LINKER_STAND_IN, otherShopLink } from './linker-stand-in';

export const PRODUCTS = [
  { item_id: 'VASE-01', item_name: 'Stoneware vase', item_category: 'Home', item_brand: 'Vase & Co', price: 39.9 },
  { item_id: 'MUG-02', item_name: 'Speckled mug', item_category: 'Kitchen', item_brand: 'Vase & Co', price: 14.5 },
  { item_id: 'LAMP-03', item_name: 'Linen lamp', item_category: 'Home', item_brand: 'Vase & Co', price: 89 },
];

export type Product = (typeof PRODUCTS)[number];
export const productById = (id: string): Product | undefined => PRODUCTS.find((p) => p.item_id === id);

/**
 * A product page's view_item as page data above the container snippet (layout's `beforeContainer`): the
 * page visit of a page view carries product ids only when view_item comes before its first page event
 * (README, "Page visits"), as a server-rendered product page can do.
 */
export const viewItemPush = (p: Product): string =>
  `dataLayer.push({ event: 'view_item', ecommerce: { currency: 'EUR', value: ${p.price}, items: [${scriptJson(p)}] } });`;

/** `otherShop`: on a page of one of the demo's two shop domains, the other's origin (linker-stand-in.ts). */
export interface PageConfig { routes: Record<string, string>; inspector: string; otherShop?: string }

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

/**
 * The page's report to the inspector of the tag fires GTM held back for consent (inspector/withheld.ts):
 * the gtm.js stand-in lists its tag runs in window.pinterestGtmSandboxRuns, a held one as "blocked by
 * consent" until a later run of the same tag on the same event releases it. The consent state is the
 * page's, read from the dataLayer's consent commands the way GTM applies them ('default' sets a type
 * once, 'update' always: https://developers.google.com/tag-platform/security/guides/consent).
 * Sent same-origin as JSON, only when something changed.
 */
const REPORT_WITHHELD = `(function () {
  var pageLoad = Math.random().toString(36).slice(2, 12), held = [], seen = 0;
  function consentNow() {
    var state = {};
    dataLayer.forEach(function (m) {
      if (!m || m[0] !== 'consent' || !m[2] || typeof m[2] !== 'object') return;
      for (var type in m[2]) if (m[1] === 'update' || !(type in state)) state[type] = m[2][type];
    });
    return state;
  }
  function check() {
    var runs = window.pinterestGtmSandboxRuns || [], changed = false;
    for (; seen < runs.length; seen++) if (runs[seen].result === 'blocked by consent') { held.push({ index: seen, tag: runs[seen].tag, event: runs[seen].event, released: false }); changed = true; }
    held.forEach(function (h) {
      if (h.released) return;
      for (var i = h.index + 1; i < runs.length; i++) if (runs[i].tag === h.tag && runs[i].event === h.event && runs[i].result !== 'blocked by consent') { h.released = true; changed = true; return; }
    });
    if (changed) {
      fetch('/inspector/withheld', { method: 'POST', headers: { 'content-type': 'application/json' }, keepalive: true,
        body: JSON.stringify({ pageLoad: pageLoad, page: location.href, consent: consentNow(), fires: held.slice(-50) }) }).catch(function () {});
    }
    setTimeout(check, 250);
  }
  check();
})();`;

/**
 * A page: `script` runs at the end of the body (after GTM's page events, through afterPageEvents);
 * `beforeContainer` is pushed above the container snippet, as page data a container must have when it
 * loads is ("declare the data layer above the container snippet":
 * https://developers.google.com/tag-platform/tag-manager/datalayer).
 */
export function layout(title: string, body: string, script: string, config: PageConfig, beforeContainer = ''): string {
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
${config.otherShop === undefined ? '' : LINKER_STAND_IN}
${beforeContainer}
</script>
<script src="/gtm.js"></script>
<script>pinterestGtmSandbox.start(${scriptJson({ containerUrl: '/container/web.json', routes: config.routes })});
${REPORT_WITHHELD}</script>
</head><body>
<header><a href="/">Shop</a><a href="/app">App</a><a href="/contact">Contact</a><a href="/search?q=vase">Search “vase”</a><a href="${escape(config.inspector)}" target="_blank">Inspector</a>${config.otherShop === undefined ? '' : otherShopLink(config.otherShop)}</header>
<div id="consent">Cookies for ads: <button id="grant" onclick="localStorage.setItem('demo-consent','granted');gtag('consent','update',{ad_storage:'granted',ad_user_data:'granted'})">Accept</button>
<button id="deny" onclick="localStorage.setItem('demo-consent','denied');gtag('consent','update',{ad_storage:'denied',ad_user_data:'denied'})">Reject</button></div>
<main><h1 id="title">${escape(title)}</h1>${body}</main>
<script>${script}</script></body></html>`;
}
