/**
 * Server forwarding: the same event (name, event_id, event data, hashed user data, page URL without its
 * query, click id, the page's consent) sent to the pinterest-gtm client in a server container as one GET
 * under 8 KB (pinterest/forwarding-protocol.ts). The client is the one judge of what it receives; this
 * sender builds every field from values the tag already made valid for pintrk (pinterest/tag-event-data.ts,
 * web-template/shared/web-event.ts, partner-data.ts, page-facts.ts), so what it sends is valid by
 * construction, and what it cannot send (over 8 KB) it leaves out and logs. Forwarding is optional: its
 * APIs are required here, when a server URL is set, not on every fire.
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { capiEventFor } from '../../../pinterest/events';
import { GET_QUERY, LINE_ITEMS_LIMIT, MAX_GET_LENGTH, URL_LIMIT, type ForwardedEvent } from '../../../pinterest/forwarding-protocol';
import { toText } from '../../../pinterest/values';
import type { BuiltEventData } from './event-data';
import { log } from './log';
import { sharedEvent } from './page-facts';
import type { ForwardedUser } from './partner-data';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** Sends one event of this fire (its tag name or PAGE, its event_id, its event data). */
export type Forward = (tagEvent: string, eventId: string, built: BuiltEventData) => void;

/**
 * The server URL within the tag's send_pixel permission (URLs `https://<any host>/pinterest/<any path>`,
 * on the default port only), and no other: https, a host of letters, digits, dots and hyphens, then a path under /pinterest/
 * of letters, digits, "/", "-" and "_" only. No port, credentials, query, fragment, percent-escape, backslash
 * or dot segment ("/pinterest/../collect") can then move the request elsewhere once resolved: a URL from a
 * variable the page can influence could otherwise send hashed user data and the click id anywhere.
 * https://developers.google.com/tag-platform/tag-manager/templates/permissions#send_pixel
 */
const isServerUrl = (url: string): boolean => url.length <= URL_LIMIT && !!url.match('^https://[A-Za-z0-9.-]+/pinterest/[\\w/-]*$');

/**
 * The sender of this fire's events, or undefined without a usable server URL (logged). Every event of a
 * fire shares the page's facts, the user data and the LDP flag, read once; `user` is the hashed user data the
 * consent allows.
 */
export function forwarder(serverUrl: unknown, user: ForwardedUser, ldp: boolean): Forward | undefined {
  const url = toText(serverUrl);
  if (!url) return undefined;
  if (!isServerUrl(url)) {
    log('not forwarded: server URL not https://<host>/pinterest/…');
    return undefined;
  }
  const encode = require('encodeUriComponent');
  const JSON = require('JSON');
  let event: ForwardedEvent | undefined;
  return (tagEvent, eventId, built) => {
    event = event || sharedEvent(user, ldp);
    const custom: { [key: string]: unknown } = {};
    // The event data as pintrk got it (the event_id travels beside it), with line items in the protocol's form.
    for (const key in built.data) if (key !== 'event_id') custom[key] = built.data[key];
    const lines = built.wire.slice(0, LINE_ITEMS_LIMIT);
    if (lines.length > 0) custom.line_items = lines;
    event.event_name = capiEventFor(tagEvent);
    event.event_id = eventId;
    event.custom_data = custom;
    // `{serverUrl}?v=1&e=<URL-encoded JSON of the event>`
    const withEvent = (): string => url + GET_QUERY + encode(JSON.stringify(event) as string);
    // Line items are dropped from the end while the request is over 8 KB (no proxy or browser then truncates it).
    let request = withEvent();
    const all = lines.length;
    while (request.length > MAX_GET_LENGTH && lines.length > 0) {
      lines.pop();
      request = withEvent();
    }
    if (lines.length < all) log('forwarded without ' + (all - lines.length) + ' of ' + all + ' line items (8 KB)');
    if (request.length > MAX_GET_LENGTH) return log('not forwarded: over 8 KB');
    require('sendPixel')(request);
  };
}
