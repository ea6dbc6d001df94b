/**
 * Server forwarding: the same event (name, event_id, event data, hashed user data, page URL without its
 * query, click id, the page's consent) sent to the pinterest-gtm client in a server container as one GET
 * under 8 KB (pinterest/forwarding-protocol.ts). Built only from values the client accepts
 * (forward-repair.ts, then the client's own check), so forwarding never sends what the server refuses,
 * and written so that it cannot throw: it runs after the browser event, and a bad value only skips it.
 * Forwarding is optional: its APIs are required here, when a server URL is set, not on every fire.
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { capiEventFor } from '../../../pinterest/events';
import { forwardedEventProblem } from '../../../pinterest/forwarded-event-validation';
import { EVENT_PARAM, LIMITS, MAX_GET_LENGTH, PROTOCOL_VERSION, VERSION_PARAM, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import type { TagEventData, TagLineItem } from '../../../pinterest/tag-event-data';
import { isPersonalOrControlText } from '../../../pinterest/personal-data';
import { isClickId, isProtocolText } from '../../../pinterest/text-rules';
import { toList, toText } from '../../../pinterest/values';
import { repairCustomData } from './forward-repair';
import { log } from './log';
import type { ForwardedUser } from './partner-data';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The APIs each forwarded event uses, required once per fire, on the first forwarded event. */
let encodeUriComponent: WebApis['encodeUriComponent'] | undefined;
let JSON: WebApis['JSON'] | undefined;
let serverUrlChecked: { url: string; ok: boolean } | undefined;

/** A value as the URL's `e` parameter holds it: URL-encoded JSON (`unencodable` when it has no JSON text). */
function encoded(value: unknown, unencodable: string): string {
  if (encodeUriComponent === undefined || JSON === undefined) {
    encodeUriComponent = require('encodeUriComponent');
    JSON = require('JSON');
  }
  return encodeUriComponent(JSON.stringify(value) ?? unencodable) ?? '';
}

/** The click id: the epik URL parameter of an ad click, else the _epik cookie; only in Pinterest's alphabet. */
export function clickId(): { value?: string; fromUrl: boolean } {
  const valid = (value: string | undefined): boolean => value !== undefined && isClickId(value, LIMITS.clickIdLength) && !isPersonalOrControlText(value);
  const fromUrl = toText(require('getQueryParameters')('epik'));
  if (fromUrl !== undefined) return valid(fromUrl) ? { value: fromUrl, fromUrl: true } : { fromUrl: false };
  const cookie = toText(toList(require('getCookieValues')('_epik'))[0]);
  return valid(cookie) ? { value: cookie, fromUrl: false } : { fromUrl: false };
}

/** scheme://host/path of a URL part reader, when it is protocol text (http(s), at most 2048 characters). */
function location(read: (component: 'protocol' | 'host' | 'path') => unknown): string | undefined {
  const protocol = toText(read('protocol'));
  const host = toText(read('host'));
  if ((protocol !== 'https' && protocol !== 'http') || host === undefined) return undefined;
  const url = protocol + '://' + host + (toText(read('path')) ?? '');
  return isProtocolText(url, LIMITS.urlLength) ? url : undefined;
}

/**
 * The server URL as the tag's send_pixel permission allows it: https, a host, a path under /pinterest/,
 * no credentials, no spaces or control characters. A URL from a variable the page can influence could
 * otherwise send hashed user data and the click id anywhere.
 */
export function isServerUrl(url: string): boolean {
  // Both events of a fire go to the same URL: it is checked (and queryPermission asked) once.
  if (serverUrlChecked === undefined || serverUrlChecked.url !== url) serverUrlChecked = { url: url, ok: checkServerUrl(url) };
  return serverUrlChecked.ok;
}

function checkServerUrl(url: string): boolean {
  if (url.indexOf('https://') !== 0 || !isProtocolText(url, LIMITS.urlLength) || url.indexOf(' ') !== -1 || url.indexOf('\\') !== -1) return false;
  const rest = url.slice('https://'.length);
  const slash = rest.indexOf('/');
  const host = slash === -1 ? '' : rest.slice(0, slash);
  if (host === '' || host.indexOf('@') !== -1 || host.indexOf('?') !== -1 || host.indexOf('#') !== -1) return false;
  const path = rest.slice(slash).toLowerCase();
  // A dot segment ("/pinterest/../collect", also percent-encoded) would leave /pinterest/ once resolved.
  if (path.indexOf('/.') !== -1 || path.indexOf('%2e') !== -1 || path.indexOf('%2f') !== -1 || path.indexOf('%5c') !== -1) return false;
  // And the send_pixel permission must agree (queryPermission answers instead of throwing).
  return path.indexOf('/pinterest/') === 0 && require('queryPermission')('send_pixel', url);
}

/** The page's Consent Mode state for the server (pinterest/forwarding-protocol.ts `consent`). */
export interface ConsentState { ad_storage: 'granted' | 'denied'; ad_user_data: 'granted' | 'denied' }

/** What every event forwarded by one fire shares, read from the page once. */
export interface PageFacts { time: number; page?: string; referrer?: string; click: { value?: string; fromUrl: boolean }; consent: ConsentState }

export function readPageFacts(consent: ConsentState): PageFacts {
  return { time: require('getTimestampMillis')(), page: location(require('getUrl')), referrer: location(require('getReferrerUrl')), click: clickId(), consent: consent };
}

export function buildForwardedEvent(tagEvent: string, eventData: TagEventData, user: ForwardedUser, ldp: boolean, facts: PageFacts): ForwardedEvent | undefined {
  const eventId = toText(eventData.event_id);
  if (eventId === undefined || !isProtocolText(eventId, LIMITS.eventIdLength)) {
    log('server forwarding skipped: the event_id is not 1 to 256 characters of text');
    return undefined;
  }
  const event: ForwardedEvent = { event_name: capiEventFor(tagEvent), event_id: eventId, event_time: facts.time };
  if (facts.page !== undefined) event.page_location = facts.page;
  if (facts.referrer !== undefined) event.page_referrer = facts.referrer;
  const click = facts.click;
  if (click.value !== undefined) {
    event.click_id = click.value;
    if (click.fromUrl) event.click_id_from_url = true;
  }
  const repaired = repairCustomData(eventData);
  if (repaired.dropped > 0) log('server forwarding: left out ' + repaired.dropped + ' event data value(s) the server would refuse');
  event.custom_data = repaired.custom;
  const hashed: { [key: string]: string[] } = {};
  if (user.em !== undefined) hashed.em = [user.em];
  if (user.external_id !== undefined) hashed.external_id = [user.external_id];
  if (user.st !== undefined) hashed.st = [user.st];
  if (user.country !== undefined) hashed.country = [user.country];
  event.user_data = hashed;
  if (ldp) event.opt_out_type = 'LDP';
  event.consent = { ad_storage: facts.consent.ad_storage, ad_user_data: facts.consent.ad_user_data };
  const problem = forwardedEventProblem(event);
  if (problem !== undefined) {
    log('server forwarding skipped: ' + problem);
    return undefined;
  }
  return event;
}

function requestUrl(serverUrl: string, event: ForwardedEvent): string {
  const separator = serverUrl.indexOf('?') === -1 ? '?' : '&';
  return serverUrl + separator + VERSION_PARAM + '=' + PROTOCOL_VERSION + '&' + EVENT_PARAM + '=' + encoded(event, '{}');
}

/**
 * How many line items fit under 8 KB, in one pass: the request without line items, then each item's
 * encoded length plus its encoded comma (%2C), kept from the first item on.
 */
function linesThatFit(serverUrl: string, event: ForwardedEvent, lines: TagLineItem[]): number {
  const custom = event.custom_data as { [key: string]: unknown };
  custom.line_items = [];
  let length = requestUrl(serverUrl, event).length;
  let kept = 0;
  for (let i = 0; i < lines.length; i++) {
    length += encoded(lines[i], '').length + (i > 0 ? 3 : 0);
    if (length > MAX_GET_LENGTH) break;
    kept++;
  }
  custom.line_items = lines;
  return kept;
}

export function forwardEvent(serverUrl: string, event: ForwardedEvent | undefined): void {
  if (event === undefined) return;
  if (!isServerUrl(serverUrl)) {
    log('server forwarding skipped: the server container endpoint must be an https URL whose path starts with /pinterest/');
    return;
  }
  let url = requestUrl(serverUrl, event);
  const custom = event.custom_data as { [key: string]: unknown };
  const lines = toList(custom.line_items) as TagLineItem[];
  if (url.length > MAX_GET_LENGTH && lines.length > 0) {
    const kept = linesThatFit(serverUrl, event, lines);
    custom.line_items = lines.slice(0, kept);
    log('server forwarding: dropped ' + (lines.length - kept) + ' of ' + lines.length + ' line items to stay under 8 KB');
    url = requestUrl(serverUrl, event);
  }
  if (url.length > MAX_GET_LENGTH) {
    log('server forwarding skipped: the event is over 8 KB even without line items');
    return;
  }
  require('sendPixel')(url);
}
