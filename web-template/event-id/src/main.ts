/**
 * Pinterest Event ID by pinterest-gtm: the event_id the Pinterest Tag uses for this dataLayer event
 * (web-template/shared/web-event.ts), for a GA4 event parameter `event_id` that the Conversions API tag
 * reads on the server. Missing fields read as their UI defaults, as in the tag. Of the event table it needs
 * only which events follow the page-visit and the checkout rules (pinterest/event-kinds.ts, generated from
 * the table): every other event's id is the same whatever its Pinterest event.
 */
import { copyFromDataLayer } from '../../../gtm-sandbox/import/web';
import { CHECKOUT_NAMES, PAGE_VISIT_NAMES } from '../../../pinterest/event-kinds';
import { PAGE } from '../../../pinterest/events';
import { toText, withDefaults } from '../../../pinterest/values';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY } from '../../shared/constants';
import { webEventId } from '../../shared/web-event';
import { FIELD_DEFAULTS } from './field-defaults';

declare const data: { eventName?: unknown; customEventName?: unknown; eventId?: unknown; orderId?: unknown };

/** The tag event a dataLayer event means, as far as the id rule is concerned. */
function kindOf(event: unknown): string | undefined {
  const key = ' ' + (toText(event) ?? '').toLowerCase() + ' ';
  return PAGE_VISIT_NAMES.indexOf(key) !== -1 ? 'pagevisit' : CHECKOUT_NAMES.indexOf(key) !== -1 ? 'checkout' : undefined;
}

export function main(): string {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const choice = toText(settings.eventName) ?? AUTO;
  // As the tag resolves its event (web-template/shared/web-event.ts resolveTagEvent).
  const name = choice === AUTO ? kindOf(copyFromDataLayer('event')) : choice === BASE_CODE_ONLY ? PAGE : choice === ADVERTISER_DEFINED ? toText(settings.customEventName) : choice;
  return webEventId(settings.eventId, name, settings.orderId);
}
