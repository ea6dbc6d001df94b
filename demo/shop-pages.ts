/**
 * The demo shop: a few pages that push GA4 ecommerce events to the dataLayer, the way a real shop's
 * code does, and load the web container through gtm-sandbox's gtm.js stand-in.
 * https://developers.google.com/analytics/devguides/collection/ga4/ecommerce
 */
import { escapeHtml as escape, scriptJson } from './html';

export const PRODUCTS = [
  { item_id: 'VASE-01', item_name: 'Stoneware vase', item_category: 'Home', item_brand: 'Vase & Co', price: 39.9 },
  { item_id: 'MUG-02', item_name: 'Speckled mug', item_category: 'Kitchen', item_brand: 'Vase & Co', price: 14.5 },
  { item_id: 'LAMP-03', item_name: 'Linen lamp', item_category: 'Home', item_brand: 'Vase & Co', price: 89 },
];

export interface PageConfig { routes: Record<string, string>; inspector: string }

function layout(title: string, body: string, script: string, config: PageConfig): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vase &amp; Co · ${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0}header,main{padding:1rem 2rem}header{background:#111;color:#fff}header a{color:#fff;margin-right:1rem}
#consent{background:#fee;padding:.5rem 2rem}button{margin:.25rem}.product{border:1px solid #ddd;padding:1rem;margin:.5rem 0}</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){ dataLayer.push(arguments); }
var params = new URLSearchParams(location.search);
if (params.get('consent')) localStorage.setItem('demo-consent', params.get('consent'));
gtag('consent', 'default', { ad_storage: localStorage.getItem('demo-consent') || 'granted', ad_user_data: localStorage.getItem('demo-consent') || 'granted' });
var PRODUCTS = ${scriptJson(PRODUCTS)};
</script>
<script src="/gtm.js"></script>
<script>pinterestGtmSandbox.start(${scriptJson({ containerUrl: '/container/web.json', routes: config.routes })});</script>
</head><body>
<header><a href="/">Shop</a><a href="/contact">Contact</a><a href="/search?q=vase">Search “vase”</a><a href="${escape(config.inspector)}" target="_blank">Inspector</a></header>
<div id="consent">Cookies for ads: <button id="grant" onclick="localStorage.setItem('demo-consent','granted');gtag('consent','update',{ad_storage:'granted',ad_user_data:'granted'})">Accept</button>
<button id="deny" onclick="localStorage.setItem('demo-consent','denied');gtag('consent','update',{ad_storage:'denied',ad_user_data:'denied'})">Reject</button></div>
<main><h1>${escape(title)}</h1>${body}</main>
<script>${script}</script></body></html>`;
}

const productById = (id: string): (typeof PRODUCTS)[number] | undefined => PRODUCTS.find((p) => p.item_id === id);

export function shopPage(pathname: string, query: URLSearchParams, config: PageConfig): string | undefined {
  if (pathname === '/') {
    return layout('Shop', PRODUCTS.map((p) => `<div class="product"><a href="/product/${p.item_id}">${escape(p.item_name)}</a> · ${p.price} EUR</div>`).join(''),
      `dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'view_item_list', ecommerce: { item_list_name: 'Home', items: PRODUCTS } });`, config);
  }
  const product = /^\/product\/([\w-]+)$/.exec(pathname);
  if (product) {
    const p = productById(product[1]);
    if (!p) return undefined;
    return layout(p.item_name, `<p>${p.price} EUR</p><button id="add" onclick="addToCart()">Add to cart</button> <a id="checkout" href="/checkout?item=${p.item_id}">Checkout</a>`,
      `var item = PRODUCTS.find(function (x) { return x.item_id === ${scriptJson(p.item_id)}; });
       dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'view_item', ecommerce: { currency: 'EUR', value: item.price, items: [item] } });
       function addToCart() { dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'add_to_cart', ecommerce: { currency: 'EUR', value: item.price, items: [Object.assign({ quantity: 1 }, item)] } }); }`, config);
  }
  if (pathname === '/checkout') {
    // Only a product of the shop: the id is inlined in the page's script.
    const chosen = query.get('item');
    const id = chosen === null ? PRODUCTS[0].item_id : productById(chosen)?.item_id;
    if (id === undefined) return undefined;
    return layout('Checkout', `<form onsubmit="return placeOrder()"><label>Email <input id="email" value="jane.doe@example.com"></label> <button id="place">Place order</button></form>`,
      `var item = Object.assign({ quantity: 1 }, PRODUCTS.find(function (x) { return x.item_id === ${scriptJson(id)}; }));
       dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'begin_checkout', ecommerce: { currency: 'EUR', value: item.price, items: [item] } });
       function placeOrder() { sessionStorage.setItem('email', document.getElementById('email').value); location.href = '/thanks?order=ORD-' + Date.now() + '&item=' + item.item_id; return false; }`, config);
  }
  if (pathname === '/thanks') {
    return layout('Thank you', `<p>Order <b id="order">${escape(query.get('order') ?? '')}</b> is confirmed.</p>`,
      `var item = Object.assign({ quantity: 1 }, PRODUCTS.find(function (x) { return x.item_id === params.get('item'); }) || PRODUCTS[0]);
       dataLayer.push({ customer: { email: sessionStorage.getItem('email') || undefined } });
       dataLayer.push({ ecommerce: null });
       dataLayer.push({ event: 'purchase', ecommerce: { transaction_id: params.get('order'), currency: 'EUR', value: item.price, items: [item] } });`, config);
  }
  if (pathname === '/contact') {
    return layout('Contact', `<form onsubmit="return sendLead()"><label>Email <input id="email" value="lead@example.com"></label> <button id="send">Ask for a demo</button></form><p id="sent" hidden>Thanks!</p>`,
      `function sendLead() { dataLayer.push({ event: 'generate_lead', lead_type: 'Demo', customer: { email: document.getElementById('email').value } }); document.getElementById('sent').hidden = false; return false; }`, config);
  }
  if (pathname === '/search') {
    return layout(`Search: ${query.get('q') ?? ''}`, '<p>Results…</p>', `dataLayer.push({ event: 'search', search_term: params.get('q') });`, config);
  }
  return undefined;
}
