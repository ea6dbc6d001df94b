/**
 * Server forwarding: the same event (name, event_id, event data, hashed user data, page URL without its
 * query, click id, the page's consent) sent to the pinterest-gtm client in a server container as one GET
 * under 8 KB (pinterest/forwarding-protocol.ts). The client is the one judge of what it receives; this
 * sender builds every field from values the tag already made valid for pintrk (pinterest/tag-event-data.ts,
 * web-template/shared/web-event.ts, partner-data.ts, page-facts.ts), so what it sends is valid by
 * construction, and what it cannot send (over 8 KB, past the protocol's counts) it leaves out and logs.
 * Forwarding is optional: its APIs are required here, when a server URL is set, not on every fire.
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { capiEventFor } from '../../../pinterest/events';
import { CUSTOM_KEYS_LIMIT, EVENT_PARAM, LINE_ITEMS_LIMIT, MAX_GET_LENGTH, PROTOCOL_VERSION, URL_LIMIT, VERSION_PARAM, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { keysOf } from '../../../pinterest/values';
import type { BuiltEventData } from './event-data';
import { log } from './log';
import type { PageFacts } from './page-facts';
import type { ForwardedUser } from './partner-data';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/**
 * The server URL as the tag's send_pixel permission allows it, and no other: https, a host of letters,
 * digits, dots, hyphens and a port, then a path under /pinterest/ of letters, digits, "/", "-" and "_" only.
 * No credentials, query, fragment, percent-escape, backslash or dot segment ("/pinterest/../collect") can
 * then move the request elsewhere once resolved: a URL from a variable the page can influence could
 * otherwise send hashed user data and the click id anywhere. queryPermission must agree.
 */
function isServerUrl(url: string): boolean {
  const slash = url.indexOf('/', 8);
  if (url.indexOf('https://') !== 0 || slash < 9 || url.indexOf('/pinterest/', slash) !== slash || url.length > URL_LIMIT) return false;
  for (let i = 8; i < url.length; i++) {
    const c = url.charAt(i).toLowerCase();
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || (i < slash ? c === '.' || c === ':' : c === '/' || c === '_'))) return false;
  }
  return require('queryPermission')('send_pixel', url);
}

/**
 * custom_data: the event data as pintrk got it (the event_id travels beside it), at most 50 properties;
 * line items with the protocol's fields (pintrk's product_variant_id has no Conversions API field) and each
 * item's unit discount.
 */
function customData(built: BuiltEventData): { [key: string]: unknown } {
  const custom: { [key: string]: unknown } = {};
  const keys = keysOf(built.data);
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === 'event_id') continue;
    if (count++ === CUSTOM_KEYS_LIMIT) {
      log('server forwarding: left out event data values after the first ' + CUSTOM_KEYS_LIMIT);
      break;
    }
    custom[key] = built.data[key];
  }
  const lines = built.data.line_items;
  if (lines !== undefined) {
    const wire: { [key: string]: unknown }[] = [];
    for (let i = 0; i < lines.length && i < LINE_ITEMS_LIMIT; i++) {
      const line: { [key: string]: unknown } = {};
      const fields = keysOf(lines[i]);
      for (let j = 0; j < fields.length; j++) if (fields[j] !== 'product_variant_id') line[fields[j]] = (lines[i] as { [key: string]: unknown })[fields[j]];
      if (built.discounts[i] !== undefined) line.product_discount = built.discounts[i];
      wire.push(line);
    }
    custom.line_items = wire;
  }
  return custom;
}

export function buildForwardedEvent(tagEvent: string, eventId: string, built: BuiltEventData | undefined, user: ForwardedUser, ldp: boolean, facts: PageFacts): ForwardedEvent {
  const event: ForwardedEvent = { event_name: capiEventFor(tagEvent), event_id: eventId, event_time: facts.time, custom_data: built === undefined ? {} : customData(built), user_data: user, consent: facts.consent };
  if (facts.page !== undefined) event.page_location = facts.page;
  if (facts.click !== undefined) event.click_id = facts.click;
  if (facts.clickFromUrl) event.click_id_from_url = true;
  if (ldp) event.opt_out_type = 'LDP';
  return event;
}

/** The APIs and the server URL check, once per fire (every event of a fire goes to the same URL). */
let apis: { encode: WebApis['encodeUriComponent']; JSON: WebApis['JSON']; ok: boolean } | undefined;

/** The request: `{serverUrl}?v=1&e=<URL-encoded JSON of the event>`. */
function requestUrl(serverUrl: string, event: ForwardedEvent): string {
  const encode = (apis as { encode: WebApis['encodeUriComponent'] }).encode;
  return serverUrl + (serverUrl.indexOf('?') === -1 ? '?' : '&') + VERSION_PARAM + '=' + PROTOCOL_VERSION + '&' + EVENT_PARAM + '=' + encode((apis as { JSON: WebApis['JSON'] }).JSON.stringify(event) as string);
}

/** Sends the event, dropping line items from the end while it is over 8 KB (no proxy or browser then truncates it). */
export function forwardEvent(serverUrl: string, event: ForwardedEvent): void {
  if (apis === undefined) apis = { encode: require('encodeUriComponent'), JSON: require('JSON'), ok: isServerUrl(serverUrl) };
  if (!apis.ok) return log('server forwarding skipped: the server URL must be https://<host>/pinterest/...');
  let url = requestUrl(serverUrl, event);
  const lines = (event.custom_data as { line_items?: unknown[] }).line_items;
  const all = lines === undefined ? 0 : lines.length;
  while (url.length > MAX_GET_LENGTH && lines !== undefined && lines.length > 0) {
    lines.pop();
    url = requestUrl(serverUrl, event);
  }
  if (lines !== undefined && lines.length < all) log('server forwarding: ' + (all - lines.length) + ' of ' + all + ' line items left out (8 KB)');
  if (url.length > MAX_GET_LENGTH) return log('server forwarding skipped: over 8 KB');
  require('sendPixel')(url);
}
