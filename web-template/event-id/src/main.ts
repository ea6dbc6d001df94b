/**
 * Pinterest Event ID by pinterest-gtm: the event_id the Pinterest Tag uses for this dataLayer event
 * (web-template/shared/web-event.ts), for a GA4 event parameter `event_id` that the Conversions API tag
 * reads on the server.
 */
import { toText } from '../../../pinterest/values';
import { resolveTagEvent, webEventId } from '../../shared/web-event';

declare const data: { eventName?: unknown; customEventName?: unknown; eventId?: unknown; orderId?: unknown };

export function main(): string {
  const event = resolveTagEvent(data.eventName, data.customEventName);
  return webEventId(toText(data.eventId), event.name, data.orderId);
}
