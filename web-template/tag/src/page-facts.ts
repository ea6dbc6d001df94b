/**
 * The facts every event forwarded by one fire shares, read from the page once: the time, the page URL
 * (scheme, host, port and path: the query string and fragment may hold personal data), the Pinterest click id
 * and the consent state. Each is made valid for the forwarding protocol here (docs/event-protocol.md), or left
 * out. The referrer is not read: the Conversions API has no field for it (ConversionEvents).
 */
import { isConsentGranted } from '../../../gtm-sandbox/import/web';
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { CLICK_ID_LIMIT, URL_LIMIT, type ConsentValue, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { freeText, isClickId } from '../../../pinterest/text-rules';
import { toText } from '../../../pinterest/values';
import type { ForwardedUser } from './partner-data';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/**
 * scheme://host[:port]/path of the page (getUrl), with the port unless it is the scheme's default
 * (https://url.spec.whatwg.org/#default-port), when the result is an http(s) URL the protocol takes: free text
 * of at most 2048 characters (valid, no email address in it).
 */
function location(): string | undefined {
  const read = require('getUrl');
  // getUrl answers text ('' for a part the URL lacks); only an http(s) URL with a host is sent.
  const scheme = read('protocol');
  const host = read('host');
  const port = read('port');
  const url = scheme + '://' + host + (!port || port === (scheme === 'https' ? '443' : '80') ? '' : ':' + port) + read('path');
  return (scheme === 'https' || scheme === 'http') && host ? freeText(url, URL_LIMIT) : undefined;
}

/**
 * What every event forwarded by one fire shares, read when the first one is sent: the hashed user data the
 * consent allows, the page's consent state, LDP, the time, the page URL and the click id. The click id is the
 * epik URL parameter of an ad click, else the _epik cookie (Pinterest's cookie for it,
 * https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies); click_id_from_url says
 * which: the client stores only a click id from the URL, never one read back from the cookie. Only
 * Pinterest's alphabet (pinterest/text-rules.ts isClickId): nothing else can be written into a cookie safely.
 * getCookieValues answers an array of the cookie's values
 * (https://developers.google.com/tag-platform/tag-manager/templates/api#getcookievalues).
 */
export function sharedEvent(user: ForwardedUser, ldp: boolean): ForwardedEvent {
  const state = (type: 'ad_storage' | 'ad_user_data'): ConsentValue => (isConsentGranted(type) ? 'granted' : 'denied');
  const event = { user_data: user, consent: { ad_storage: state('ad_storage'), ad_user_data: state('ad_user_data') }, event_time: require('getTimestampMillis')() } as ForwardedEvent;
  if (ldp) event.opt_out_type = 'LDP';
  const page = location();
  if (page) event.page_location = page;
  const fromUrl = toText(require('getQueryParameters')('epik'));
  const click = fromUrl || toText(require('getCookieValues')('_epik')[0]);
  if (!click || !isClickId(click, CLICK_ID_LIMIT)) return event;
  event.click_id = click;
  if (fromUrl) event.click_id_from_url = true;
  return event;
}
