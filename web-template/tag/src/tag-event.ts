/**
 * The event this fire tracks, from the Event field (missing or empty, it reads as its default, Automatic):
 * PAGE for the page visit only (Base code only), a tag event, or undefined with the reason logged.
 * Automatic reads the dataLayer event through the event table (pinterest/events.ts, README "Events").
 */
import { copyFromDataLayer } from '../../../gtm-sandbox/import/web';
import { isCustomEventName, PAGE, tagEventFor } from '../../../pinterest/events';
import { toText } from '../../../pinterest/values';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY } from '../../shared/constants';
import { log } from './log';
import type { TagData } from './tag-data';

export function tagEvent(settings: TagData): string | undefined {
  const choice = toText(settings.eventName) || AUTO;
  if (choice === BASE_CODE_ONLY) return PAGE;
  if (choice === ADVERTISER_DEFINED) {
    const custom = toText(settings.customEventName);
    if (custom && isCustomEventName(custom)) return custom;
    log('no event: custom event names are letters and underscores');
    return undefined;
  }
  // Automatic reads the dataLayer event through the event table. A menu item is a tag event of the table, as
  // written: anything else (an edited export, a tag made through the API) is refused. Neither the dataLayer's
  // event (page input) nor the Event value is echoed into the log.
  const name = choice === AUTO ? tagEventFor(toText(copyFromDataLayer('event'))) : tagEventFor(choice) === choice ? choice : undefined;
  if (!name) log('no event: not a Pinterest event');
  return name;
}
