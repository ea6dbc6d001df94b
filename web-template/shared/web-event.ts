/**
 * What the web tag and the Event ID variable must agree on for one dataLayer event: which Pinterest
 * event it is, and its event_id (pinterest/event-id.ts has the rule, pinterest/events.ts the table).
 */
import { copyFromDataLayer } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { deriveEventId } from '../../pinterest/event-id';
import { isCustomEventName, PAGE, type EventMeaning } from '../../pinterest/events';
import { EVENT_ID_LIMIT } from '../../pinterest/forwarding-protocol';
import { idText } from '../../pinterest/text-rules';
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
    // The dataLayer is page input: an unknown event's name is not echoed into the log.
    return meaning.tag !== undefined ? { name: meaning.tag } : { skip: meaning.skip ?? 'not a Pinterest event (README: event table)' };
  }
  // A menu item is a tag event name; anything else (an edited export, a tag made through the API) is refused.
  if (choice !== ADVERTISER_DEFINED) return meaningOf(choice).tag === choice ? { name: choice } : { skip: 'unknown Event choice' };
  // A typed custom name is checked.
  const name = toText(customName);
  return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: 'the custom event name must be letters and underscores' };
}

/** The event_id of this event by the one rule (pinterest/event-id.ts), reading only what the rule needs. */
export function webEventId(explicit: unknown, tagEvent: string | undefined, orderId: unknown): string {
  return deriveEventId(explicit, tagEvent,
    // The order id of the field or the event data, else the GA4 purchase's transaction_id, each on its own terms.
    () => idText(orderId, EVENT_ID_LIMIT) ?? copyFromDataLayer('ecommerce.transaction_id'),
    pageVisitId,
    () => {
      const unique = toText(copyFromDataLayer('gtm.uniqueEventId'));
      // generateRandom is required on this rare path only (GTM gives every dataLayer event a gtm.uniqueEventId).
      return pageViewId() + '.' + (unique !== undefined && unique.length < 20 ? unique : 'r' + require('generateRandom')(100000, 999999));
    }) as string;
}
