/**
 * A validated ForwardedEvent as server event data that the Conversions API tag (and other tags) read
 * without extra settings: common event data keys (event_name, page_location, ip_override, user_agent,
 * currency, value, transaction_id, items, search_term; https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data),
 * user_data with its hashes kept hashed, the click id, the consent state and our source marker. Which
 * field becomes which key is the `>key` of WIRE_FIELDS (pinterest/forwarding-protocol.ts).
 *
 * Reserved keys (docs/event-protocol.md, "Event data produced"): every key written here comes from a
 * protocol field checked for it, or from the request itself. Advertiser-defined custom properties go
 * under CUSTOM_PROPERTY_PREFIX, so `custom_data.ip_override` can never replace the request's address.
 */
import { CUSTOM_PROPERTY_PREFIX, SOURCE_CLIENT, SOURCE_KEY, type ForwardedEvent } from './forwarding-protocol';
import { specOf } from './forwarded-event-validation';
import { withoutQuery } from './text-rules';
import { isObject, keysOf } from './values';

/**
 * What the client knows from the request and its own clock, already checked (server-template/client/src/request-facts.ts):
 * clientId is GA's client id from the `_ga` cookie (server-template/client/src/ga-client-id.ts).
 */
export interface RequestFacts { ip: string | undefined; userAgent: string | undefined; now: number; clientId?: string }

/**
 * The fields of a validated object of a WIRE_FIELDS section, each under its event data key. Left out: a
 * field without one (order_quantity: the Conversions API counts items itself), an empty
 * text (opt_out_type "") and an empty object (user_data, consent). custom_data's fields join the event's;
 * a name outside the section (a custom property) goes under CUSTOM_PROPERTY_PREFIX. Page URLs lose their
 * query string and fragment, and the server's clock bounds every time (a far-future event_time must not
 * outrank real events).
 */
function mapped(object: Record<string, unknown>, section: number, out: Record<string, unknown>, now: number): Record<string, unknown> {
  const names = keysOf(object);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = object[name];
    const spec = specOf(section, name);
    const type = spec === undefined ? '' : spec.charAt(0);
    if (spec === undefined) out[CUSTOM_PROPERTY_PREFIX + name] = value;
    else if (type === 'C') mapped(value as Record<string, unknown>, 1, out, now);
    else if (spec.length > 1 && value !== '' && !(isObject(value) && keysOf(value as object).length === 0)) {
      out[spec.slice(2) || name] = type === 'L' ? (value as Record<string, unknown>[]).map((line) => mapped(line, 2, {}, now))
        : type === 'u' ? withoutQuery(value as string) : type === 'm' && (value as number) > now ? now : value;
    }
  }
  return out;
}

/**
 * Event data of an event forwardedEventProblem found valid. `client_id` (GA's client id, common event data) only
 * for an event whose page granted ad_storage: it is what finds the visitor's click id on the advertiser's other
 * domains (docs/cross-domain.md), a use of ad storage (https://developers.google.com/tag-platform/security/concepts/consent-mode).
 */
export function eventDataFromForwarded(event: ForwardedEvent, request: RequestFacts): Record<string, unknown> {
  const out = mapped(event as unknown as Record<string, unknown>, 0, {}, request.now);
  if (request.ip !== undefined) out.ip_override = request.ip;
  if (request.userAgent !== undefined) out.user_agent = request.userAgent;
  if (request.clientId !== undefined && (event.consent || {}).ad_storage === 'granted') out.client_id = request.clientId;
  out[SOURCE_KEY] = SOURCE_CLIENT;
  return out;
}
