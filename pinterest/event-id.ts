/**
 * The one event_id rule, shared by the web tag, the Event ID variable and the Conversions API tag, so
 * the browser and server copies of an event carry the same id and Pinterest deduplicates them
 * (https://developers.pinterest.com/docs/api-features/deduplication/):
 * 1. an explicit id wins;
 * 2. a checkout with an order id gets an id derived from the order id only, so a reloaded thank-you
 *    page and the server event agree (a time or random part would break that);
 * 3. otherwise the id is unique to the page view and the dataLayer event (`gtm.uniqueEventId`), the
 *    same for every tag and variable evaluated on that event.
 */
import { toText } from './values';

export interface EventIdInput {
  explicit?: unknown;
  /** Tag or Conversions API name; only "checkout" matters. */
  eventName?: string;
  orderId?: unknown;
  /** Web: the page view's id (see web-template/shared/page-view-id.ts). */
  pageViewId?: string;
  uniqueEventId?: unknown;
}

export const CHECKOUT_ID_PREFIX = 'checkout_';

/** The event_id, or undefined when none of the rules applies (the caller generates one). */
export function deriveEventId(input: EventIdInput): string | undefined {
  const explicit = toText(input.explicit);
  if (explicit !== undefined) return explicit;
  const orderId = toText(input.orderId);
  if (orderId !== undefined && input.eventName === 'checkout') return CHECKOUT_ID_PREFIX + orderId;
  const unique = toText(input.uniqueEventId);
  if (input.pageViewId !== undefined && unique !== undefined) return input.pageViewId + '.' + unique;
  return undefined;
}
