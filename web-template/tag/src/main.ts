/**
 * Pinterest Tag by pinterest-gtm: the base code, one tracked event with a shared event_id, Enhanced
 * Match hashed in the sandbox, Consent Mode, and optional forwarding to a server container.
 * A fire never throws: bad settings are logged and end in gtmOnFailure.
 */
import { Object } from '../../../gtm-sandbox/import/web';
import { resolveTagEvent, webEventId } from '../../shared/web-event';
import { toText } from '../../../pinterest/values';
import { injectCoreJs, pintrkQueue, runBaseCode } from './base-code';
import { adStorageGranted, onAdStorageGranted, RESPECT_CONSENT, watchConsentChanges } from './consent';
import { buildEventData } from './event-data';
import { buildForwardedEvent, forwardEvent } from './forward';
import { log } from './log';
import { preparePartnerData } from './partner-data';
import { parseTagIds } from './tag-ids';
import type { TagData } from './tag-data';

declare const data: TagData;

export function main(): void {
  const tagIds = parseTagIds(data.tagId);
  if (tagIds.rejected.length > 0) log('ignoring tag IDs that are not 13 digits', tagIds.rejected);
  if (tagIds.ids.length === 0) {
    log('no valid tag ID: nothing sent');
    data.gtmOnFailure();
    return;
  }
  const respectConsent = (toText(data.consentMode) ?? RESPECT_CONSENT) === RESPECT_CONSENT;
  if (respectConsent && !adStorageGranted()) {
    log('ad_storage is denied: waiting for consent before loading or sending anything');
    onAdStorageGranted(() => { fire(tagIds.ids, respectConsent, true); });
    data.gtmOnSuccess();
    return;
  }
  fire(tagIds.ids, respectConsent, false);
}

function fire(tagIds: string[], respectConsent: boolean, deferred: boolean): void {
  let completed = deferred;
  const complete = (succeeded: boolean): void => {
    if (completed) return;
    completed = true;
    if (succeeded) data.gtmOnSuccess();
    else data.gtmOnFailure();
  };
  const event = resolveTagEvent(data.eventName, data.customEventName);
  const pintrk = pintrkQueue();
  preparePartnerData(data, (partner) => {
    runBaseCode(pintrk, tagIds, partner, data.sendPageView !== false);
    if (respectConsent) watchConsentChanges(pintrk);
    if (event.name !== undefined) {
      const tagEvent = event.name;
      const eventData = buildEventData(data);
      eventData.event_id = webEventId(toText(data.eventId) ?? eventData.event_id, tagEvent, eventData.order_id);
      pintrk('track', tagEvent, eventData);
      log('track ' + tagEvent, { event_id: eventData.event_id, fields: Object.keys(eventData) });
      const serverUrl = toText(data.serverUrl);
      if (serverUrl !== undefined) forwardEvent(serverUrl, buildForwardedEvent(tagEvent, eventData, partner));
    } else {
      log('no event tracked: ' + (event.skip ?? ''));
    }
    injectCoreJs(() => { complete(true); }, () => {
      log('core.js failed to load (blocked by the browser or an extension?)');
      complete(false);
    });
  });
}
