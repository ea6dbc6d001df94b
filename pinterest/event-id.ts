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
 * 4. otherwise the web side's id unique to the page load and the dataLayer event (`gtm.uniqueEventId`),
 *    the same for every tag and variable evaluated on that event.
 * Every id is 1 to 256 characters of text (EVENT_ID_LIMIT); a candidate that is not falls to the next
 * rule. Ids are never judged by their shape. The sources are read only when their rule is reached.
 */
import { PAGE } from './events';
import { EVENT_ID_LIMIT } from './forwarding-protocol';
import { idText } from './text-rules';

export const CHECKOUT_ID_PREFIX = 'checkout_';

const id = (value: unknown): string | undefined => idText(value, EVENT_ID_LIMIT);

/**
 * The event_id, or undefined when none of the rules applies (the server then generates one). `eventName`
 * is the tag event (or PAGE): only "checkout" and the page visit matter. The other sources are functions,
 * called only when their rule is reached: the order id; on the web, the page view's page-visit id and the id
 * unique to the page load and dataLayer event.
 */
export function deriveEventId(explicit: unknown, eventName: string | undefined, orderId: () => unknown, pageVisitId?: () => string, otherwise?: () => string): string | undefined {
  // Ids are never empty: a candidate is an id or undefined.
  const given = id(explicit);
  if (given) return given;
  const order = eventName === 'checkout' ? id(orderId()) : undefined;
  const checkout = order ? id(CHECKOUT_ID_PREFIX + order) : undefined;
  if (checkout) return checkout;
  if (pageVisitId && (eventName === PAGE || eventName === 'pagevisit')) return pageVisitId();
  return otherwise ? otherwise() : undefined;
}
