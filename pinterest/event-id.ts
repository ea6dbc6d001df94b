/**
 * The one event_id rule, shared by the web tag, the Event ID variable and the Conversions API tag, so
 * the browser and server copies of an event carry the same id and Pinterest deduplicates them
 * ("event_id … used for deduping between events ingested via both the conversion API and Pinterest
 * tracking", ConversionEvents in https://developers.pinterest.com/docs/api/v5/events-create):
 * 1. an explicit id wins;
 * 2. a checkout with an order id gets an id derived from the order id only, so a reloaded thank-you
 *    page and the server event agree (a time or random part would break that);
 * 3. a page visit (a page event, a product page's view_item, or the Page Visit event) gets the id of its
 *    page view (web-template/shared/page-view-id.ts pageVisitId): every page event of one page view shares
 *    it, and each SPA route is a page view of its own;
 * 4. otherwise the id is unique to the page load and the dataLayer event (`gtm.uniqueEventId`), the
 *    same for every tag and variable evaluated on that event.
 */
import { PAGE } from './events';
import { toText } from './values';

export interface EventIdInput {
  explicit?: unknown;
  /** Tag event name (or PAGE); only "checkout" and the page visit matter. */
  eventName?: string;
  orderId?: unknown;
  /** Web: the page view's page-visit id. */
  pageVisitId?: string;
  /** Web: the page load's id (see web-template/shared/page-view-id.ts). */
  pageViewId?: string;
  uniqueEventId?: unknown;
}

export const CHECKOUT_ID_PREFIX = 'checkout_';

/** The event_id, or undefined when none of the rules applies (the caller makes one). */
export function deriveEventId(input: EventIdInput): string | undefined {
  const explicit = toText(input.explicit);
  if (explicit !== undefined) return explicit;
  const orderId = toText(input.orderId);
  if (orderId !== undefined && input.eventName === 'checkout') return CHECKOUT_ID_PREFIX + orderId;
  if (input.pageVisitId !== undefined && (input.eventName === PAGE || input.eventName === 'pagevisit')) return input.pageVisitId;
  const unique = toText(input.uniqueEventId);
  return input.pageViewId === undefined || unique === undefined ? undefined : input.pageViewId + '.' + unique;
}
