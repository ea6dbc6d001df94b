/**
 * The demo's two shop domains and a stand-in for Google's tag and its linker, which the demo does not load.
 * With the advertiser's domains listed in GA4 ("Configure your domains"), Google's tag keeps the client id in
 * the first-party `_ga` cookie ("GA1.1.<random>.<seconds>") and decorates links to the other domains with
 * `_gl`, from which the tag on the other domain writes the same `_ga`
 * (https://support.google.com/analytics/answer/10071811). This stand-in does the same with its own simple
 * `_gl` value ("1*demo*_ga*<client id>", not Google's encoding), on the demo's shop domains only, so the
 * cross-domain click id (docs/cross-domain.md) can be tried end to end.
 *
 * The two domains are under `.example`, which RFC 2606 reserves: no public DNS answers for them, so no
 * remote page can rebind them to the demo (request-guard.ts); a browser reaches them only through a local
 * mapping (the journey test's chromium: --host-resolver-rules; for you: /etc/hosts, see README "Cross-domain").
 */
import { escapeHtml as escape } from './html';

export const DEMO_SHOP_DOMAINS = ['shop.example', 'checkout.example'] as const;

/** The other demo shop domain's origin for a page on one of them (the same port), else undefined. */
export function otherShopOrigin(host: string | undefined): string | undefined {
  const [name, port] = (host ?? '').toLowerCase().split(':');
  const at = DEMO_SHOP_DOMAINS.indexOf(name as (typeof DEMO_SHOP_DOMAINS)[number]);
  return at === -1 || !/^\d+$/.test(port ?? '') ? undefined : `http://${DEMO_SHOP_DOMAINS[1 - at]}:${port}`;
}

/** Runs before gtm.js: `_ga` from the link's `_gl`, else the page's own, else a new one; links marked data-linker get `_gl`. */
export const LINKER_STAND_IN = `(function () {
  var gl = /^1\\*demo\\*_ga\\*(\\d{1,20}\\.\\d{1,20})$/.exec(new URLSearchParams(location.search).get('_gl') || '');
  var own = /(?:^|; )_ga=GA1\\.\\d\\.(\\d+\\.\\d+)/.exec(document.cookie);
  var id = gl ? gl[1] : own ? own[1] : Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_ga=GA1.1.' + id + '; path=/; max-age=63072000; SameSite=Lax';
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[data-linker]') : null;
    if (!a) return;
    var url = new URL(a.href);
    url.searchParams.set('_gl', '1*demo*_ga*' + id);
    a.href = url.href;
  }, true);
})();`;

/** The header link to the other shop domain, decorated by the stand-in. */
export const otherShopLink = (origin: string): string => `<a id="other-domain" data-linker href="${escape(origin)}/checkout">Checkout on ${escape(new URL(origin).hostname)}</a>`;
