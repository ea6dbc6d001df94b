/**
 * The demo shop: a few pages that push GA4 ecommerce events to the dataLayer, the way a real shop's
 * code does, and load the web container through gtm-sandbox's gtm.js stand-in; /app is the same shop as
 * a single-page app (spa-pages.ts).
 * https://developers.google.com/analytics/devguides/collection/ga4/ecommerce
 */
import { escapeHtml as escape, scriptJson } from './html';
import { layout, productById, PRODUCTS, viewItemPush, type PageConfig } from './shop-layout';
import { spaPage } from './spa-pages';

export { PRODUCTS, type PageConfig } from './shop-layout';

export function shopPage(pathname: string, query: URLSearchParams, config: PageConfig): string | undefined {
  if (pathname === '/') {
    return layout('Shop', PRODUCTS.map((p) => `<div class="product"><a href="/product/${p.item_id}">${escape(p.item_name)}</a> · ${p.price} EUR</div>`).join(''),
      `afterPageEvents(function () { dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'view_item_list', ecommerce: { item_list_name: 'Home', items: PRODUCTS } }); });`, config);
  }
  const product = /^\/product\/([\w-]+)$/.exec(pathname);
  if (product) {
    const p = productById(product[1]);
    if (!p) return undefined;
    return layout(p.item_name, `<p>${p.price} EUR</p><button id="add" onclick="addToCart()">Add to cart</button> <a id="checkout" href="/checkout?item=${p.item_id}">Checkout</a>`,
      `var item = PRODUCTS.find(function (x) { return x.item_id === ${scriptJson(p.item_id)}; });
       function addToCart() { afterPageEvents(function () { dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'add_to_cart', ecommerce: { currency: 'EUR', value: item.price, items: [Object.assign({ quantity: 1 }, item)] } }); }); }`, config, viewItemPush(p));
  }
  if (pathname === '/checkout') {
    // Only a product of the shop: the id is inlined in the page's script.
    const chosen = query.get('item');
    const id = chosen === null ? PRODUCTS[0].item_id : productById(chosen)?.item_id;
    if (id === undefined) return undefined;
    return layout('Checkout', `<form onsubmit="return placeOrder()"><label>Email <input id="email" value="jane.doe@example.com"></label> <button id="place">Place order</button></form>`,
      `var item = Object.assign({ quantity: 1 }, PRODUCTS.find(function (x) { return x.item_id === ${scriptJson(id)}; }));
       afterPageEvents(function () { dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'begin_checkout', ecommerce: { currency: 'EUR', value: item.price, items: [item] } }); });
       function placeOrder() {
         sessionStorage.setItem('email', document.getElementById('email').value);
         var order = 'ORD-' + Date.now();
         afterPageEvents(function () { location.href = '/thanks?order=' + order + '&item=' + item.item_id; });
         return false;
       }`, config);
  }
  if (pathname === '/thanks') {
    return layout('Thank you', `<p>Order <b id="order">${escape(query.get('order') ?? '')}</b> is confirmed.</p>`,
      `var item = Object.assign({ quantity: 1 }, PRODUCTS.find(function (x) { return x.item_id === params.get('item'); }) || PRODUCTS[0]);
       afterPageEvents(function () {
         dataLayer.push({ customer: { email: sessionStorage.getItem('email') || undefined } });
         dataLayer.push({ ecommerce: null });
         dataLayer.push({ event: 'purchase', ecommerce: { transaction_id: params.get('order'), currency: 'EUR', value: item.price, items: [item] } });
       });`, config);
  }
  if (pathname === '/contact') {
    return layout('Contact', `<form onsubmit="return sendLead()"><label>Email <input id="email" value="lead@example.com"></label> <button id="send">Ask for a demo</button></form><p id="sent" hidden>Thanks!</p>`,
      `function sendLead() {
         var email = document.getElementById('email').value;
         afterPageEvents(function () { dataLayer.push({ event: 'generate_lead', lead_type: 'Demo', customer: { email: email } }); });
         document.getElementById('sent').hidden = false;
         return false;
       }`, config);
  }
  if (pathname === '/app' || pathname.startsWith('/app/')) return spaPage(pathname, config);
  if (pathname === '/search') {
    return layout(`Search: ${query.get('q') ?? ''}`, '<p>Results…</p>', `afterPageEvents(function () { dataLayer.push({ event: 'search', search_term: params.get('q') }); });`, config);
  }
  return undefined;
}
