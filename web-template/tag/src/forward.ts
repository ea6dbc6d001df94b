/**
 * Server forwarding: the same event (name, event_id, event data, hashed user data, page URL without its
 * query, click id) sent to the pinterest-gtm client in a server container as one GET under 8 KB
 * (pinterest/forwarding-protocol.ts). Line items are trimmed from the end when the request is too long.
 */
import {
  encodeUriComponent, getCookieValues, getQueryParameters, getReferrerUrl, getTimestampMillis, getUrl, JSON, makeString, Object, sendPixel,
} from '../../../gtm-sandbox/import/web';
import { capiEventFor } from '../../../pinterest/events';
import { EVENT_PARAM, MAX_GET_LENGTH, PROTOCOL_VERSION, VERSION_PARAM, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import type { TagEventData } from '../../../pinterest/tag-event-data';
import { toText } from '../../../pinterest/values';
import { log } from './log';
import type { ForwardedUser } from './partner-data';

/** The click id: the epik URL parameter of an ad click, else the _epik cookie Pinterest's tag keeps. */
export function clickId(): { value?: string; fromUrl: boolean } {
  const fromUrl = toText(getQueryParameters('epik'));
  return fromUrl !== undefined ? { value: fromUrl, fromUrl: true } : { value: toText(getCookieValues('_epik')[0]), fromUrl: false };
}

function pageLocation(): string {
  return getUrl('protocol') + '://' + getUrl('host') + getUrl('path');
}

function referrerLocation(): string | undefined {
  const host = toText(getReferrerUrl('host'));
  return host === undefined ? undefined : getReferrerUrl('protocol') + '://' + host + getReferrerUrl('path');
}

/** The page's Consent Mode state for the server (pinterest/forwarding-protocol.ts `consent`). */
export interface ConsentState { ad_storage: 'granted' | 'denied'; ad_user_data: 'granted' | 'denied' }

export function buildForwardedEvent(tagEvent: string, eventData: TagEventData, user: ForwardedUser, ldp: boolean, consent: ConsentState): ForwardedEvent {
  const event: ForwardedEvent = {
    event_name: capiEventFor(tagEvent), event_id: makeString(eventData.event_id), event_time: getTimestampMillis(), page_location: pageLocation(),
  };
  const referrer = referrerLocation();
  if (referrer !== undefined) event.page_referrer = referrer;
  const click = clickId();
  if (click.value !== undefined) {
    event.click_id = click.value;
    if (click.fromUrl) event.click_id_from_url = true;
  }
  const custom: { [key: string]: unknown } = {};
  const keys = Object.keys(eventData);
  for (let i = 0; i < keys.length; i++) {
    // A copy of the line items: trimming the request must not change what the tag tracked.
    if (keys[i] === 'line_items') custom.line_items = (eventData.line_items ?? []).slice();
    else if (keys[i] !== 'event_id') custom[keys[i]] = eventData[keys[i]];
  }
  event.custom_data = custom;
  const hashed: { [key: string]: string[] } = {};
  if (user.em !== undefined) hashed.em = [user.em];
  if (user.external_id !== undefined) hashed.external_id = [user.external_id];
  if (user.st !== undefined) hashed.st = [user.st];
  if (user.country !== undefined) hashed.country = [user.country];
  event.user_data = hashed;
  if (ldp) event.opt_out_type = 'LDP';
  event.consent = { ad_storage: consent.ad_storage, ad_user_data: consent.ad_user_data };
  return event;
}

function requestUrl(serverUrl: string, event: ForwardedEvent): string {
  const separator = serverUrl.indexOf('?') === -1 ? '?' : '&';
  return serverUrl + separator + VERSION_PARAM + '=' + PROTOCOL_VERSION + '&' + EVENT_PARAM + '=' + (encodeUriComponent(JSON.stringify(event) ?? '{}') ?? '');
}

export function forwardEvent(serverUrl: string, event: ForwardedEvent): void {
  let url = requestUrl(serverUrl, event);
  const lines = event.custom_data !== undefined ? (event.custom_data.line_items ?? []) : [];
  const before = lines.length;
  while (url.length > MAX_GET_LENGTH && lines.length > 0) {
    lines.pop();
    url = requestUrl(serverUrl, event);
  }
  if (lines.length < before) log('server forwarding: dropped ' + (before - lines.length) + ' of ' + before + ' line items to stay under 8 KB');
  if (url.length > MAX_GET_LENGTH) {
    log('server forwarding skipped: the event is over 8 KB even without line items');
    return;
  }
  sendPixel(url);
}
