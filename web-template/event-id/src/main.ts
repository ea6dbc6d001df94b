/**
 * Pinterest Event ID by pinterest-gtm: the event_id the Pinterest Tag uses for this dataLayer event
 * (web-template/shared/web-event.ts), for a GA4 event parameter `event_id` that the Conversions API tag
 * reads on the server. Missing fields read as their UI defaults, as in the tag.
 */
import { tagEventFor } from '../../../pinterest/events';
import { withDefaults } from '../../../pinterest/values';
import { resolveTagEvent, webEventId } from '../../shared/web-event';
import { FIELD_DEFAULTS } from './field-defaults';

declare const data: { eventName?: unknown; customEventName?: unknown; eventId?: unknown; orderId?: unknown };

export function main(): string {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const event = resolveTagEvent(settings.eventName, settings.customEventName, (name) => ({ tag: tagEventFor(name) }));
  return webEventId(settings.eventId, event.name, settings.orderId);
}
