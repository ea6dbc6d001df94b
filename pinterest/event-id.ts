/**
 * The one event_id rule, shared by the web tag, the Event ID variable and the Conversions API tag, so
 * the browser and server copies of an event carry the same id and Pinterest deduplicates them
 * ("event_id … used for deduping between events ingested via both the conversion API and Pinterest
 * tracking", ConversionEvents in https://developers.pinterest.com/docs/api/v5/events-create):
 * 1. an explicit id wins;
 * 2. a checkout with an order id gets an id derived from the order id only, so a reloaded thank-you
 *    page and the server event agree (a time or random part would break that);
 * 3. the base code's page visit gets an id of the page view alone, so every page_view of one page load
 *    (the tag's `page`, GA4's page_view, SPA history changes) carries the same id and counts once;
 * 4. otherwise the id is unique to the page view and the dataLayer event (`gtm.uniqueEventId`), the
 *    same for every tag and variable evaluated on that event.
 */
import { PAGE } from './events';
import { toText } from './values';

export interface EventIdInput {
  explicit?: unknown;
  /** Tag or Conversions API name; only "checkout" and the base code's page visit matter. */
  eventName?: string;
  orderId?: unknown;
  /** Web: the page view's id (see web-template/shared/page-view-id.ts). */
  pageViewId?: string;
  uniqueEventId?: unknown;
}

export const CHECKOUT_ID_PREFIX = 'checkout_';
export const PAGE_VISIT_ID_SUFFIX = '.page';

/** The event_id, or undefined when none of the rules applies (the caller generates one). */
export function deriveEventId(input: EventIdInput): string | undefined {
  const explicit = toText(input.explicit);
  if (explicit !== undefined) return explicit;
  const orderId = toText(input.orderId);
  if (orderId !== undefined && input.eventName === 'checkout') return CHECKOUT_ID_PREFIX + orderId;
  if (input.pageViewId === undefined) return undefined;
  if (input.eventName === PAGE) return input.pageViewId + PAGE_VISIT_ID_SUFFIX;
  const unique = toText(input.uniqueEventId);
  return unique === undefined ? undefined : input.pageViewId + '.' + unique;
}
