/**
 * The shop as a single-page app under /app: three routes (/app, /app/product/<id>, /app/help) rendered
 * in the page. A route change calls history.pushState and pushes a GA4 `page_view` with its
 * page_location, as single-page apps do for GTM (https://developers.google.com/analytics/devguides/collection/ga4/single-page-applications?implementation=gtm);
 * the product route pushes `view_item` (https://developers.google.com/analytics/devguides/collection/ga4/ecommerce)
 * just before it, so that the route's page visit carries the product (README, "Page visits").
 * The loaded page itself is GTM's page view (gtm.js): a route the app is opened on pushes no page_view;
 * a product route opened directly has its view_item above the container snippet. Back and forward
 * (popstate) are route changes too.
 */
import { escapeHtml as escape } from './html';
import { layout, productById, viewItemPush, type PageConfig, type Product } from './shop-layout';

const HELP = 'Delivery in 2 to 4 days. Returns are free for 30 days.';

/** The product a product route names, or undefined. */
function routeProduct(pathname: string): Product | undefined {
  const product = /^\/app\/product\/([\w-]+)$/.exec(pathname);
  return product ? productById(product[1]) : undefined;
}

/** The route a path names, or undefined when it is not one of the app's. */
function routeTitle(pathname: string): string | undefined {
  if (pathname === '/app' || pathname === '/app/') return 'Lookbook';
  if (pathname === '/app/help') return 'Help';
  return routeProduct(pathname)?.item_name;
}

/** The app's script: renders a route into #view with DOM calls (no markup from data) and pushes its events. */
const APP_SCRIPT = `var view = document.getElementById('view');
function el(tag, text, attrs) { var n = document.createElement(tag); if (text) n.textContent = text; for (var k in (attrs || {})) n.setAttribute(k, attrs[k]); return n; }
function productOf(path) { var m = /^\\/app\\/product\\/([\\w-]+)$/.exec(path); return m ? PRODUCTS.find(function (p) { return p.item_id === m[1]; }) : undefined; }
function render(path) {
  var product = productOf(path), nodes;
  if (product) nodes = [el('p', product.price + ' EUR'), el('a', 'Back to the lookbook', { href: '/app', 'data-route': '', id: 'spa-back' })];
  else if (path === '/app/help') nodes = [el('p', ${JSON.stringify(HELP)})];
  else nodes = PRODUCTS.map(function (p) { var d = el('div', '', { class: 'product' }); d.appendChild(el('a', p.item_name, { href: '/app/product/' + p.item_id, 'data-route': '' })); return d; });
  var title = product ? product.item_name : path === '/app/help' ? 'Help' : 'Lookbook';
  document.title = 'Vase & Co app · ' + title;
  document.getElementById('title').textContent = title;
  view.replaceChildren.apply(view, nodes);
  view.setAttribute('data-route', path);
  return product;
}
function viewItem(p) { dataLayer.push({ ecommerce: null }); dataLayer.push({ event: 'view_item', ecommerce: { currency: 'EUR', value: p.price, items: [p] } }); }
function routeChanged() {
  var product = render(location.pathname), where = location.href, title = document.title;
  // The product first: a page view's page visit carries product ids only when view_item comes first (README, "Page visits").
  afterPageEvents(function () { if (product) viewItem(product); dataLayer.push({ event: 'page_view', page_location: where, page_title: title }); });
}
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a[data-route]');
  if (!a || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  if (a.getAttribute('href') === location.pathname) return;
  history.pushState({}, '', a.getAttribute('href'));
  routeChanged();
});
window.addEventListener('popstate', routeChanged);
render(location.pathname);`;

/** The app's page for any of its routes (deep links render the route), or undefined. */
export function spaPage(pathname: string, config: PageConfig): string | undefined {
  const title = routeTitle(pathname);
  if (title === undefined) return undefined;
  const nav = '<nav class="app"><a id="spa-home" href="/app" data-route>Lookbook</a><a id="spa-product" href="/app/product/MUG-02" data-route>Speckled mug</a>'
    + '<a id="spa-help" href="/app/help" data-route>Help</a></nav>';
  const opened = routeProduct(pathname);
  // A deep link to a product route has its view_item above the container snippet, as the shop's product page.
  return layout(title, `${nav}<div id="view" data-route="${escape(pathname)}"></div>`, APP_SCRIPT, config, opened ? viewItemPush(opened) : '');
}
