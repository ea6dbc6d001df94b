/**
 * What the web tag and the Event ID variable must agree on for one dataLayer event: which Pinterest
 * event it is, and its event_id (pinterest/event-id.ts has the rule, pinterest/events.ts the table).
 */
import { copyFromDataLayer } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { deriveEventId } from '../../pinterest/event-id';
import { LIMITS } from '../../pinterest/forwarding-protocol';
import { isPersonalOrControlText } from '../../pinterest/personal-data';
import { isProtocolText } from '../../pinterest/text-rules';
import { isCustomEventName, PAGE, TAG_TO_CAPI, type EventMeaning } from '../../pinterest/events';
import { toText } from '../../pinterest/values';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY } from './constants';
import { pageViewId } from './page-view-id';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The tag event to track (PAGE: the base code's page visit only), or why this fire tracks nothing. */
export interface ResolvedEvent { name?: string; skip?: string }

/**
 * `setting` is the Event field with its default already applied (a missing field means Automatic).
 * `meaningOf` reads a dataLayer event (pinterest/events.ts): the tag passes eventMeaning, whose skips
 * carry the reason it logs; the Event ID variable, which logs nothing, passes the tag event alone, so
 * the reasons are not compiled into it.
 */
export function resolveTagEvent(setting: unknown, customName: unknown, meaningOf: (name: string | undefined) => EventMeaning): ResolvedEvent {
  const choice = toText(setting) ?? AUTO;
  if (choice === BASE_CODE_ONLY) return { name: PAGE };
  if (choice === AUTO) {
    const dataLayerEvent = toText(copyFromDataLayer('event'));
    const meaning = meaningOf(dataLayerEvent);
    if (meaning.tag !== undefined) return { name: meaning.tag };
    // The dataLayer is page input: an unknown event's name is not echoed into the log.
    return { skip: meaning.skip ?? 'the dataLayer event has no Pinterest event' };
  }
  if (choice === ADVERTISER_DEFINED) {
    const name = toText(customName);
    return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: 'the custom event name must be letters and underscores' };
  }
  return choice !== PAGE && TAG_TO_CAPI.hasOwnProperty(choice) ? { name: choice } : { skip: 'the Event field holds no Pinterest event' };
}

/**
 * A value usable in an event_id: 1 to 256 characters of text (the API's limit; ConversionEvents.event_id),
 * no control characters, no contact data (an id travels in clear to Pinterest and the server).
 */
function idPart(value: unknown): string | undefined {
  const text = toText(value);
  return text !== undefined && isProtocolText(text, LIMITS.eventIdLength) && !isPersonalOrControlText(text) ? text : undefined;
}

/** The order id the event_id rule uses: the field, else the GA4 purchase's transaction_id. */
export function orderIdForEvent(orderIdField: unknown): string | undefined {
  // Each source on its own terms: a refused field falls back to the dataLayer in the tag and the variable alike.
  return idPart(orderIdField) ?? idPart(copyFromDataLayer('ecommerce.transaction_id'));
}

/** The event_id for this event; a random one only when GTM gives no gtm.uniqueEventId. */
export function webEventId(explicit: unknown, tagEvent: string | undefined, orderIdField: unknown): string {
  const pageView = pageViewId();
  const derived = idPart(deriveEventId({
    explicit: idPart(explicit), eventName: tagEvent, orderId: orderIdForEvent(orderIdField), pageViewId: pageView,
    uniqueEventId: copyFromDataLayer('gtm.uniqueEventId'),
  }));
  // generateRandom is required on this rare path only (GTM gives every dataLayer event a gtm.uniqueEventId).
  return derived ?? pageView + '.r' + require('generateRandom')(100000, 999999);
}

/** The base code's page visit id: the same for every page event of this page load. */
export function pageVisitId(): string {
  return deriveEventId({ eventName: PAGE, pageViewId: pageViewId() }) as string;
}
