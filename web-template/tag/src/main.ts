/**
 * Pinterest Tag by pinterest-gtm: the base code with its page visit, one tracked event with a shared
 * event_id, Enhanced Match hashed in the sandbox, Consent Mode, and optional forwarding to a server
 * container. A fire never throws: bad settings are logged and end in gtmOnFailure.
 */
import { eventMeaning, PAGE } from '../../../pinterest/events';
import { keysOf, toText, withDefaults } from '../../../pinterest/values';
import { pageVisitId, resolveTagEvent, webEventId } from '../../shared/web-event';
import { injectCoreJs, pintrkQueue, runBaseCode, type Pintrk } from './base-code';
import { adStorageGranted, adUserDataGranted, holdMatchUntilGranted, onAdStorageGranted, RESPECT_CONSENT, watchConsentChanges } from './consent';
import { buildEventData } from './event-data';
import { FIELD_DEFAULTS } from './field-defaults';
import { buildForwardedEvent, forwardEvent, readPageFacts, type ConsentState } from './forward';
import { log, logging } from './log';
import { preparePartnerData, isEmpty, type Prepared } from './partner-data';
import { openPageState, savePageState } from './page-state';
import { parseTagIds } from './tag-ids';
import type { TagData } from './tag-data';

declare const data: TagData;

export function main(): void {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const tagIds = parseTagIds(settings.tagId);
  if (tagIds.rejected.length > 0) log('ignoring ' + tagIds.rejected.length + ' tag ID(s) that are not 13 digits');
  if (tagIds.ids.length === 0) {
    log('no valid tag ID: nothing sent');
    data.gtmOnFailure();
    return;
  }
  const respectConsent = toText(settings.consentMode) === RESPECT_CONSENT;
  if (respectConsent && !adStorageGranted()) {
    log('ad_storage is denied: waiting for consent before loading or sending anything');
    onAdStorageGranted(() => { fire(settings, tagIds.ids, respectConsent, true); });
    data.gtmOnSuccess();
    return;
  }
  fire(settings, tagIds.ids, respectConsent, false);
}

function consentState(): ConsentState {
  return { ad_storage: adStorageGranted() ? 'granted' : 'denied', ad_user_data: adUserDataGranted() ? 'granted' : 'denied' };
}

function fire(settings: TagData, tagIds: string[], respectConsent: boolean, deferred: boolean): void {
  let completed = deferred;
  const complete = (succeeded: boolean): void => {
    if (completed) return;
    completed = true;
    if (succeeded) data.gtmOnSuccess();
    else data.gtmOnFailure();
  };
  const event = resolveTagEvent(settings.eventName, settings.customEventName, eventMeaning);
  const pintrk = pintrkQueue();
  const withUserData = !respectConsent || adUserDataGranted();
  preparePartnerData(settings, (prepared) => {
    const match = withUserData ? prepared.match : {};
    if (!withUserData && !isEmpty(prepared.match)) {
      log('ad_user_data is denied: Enhanced Match waits for it');
      holdMatchUntilGranted(pintrk, prepared.match);
    }
    const pageId = settings.sendPageView !== false ? pageVisitId() : undefined;
    const state = openPageState();
    const pageSent = runBaseCode(pintrk, state, tagIds, match, prepared.ldp, pageId);
    if (respectConsent) watchConsentChanges(pintrk, state);
    savePageState(state);
    const tracked = track(settings, pintrk, event.name, event.skip);
    injectCoreJs(() => { complete(true); }, () => {
      log('core.js failed to load (blocked by the browser or an extension?)');
      complete(false);
    });
    forward(settings, prepared, withUserData, pageSent ? (pageId as string) : undefined, tracked);
  });
}

interface Tracked { name: string; data: ReturnType<typeof buildEventData> }

/** The track call, when this fire has an event beyond the base code's page visit. */
function track(settings: TagData, pintrk: Pintrk, name: string | undefined, skip: string | undefined): Tracked | undefined {
  if (name === undefined) {
    log('no event tracked: ' + (skip ?? ''));
    return undefined;
  }
  if (name === PAGE) return undefined;
  const eventData = buildEventData(settings, name);
  eventData.event_id = webEventId(toText(settings.eventId) ?? eventData.event_id, name, eventData.order_id);
  pintrk('track', name, eventData);
  if (logging()) log('track ' + name, { event_id: eventData.event_id, fields: keysOf(eventData) });
  return { name: name, data: eventData };
}

/** Server forwarding, last: the page visit sent now and the tracked event, with the same event_ids. */
function forward(settings: TagData, prepared: Prepared, withUserData: boolean, pageId: string | undefined, tracked: Tracked | undefined): void {
  const serverUrl = toText(settings.serverUrl);
  if (serverUrl === undefined) return;
  const user = withUserData ? prepared.forwarded : { st: prepared.forwarded.st, country: prepared.forwarded.country };
  const ldp = prepared.ldp !== undefined;
  if (pageId === undefined && tracked === undefined) return;
  // Both events leave now, from the same page: its URL, click id, consent and clock are read once.
  const facts = readPageFacts(consentState());
  if (pageId !== undefined) forwardEvent(serverUrl, buildForwardedEvent(PAGE, { event_id: pageId }, user, ldp, facts));
  if (tracked !== undefined) forwardEvent(serverUrl, buildForwardedEvent(tracked.name, tracked.data, user, ldp, facts));
}
