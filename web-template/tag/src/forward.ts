/**
 * Server forwarding: the same event (name, event_id, event data, hashed user data, page URL without its
 * query, click id, the page's consent) sent to the pinterest-gtm client in a server container as one GET
 * under 8 KB (pinterest/forwarding-protocol.ts). The client is the one judge of what it receives; this
 * sender builds every field from values the tag already made valid for pintrk (pinterest/tag-event-data.ts,
 * web-template/shared/web-event.ts, partner-data.ts), so what it sends is valid by construction, and what
 * it cannot build validly it leaves out and logs. Forwarding is optional: its APIs are required here, when
 * a server URL is set, not on every fire.
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { capiEventFor } from '../../../pinterest/events';
import { EVENT_PARAM, MAX_GET_LENGTH, PROTOCOL_VERSION, VERSION_PARAM, type ForwardedEvent, type ForwardedLineItem, CUSTOM_KEYS_LIMIT, LINE_ITEMS_LIMIT, URL_LIMIT } from '../../../pinterest/forwarding-protocol';
import type { TagEventData } from '../../../pinterest/tag-event-data';
import { keysOf } from '../../../pinterest/values';
import type { BuiltEventData } from './event-data';
import { log } from './log';
import type { PageFacts } from './page-facts';
import type { ForwardedUser } from './partner-data';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The APIs each forwarded event uses, required once per fire, on the first forwarded event. */
let encodeUriComponent: WebApis['encodeUriComponent'] | undefined;
let JSON: WebApis['JSON'] | undefined;
let serverUrlChecked: { url: string; ok: boolean } | undefined;

/** A value as the URL's `e` parameter holds it: URL-encoded JSON. */
function encoded(value: unknown): string {
  if (encodeUriComponent === undefined || JSON === undefined) {
    encodeUriComponent = require('encodeUriComponent');
    JSON = require('JSON');
  }
  return encodeUriComponent(JSON.stringify(value) ?? '') ?? '';
}

/**
 * The server URL as the tag's send_pixel permission allows it: https, a host, a path under /pinterest/,
 * no credentials, no spaces or control characters. A URL from a variable the page can influence could
 * otherwise send hashed user data and the click id anywhere.
 */
function isServerUrl(url: string): boolean {
  // Both events of a fire go to the same URL: it is checked (and queryPermission asked) once.
  if (serverUrlChecked === undefined || serverUrlChecked.url !== url) serverUrlChecked = { url: url, ok: checkServerUrl(url) };
  return serverUrlChecked.ok;
}

function checkServerUrl(url: string): boolean {
  if (url.indexOf('https://') !== 0 || url.length > URL_LIMIT) return false;
  for (let i = 0; i < url.length; i++) if (url.charAt(i) <= ' ' || url.charAt(i) === '\\' || url.charAt(i) === '\u007f') return false;
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

/** The line items on the wire: the tag's fields the protocol carries, and each item's unit discount. */
function wireLines(built: BuiltEventData): ForwardedLineItem[] {
  const lines = built.data.line_items ?? [];
  const out: ForwardedLineItem[] = [];
  for (let i = 0; i < lines.length && i < LINE_ITEMS_LIMIT; i++) {
    const line = lines[i];
    const wire: ForwardedLineItem = {};
    const keys = keysOf(line);
    // product_variant_id is pintrk's only: the Conversions API has no field for it.
    for (let j = 0; j < keys.length; j++) if (keys[j] !== 'product_variant_id') (wire as { [key: string]: unknown })[keys[j]] = (line as { [key: string]: unknown })[keys[j]];
    if (built.discounts[i] !== undefined) wire.product_discount = built.discounts[i];
    out.push(wire);
  }
  return out;
}

/** custom_data from the event data as pintrk got it (the event_id travels beside it), at most 50 properties. */
function customData(built: BuiltEventData): ForwardedEvent['custom_data'] {
  const custom: { [key: string]: unknown } = {};
  const data: TagEventData = built.data;
  const keys = keysOf(data);
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === 'event_id') continue;
    if (count === CUSTOM_KEYS_LIMIT) {
      log('server forwarding: left out the event data values after the first ' + CUSTOM_KEYS_LIMIT);
      break;
    }
    custom[keys[i]] = keys[i] === 'line_items' ? wireLines(built) : data[keys[i]];
    count++;
  }
  return custom;
}

export function buildForwardedEvent(tagEvent: string, eventId: string, built: BuiltEventData | undefined, user: ForwardedUser, ldp: boolean, facts: PageFacts): ForwardedEvent {
  const event: ForwardedEvent = { event_name: capiEventFor(tagEvent), event_id: eventId, event_time: facts.time };
  if (facts.page !== undefined) event.page_location = facts.page;
  if (facts.referrer !== undefined) event.page_referrer = facts.referrer;
  if (facts.click.value !== undefined) {
    event.click_id = facts.click.value;
    if (facts.click.fromUrl) event.click_id_from_url = true;
  }
  event.custom_data = built === undefined ? {} : customData(built);
  const hashed: { [key: string]: string[] } = {};
  const keys = keysOf(user);
  for (let i = 0; i < keys.length; i++) {
    const digest = (user as { [key: string]: string | undefined })[keys[i]];
    if (digest !== undefined) hashed[keys[i]] = [digest];
  }
  event.user_data = hashed;
  if (ldp) event.opt_out_type = 'LDP';
  event.consent = facts.consent;
  return event;
}

function requestUrl(serverUrl: string, event: ForwardedEvent): string {
  return serverUrl + (serverUrl.indexOf('?') === -1 ? '?' : '&') + VERSION_PARAM + '=' + PROTOCOL_VERSION + '&' + EVENT_PARAM + '=' + encoded(event);
}

/**
 * How many line items fit under 8 KB, in one pass: the request without line items, then each item's
 * encoded length plus its encoded comma (%2C), kept from the first item on.
 */
function linesThatFit(serverUrl: string, event: ForwardedEvent, custom: { line_items?: ForwardedLineItem[] }, lines: ForwardedLineItem[]): number {
  custom.line_items = [];
  let length = requestUrl(serverUrl, event).length;
  let kept = 0;
  while (kept < lines.length) {
    length += encoded(lines[kept]).length + (kept > 0 ? 3 : 0);
    if (length > MAX_GET_LENGTH) break;
    kept++;
  }
  return kept;
}

export function forwardEvent(serverUrl: string, event: ForwardedEvent): void {
  if (!isServerUrl(serverUrl)) {
    log('server forwarding skipped: the server container endpoint must be an https URL whose path starts with /pinterest/');
    return;
  }
  let url = requestUrl(serverUrl, event);
  const custom = event.custom_data as { line_items?: ForwardedLineItem[] };
  const lines = custom.line_items;
  if (url.length > MAX_GET_LENGTH && lines !== undefined) {
    const kept = linesThatFit(serverUrl, event, custom, lines);
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
