/**
 * What the web tag and the Event ID variable must agree on for one dataLayer event: which Pinterest
 * event it is, and its event_id (pinterest/event-id.ts has the rule, pinterest/events.ts the table).
 */
import { copyFromDataLayer } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { deriveEventId } from '../../pinterest/event-id';
import { LIMITS } from '../../pinterest/forwarding-protocol';
import { idText } from '../../pinterest/text-rules';
import { isCustomEventName, isTagEvent, PAGE, type EventMeaning } from '../../pinterest/events';
import { toText } from '../../pinterest/values';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY } from './constants';
import { pageViewId, pageVisitId } from './page-view-id';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The tag event to track (PAGE: the page visit only), or why this fire tracks nothing. */
export interface ResolvedEvent { name?: string; skip?: string }

/**
 * `setting` is the Event field with its default already applied (a missing field means Automatic).
 * `meaningOf` reads a dataLayer event (pinterest/events.ts eventMeaning): the tag logs its skip reason;
 * the Event ID variable logs nothing.
 */
export function resolveTagEvent(setting: unknown, customName: unknown, meaningOf: (name: string | undefined) => EventMeaning): ResolvedEvent {
  const choice = toText(setting) ?? AUTO;
  if (choice === BASE_CODE_ONLY) return { name: PAGE };
  if (choice === AUTO) {
    const meaning = meaningOf(toText(copyFromDataLayer('event')));
    if (meaning.tag !== undefined) return { name: meaning.tag };
    // The dataLayer is page input: an unknown event's name is not echoed into the log.
    return { skip: meaning.skip ?? 'the dataLayer event has no Pinterest event' };
  }
  if (choice === ADVERTISER_DEFINED) {
    const name = toText(customName);
    return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: 'the custom event name must be letters and underscores' };
  }
  return isTagEvent(choice) ? { name: choice } : { skip: 'the Event field holds no Pinterest event' };
}

/** The order id the event_id rule uses: the field, else the GA4 purchase's transaction_id (each on its own terms). */
export function orderIdForEvent(orderIdField: unknown): string | undefined {
  return idText(orderIdField, LIMITS.eventIdLength) ?? idText(copyFromDataLayer('ecommerce.transaction_id'), LIMITS.eventIdLength);
}

/** The event_id for this event; a random one only when GTM gives no gtm.uniqueEventId. */
export function webEventId(explicit: unknown, tagEvent: string | undefined, orderIdField: unknown): string {
  const pageView = pageViewId();
  const derived = idText(deriveEventId({
    explicit: idText(explicit, LIMITS.eventIdLength), eventName: tagEvent,
    // Read only where the rule uses them: the order id for a checkout, the page view's id for a page visit.
    orderId: tagEvent === 'checkout' ? orderIdForEvent(orderIdField) : undefined,
    pageVisitId: tagEvent === PAGE || tagEvent === 'pagevisit' ? pageVisitId() : undefined,
    pageViewId: pageView, uniqueEventId: copyFromDataLayer('gtm.uniqueEventId'),
  }), LIMITS.eventIdLength);
  // generateRandom is required on this rare path only (GTM gives every dataLayer event a gtm.uniqueEventId).
  return derived ?? pageView + '.r' + require('generateRandom')(100000, 999999);
}
