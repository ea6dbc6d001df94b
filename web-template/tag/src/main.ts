/**
 * Pinterest Tag by pinterest-gtm: the base code, one page visit per page view, one tracked event with a
 * shared event_id, Enhanced Match hashed in the sandbox, Consent Mode, and optional forwarding to a server
 * container. A fire never throws: bad settings are logged and end in gtmOnFailure.
 */
import { eventMeaning, PAGE } from '../../../pinterest/events';
import { keysOf, toText, withDefaults } from '../../../pinterest/values';
import { resolveTagEvent, webEventId } from '../../shared/web-event';
import { injectCoreJs, pintrkQueue, runBaseCode, type Pintrk } from './base-code';
import { adStorageGranted, adUserDataGranted, holdMatchUntilGranted, onAdStorageGranted, RESPECT_CONSENT, watchConsentChanges } from './consent';
import { buildEventData, type BuiltEventData } from './event-data';
import { FIELD_DEFAULTS } from './field-defaults';
import { buildForwardedEvent, forwardEvent } from './forward';
import { log, logging } from './log';
import { readPageFacts } from './page-facts';
import { openPageState, savePageState } from './page-state';
import { preparePartnerData, isEmpty, type ForwardedUser, type Prepared } from './partner-data';
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

/** One event sent now: its tag name, event_id and event data (none for a page visit). */
interface Sent { name: string; id: string; built?: BuiltEventData }

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
    const state = openPageState();
    runBaseCode(pintrk, state, tagIds, match, prepared.ldp);
    if (respectConsent) watchConsentChanges(pintrk, state);
    const sent: Sent[] = [];
    // The page visit of this page view, once: on the first fire of the page view, unless this fire's event
    // is itself the page visit (a product page's view_item, the Page Visit event), which carries its id.
    const visit = settings.sendPageView !== false && event.name !== 'pagevisit' ? webEventId(undefined, PAGE, undefined) : undefined;
    if (visit !== undefined && visit !== state.visited) {
      pintrk('track', 'pagevisit', { event_id: visit });
      state.visited = visit;
      sent.push({ name: PAGE, id: visit });
    }
    const tracked = track(settings, pintrk, event.name, event.skip);
    if (tracked !== undefined) {
      sent.push(tracked);
      if (tracked.name === 'pagevisit') state.visited = tracked.id;
    }
    savePageState(state);
    injectCoreJs(() => { complete(true); }, () => {
      log('core.js failed to load (blocked by the browser or an extension?)');
      complete(false);
    });
    forward(settings, prepared, withUserData, sent);
  });
}

/** The track call, when this fire has an event beyond the page visit. */
function track(settings: TagData, pintrk: Pintrk, name: string | undefined, skip: string | undefined): Sent | undefined {
  if (name === undefined) {
    log('no event tracked: ' + (skip ?? ''));
    return undefined;
  }
  if (name === PAGE) return undefined;
  const built = buildEventData(settings, name);
  const id = webEventId(toText(settings.eventId) ?? built.data.event_id, name, built.data.order_id);
  built.data.event_id = id;
  pintrk('track', name, built.data);
  if (logging()) log('track ' + name, { event_id: id, fields: keysOf(built.data) });
  return { name: name, id: id, built: built };
}

/** Server forwarding, last: every event sent now, with the same event_ids. */
function forward(settings: TagData, prepared: Prepared, withUserData: boolean, sent: Sent[]): void {
  const serverUrl = toText(settings.serverUrl);
  if (serverUrl === undefined || sent.length === 0) return;
  const user: ForwardedUser = withUserData ? prepared.forwarded : { st: prepared.forwarded.st, country: prepared.forwarded.country };
  // Every event leaves now, from the same page: its URL, click id, consent and clock are read once.
  const facts = readPageFacts({ ad_storage: adStorageGranted() ? 'granted' : 'denied', ad_user_data: adUserDataGranted() ? 'granted' : 'denied' });
  for (let i = 0; i < sent.length; i++) forwardEvent(serverUrl, buildForwardedEvent(sent[i].name, sent[i].id, sent[i].built, user, prepared.ldp !== undefined, facts));
}
