/**
 * Pinterest Tag by pinterest-gtm: the base code, one page visit per page view, one tracked event with a
 * shared event_id, Enhanced Match hashed in the sandbox, Consent Mode, and optional forwarding to a server
 * container. A fire never throws: bad settings are logged and end in gtmOnFailure.
 */
import { PAGE, tagEventFor } from '../../../pinterest/events';
import { keysOf, toText, withDefaults } from '../../../pinterest/values';
import { resolveTagEvent, webEventId } from '../../shared/web-event';
import { injectCoreJs, pintrkQueue, runBaseCode } from './base-code';
import { granted, holdMatchUntilGranted, onAdStorageGranted, RESPECT_CONSENT, watchConsentChanges } from './consent';
import { buildEventData, type BuiltEventData } from './event-data';
import { FIELD_DEFAULTS } from './field-defaults';
import { buildForwardedEvent, forwardEvent } from './forward';
import { log, logging } from './log';
import { readPageFacts } from './page-facts';
import { openPageState, savePageState } from './page-state';
import { isEmpty, preparePartnerData, type Prepared } from './partner-data';
import { parseTagIds } from './tag-ids';
import type { TagData } from './tag-data';

declare const data: TagData;

export function main(): void {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const tagIds = parseTagIds(settings.tagId);
  if (tagIds.length === 0) {
    log('no valid tag ID: nothing sent');
    data.gtmOnFailure();
    return;
  }
  const respectConsent = settings.consentMode === RESPECT_CONSENT;
  if (respectConsent && !granted('ad_storage')) {
    log('ad_storage denied: waiting for consent');
    onAdStorageGranted(() => { fire(settings, tagIds, respectConsent, true); });
    data.gtmOnSuccess();
    return;
  }
  fire(settings, tagIds, respectConsent, false);
}

/** One event sent now: its tag name, event_id and event data (none for the page visit). */
interface Sent { name: string; id: string; built?: BuiltEventData }

function fire(settings: TagData, tagIds: string[], respectConsent: boolean, deferred: boolean): void {
  // Automatic mode reads the dataLayer event through the event table; the log says when it means nothing.
  const event = resolveTagEvent(settings.eventName, settings.customEventName, (name) => ({ tag: tagEventFor(name) }));
  const pintrk = pintrkQueue();
  const withUserData = !respectConsent || granted('ad_user_data');
  preparePartnerData(settings, (prepared) => {
    if (!withUserData && !isEmpty(prepared.match)) {
      log('ad_user_data denied: Enhanced Match waits');
      holdMatchUntilGranted(pintrk, prepared.match);
    }
    const state = openPageState();
    runBaseCode(pintrk, state.loaded, tagIds, withUserData ? prepared.match : {}, prepared.ldp);
    if (respectConsent) watchConsentChanges(pintrk, state);
    const sent: Sent[] = [];
    // The page visit of this page view, once: on the first fire of the page view, unless this fire's event
    // is itself the page visit (a product page's view_item, the Page Visit event), which carries its id.
    const visit = settings.sendPageView !== false && event.name !== 'pagevisit' ? webEventId(undefined, PAGE, undefined) : undefined;
    if (visit !== undefined && visit !== state.visited) {
      pintrk('track', 'pagevisit', { event_id: visit });
      sent.push({ name: PAGE, id: visit });
      state.visited = visit;
    }
    if (event.name === undefined) log('no event tracked: ' + event.skip);
    else if (event.name !== PAGE) {
      const built = buildEventData(settings, event.name);
      const id = webEventId(toText(settings.eventId) ?? built.data.event_id, event.name, built.data.order_id);
      built.data.event_id = id;
      pintrk('track', event.name, built.data);
      if (logging()) log('track ' + event.name, { event_id: id, fields: keysOf(built.data) });
      sent.push({ name: event.name, id: id, built: built });
      if (event.name === 'pagevisit') state.visited = id;
    }
    savePageState(state);
    let completed = deferred;
    const complete = (succeeded: boolean): void => {
      if (completed) return;
      completed = true;
      if (succeeded) data.gtmOnSuccess();
      else data.gtmOnFailure();
    };
    injectCoreJs(() => { complete(true); }, () => {
      log('core.js failed to load (blocked?)');
      complete(false);
    });
    forward(settings, prepared, withUserData, sent);
  });
}

/** Server forwarding, last: every event sent now, with the same event_ids, from the same page. */
function forward(settings: TagData, prepared: Prepared, withUserData: boolean, sent: Sent[]): void {
  const serverUrl = toText(settings.serverUrl);
  if (serverUrl === undefined || sent.length === 0) return;
  const facts = readPageFacts({ ad_storage: granted('ad_storage') ? 'granted' : 'denied', ad_user_data: granted('ad_user_data') ? 'granted' : 'denied' });
  // Without ad_user_data only the LDP region travels (it is not Enhanced Match).
  for (let i = 0; i < sent.length; i++) forwardEvent(serverUrl, buildForwardedEvent(sent[i].name, sent[i].id, sent[i].built, withUserData ? prepared.forwarded : prepared.region, prepared.ldp !== undefined, facts));
}
