/**
 * What every event forwarded by one fire shares, read from the page once: the time, the page URL (scheme,
 * host, port and path: the query string and fragment may hold personal data), the Pinterest click id and
 * the page's Consent Mode state. Each is made valid for the forwarding protocol here (docs/event-protocol.md),
 * or left out. The referrer is not read: the Conversions API has no field for it (ConversionEvents).
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { looksLikeEmail } from '../../../pinterest/email-address';
import { CLICK_ID_LIMIT, URL_LIMIT, type ForwardedConsent } from '../../../pinterest/forwarding-protocol';
import { isClickId, isProtocolText } from '../../../pinterest/text-rules';
import { toList, toText } from '../../../pinterest/values';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

export interface PageFacts { time: number; page?: string; click?: string; clickFromUrl: boolean; consent: ForwardedConsent }

/**
 * scheme://host[:port]/path of the page (getUrl), with the port unless it is the scheme's default
 * (https://url.spec.whatwg.org/#default-port), when the result is an http(s) URL the protocol takes: at most
 * 2048 characters of valid text, no email address in it.
 */
function location(): string | undefined {
  const read = require('getUrl');
  const scheme = toText(read('protocol'));
  const host = toText(read('host'));
  if ((scheme !== 'https' && scheme !== 'http') || host === undefined) return undefined;
  const port = toText(read('port'));
  const url = scheme + '://' + host + (port === undefined || port === (scheme === 'https' ? '443' : '80') ? '' : ':' + port) + (toText(read('path')) ?? '');
  return isProtocolText(url, URL_LIMIT) && !looksLikeEmail(url) ? url : undefined;
}

/**
 * The click id is the epik URL parameter of an ad click, else the _epik cookie (Pinterest's cookie for it,
 * https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies); `clickFromUrl` says
 * which: the client stores only a click id from the URL, never one read back from the cookie. Only
 * Pinterest's alphabet (pinterest/text-rules.ts isClickId): nothing else can be written into a cookie safely.
 */
export function readPageFacts(consent: ForwardedConsent): PageFacts {
  const fromUrl = toText(require('getQueryParameters')('epik'));
  const click = fromUrl ?? toText(toList(require('getCookieValues')('_epik'))[0]);
  const valid = click !== undefined && isClickId(click, CLICK_ID_LIMIT);
  return {
    time: require('getTimestampMillis')(), page: location(),
    click: valid ? click : undefined, clickFromUrl: valid && fromUrl !== undefined, consent: consent,
  };
}
