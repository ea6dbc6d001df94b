/**
 * What the web tag and the Event ID variable must agree on for one dataLayer event: which Pinterest
 * event it is, and its event_id (pinterest/event-id.ts has the rule).
 */
import { copyFromDataLayer, generateRandom, makeString } from '../../gtm-sandbox/import/web';
import { deriveEventId } from '../../pinterest/event-id';
import { isCustomEventName, tagEventFor, TAG_TO_CAPI } from '../../pinterest/events';
import { toText } from '../../pinterest/values';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY } from './constants';
import { pageViewId } from './page-view-id';

/** The tag event name, or a reason why this fire tracks no event. */
export interface ResolvedEvent { name?: string; skip?: string }

export function resolveTagEvent(setting: unknown, customName: unknown): ResolvedEvent {
  const choice = toText(setting) ?? BASE_CODE_ONLY;
  if (choice === BASE_CODE_ONLY) return { skip: 'base code only' };
  if (choice === AUTO) {
    const dataLayerEvent = toText(copyFromDataLayer('event'));
    const mapped = tagEventFor(dataLayerEvent);
    return mapped === undefined ? { skip: 'dataLayer event "' + makeString(dataLayerEvent) + '" has no Pinterest event' } : { name: mapped };
  }
  if (choice === ADVERTISER_DEFINED) {
    const name = toText(customName);
    return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: 'the custom event name must be letters and underscores' };
  }
  return TAG_TO_CAPI.hasOwnProperty(choice) ? { name: choice } : { skip: 'unknown event "' + choice + '"' };
}

/** The order id the event_id rule uses: the field, else the GA4 purchase's transaction_id. */
export function orderIdForEvent(orderIdField: unknown): string | undefined {
  return toText(orderIdField) ?? toText(copyFromDataLayer('ecommerce.transaction_id'));
}

/** The event_id for this event; a random one only when GTM gives no gtm.uniqueEventId. */
export function webEventId(explicit: unknown, tagEvent: string | undefined, orderIdField: unknown): string {
  const pageView = pageViewId();
  const derived = deriveEventId({
    explicit: explicit, eventName: tagEvent, orderId: orderIdForEvent(orderIdField), pageViewId: pageView,
    uniqueEventId: copyFromDataLayer('gtm.uniqueEventId'),
  });
  return derived ?? pageView + '.r' + makeString(generateRandom(100000, 999999));
}
