/**
 * A GET (the web tag's pixel) must come from the site's own pages. Any page can make a visitor's browser
 * request an image, and the request would carry that visitor's real IP address, user agent and cookies;
 * so the client refuses a GET that the browser marks as cross-site (Sec-Fetch-Site,
 * https://www.w3.org/TR/fetch-metadata/#sec-fetch-site-header), or whose Referer or page_location host is
 * not one of the site's hosts (docs/event-protocol.md, "Requests from other sites"). The web tag's own pixel
 * is same-origin or same-site (the server container on a subdomain of the site), and carries at least the
 * page's origin as Referer (the default policy strict-origin-when-cross-origin,
 * https://w3c.github.io/webappsec-referrer-policy/#referrer-policy-strict-origin-when-cross-origin).
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { toText } from '../../../pinterest/values';

// The request APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** The host of a URL, or of a bare host name ("shop.example"), lower-cased by the URL parser; '' when there is none ('' itself included). */
export function hostOf(text: string): string {
  const parsed = require('parseUrl')(text.indexOf('//') === -1 ? 'https://' + text : text);
  return parsed === undefined ? '' : parsed.hostname;
}

/**
 * The site's hosts: those of the *Site hosts* field and of the allowed origins; when neither names one,
 * the registrable domain of the server container's own host (its Host header: a container at
 * sgtm.shop.example serves shop.example), or that host itself when it has none (an IP address).
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#computeeffectivetldplusone
 */
export function siteHosts(siteField: unknown, originsField: unknown): string[] {
  const hosts: string[] = [];
  // join() writes a field left empty (undefined, null) as nothing.
  const entries = [siteField, originsField].join(',').split(',');
  for (let i = 0; i < entries.length; i++) {
    const host = hostOf(entries[i].trim());
    if (host !== '') hosts.push(host);
  }
  const own = hosts.length === 0 ? hostOf(toText(require('getRequestHeader')('host')) || '') : '';
  if (own !== '') hosts.push(require('computeEffectiveTldPlusOne')(own) || own);
  return hosts;
}

/** A URL on one of the hosts, or on a subdomain of one: ".www.shop.example" ends with ".shop.example", ".evilshop.example" does not. */
function onSite(url: string, hosts: string[]): boolean {
  const host = '.' + hostOf(url);
  for (let i = 0; i < hosts.length; i++) if (host.slice(-hosts[i].length - 1) === '.' + hosts[i]) return true;
  return false;
}

/** Why a GET does not come from the site's pages, or undefined. Fixed texts: nothing of the request is repeated. */
export function notFromSite(hosts: string[], pageLocation: string | undefined): string | undefined {
  const getRequestHeader = require('getRequestHeader');
  // The other values are same-origin and same-site (the site's own pages) and none (the user's own action).
  if (getRequestHeader('sec-fetch-site') === 'cross-site') return 'sec-fetch-site: cross-site';
  const referer = toText(getRequestHeader('referer'));
  if (referer !== undefined && !onSite(referer, hosts)) return 'referer: not on the site';
  return pageLocation === undefined || onSite(pageLocation, hosts) ? undefined : 'page_location: not on the site';
}
