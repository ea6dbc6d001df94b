/**
 * What the web tag and the Event ID variable must agree on for one dataLayer event: its event_id
 * (pinterest/event-id.ts has the rule). Each resolves the event the same way from the same Event field
 * (web-template/tag/src/tag-event.ts; the variable needs only the event kinds the rule reads).
 */
import { copyFromDataLayer } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { deriveEventId } from '../../pinterest/event-id';
import { EVENT_ID_LIMIT } from '../../pinterest/forwarding-protocol';
import { idText } from '../../pinterest/text-rules';
import { toText } from '../../pinterest/values';
import { pageViewId, pageVisitId } from './page-view-id';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** The event_id of this event by the one rule (pinterest/event-id.ts), reading only what the rule needs. */
export function webEventId(explicit: unknown, tagEvent: string | undefined, orderId: unknown): string {
  return deriveEventId(explicit, tagEvent,
    // The order id of the field or the event data, else the GA4 purchase's transaction_id, each on its own terms.
    () => idText(orderId, EVENT_ID_LIMIT) || copyFromDataLayer('ecommerce.transaction_id'),
    pageVisitId,
    () => {
      const unique = toText(copyFromDataLayer('gtm.uniqueEventId'));
      // generateRandom is required on this rare path only (GTM gives every dataLayer event a gtm.uniqueEventId).
      return pageViewId() + '.' + (unique && unique.length < 20 ? unique : 'r' + require('generateRandom')(100000, 999999));
    }) as string;
}
