/**
 * Pinterest Tag by pinterest-gtm: the base code, one page visit per page view, one tracked event with a
 * shared event_id, Enhanced Match hashed in the sandbox, Consent Mode, and optional forwarding to a server
 * container. A fire never throws: bad settings are logged and end in gtmOnFailure.
 */
import { injectScript, isConsentGranted } from '../../../gtm-sandbox/import/web';
import { PAGE } from '../../../pinterest/events';
import { CORE_JS_URL } from '../../../pinterest/tag-script';
import { toText } from '../../../pinterest/values';
import { pageVisitId } from '../../shared/page-view-id';
import { webEventId } from '../../shared/web-event';
import { runBaseCode } from './base-code';
import { FIRE_REGARDLESS, holdMatchUntilGranted, onAdStorageGranted, watchConsentChanges } from './consent';
import { buildEventData, type BuiltEventData } from './event-data';
import { forwarder } from './forward';
import { log } from './log';
import { pageState } from './page-state';
import { isEmpty, preparePartnerData } from './partner-data';
import { parseTagIds } from './tag-ids';
import { tagEvent } from './tag-event';
import type { TagData } from './tag-data';

declare const data: TagData;

/**
 * Each field reads as its UI default where the code reads it (a tag saved before a later template version
 * added the field has none: README, "Deduplication"): Event Automatic (tag-event.ts), ecommerce read
 * (event-data.ts), Consent respected unless "Fire regardless", no LDP, the page visit sent. Nothing copies
 * `data` to fill them in; tests/templates/field-defaults.test.ts holds the tag to its definition's defaults.
 */
export function main(): void {
  const tagIds = parseTagIds(data.tagId);
  if (tagIds.length === 0) {
    log('no valid tag ID');
    return data.gtmOnFailure();
  }
  const respectConsent = data.consentMode !== FIRE_REGARDLESS;
  // Asked when the fire runs: a deferred fire runs later, under another state.
  if (respectConsent && !isConsentGranted('ad_storage')) {
    log('ad_storage denied: waiting');
    onAdStorageGranted(() => { fire(data, tagIds, respectConsent, true); });
    return data.gtmOnSuccess();
  }
  fire(data, tagIds, respectConsent, false);
}

function fire(settings: TagData, tagIds: string[], respectConsent: boolean, deferred: boolean): void {
  const event = tagEvent(settings);
  const withUserData = !respectConsent || isConsentGranted('ad_user_data');
  preparePartnerData(settings, (prepared) => {
    const state = pageState();
    const pintrk = runBaseCode(state.loaded, tagIds, withUserData ? prepared.enhancedMatch : {}, prepared.ldp);
    if (!withUserData && !isEmpty(prepared.enhancedMatch)) {
      log('ad_user_data denied: Enhanced Match waits');
      holdMatchUntilGranted(pintrk, prepared.enhancedMatch, state);
    }
    if (respectConsent) watchConsentChanges(pintrk, state);
    // Every event sent now goes to the server too, with the same event_id. Without ad_user_data only the LDP
    // region travels (it is not Enhanced Match).
    const forward = forwarder(settings.serverUrl, withUserData ? prepared.forwarded : prepared.region, !!prepared.ldp);
    // The page visit of this page view, once: on the first fire of the page view, unless this fire's event
    // is itself the page visit (a product page's view_item, the Page Visit event), which carries its id.
    // Tracks an event (PAGE: the page visit of the page view) with its event_id, and forwards it.
    const track = (name: string, id: string, built: BuiltEventData): void => {
      const tracked = name === PAGE ? 'pagevisit' : name;
      built.data.event_id = id;
      pintrk('track', tracked, built.data);
      log('track ' + tracked + ', event_id ' + id);
      if (tracked === 'pagevisit') state.visited = id;
      if (forward) forward(name, id, built);
    };
    const visit = settings.sendPageView !== false && event !== 'pagevisit' ? pageVisitId() : undefined;
    if (visit && visit !== state.visited) track(PAGE, visit, { data: {}, wire: [] });
    if (event && event !== PAGE) {
      const built = buildEventData(settings, event);
      const id = webEventId(toText(settings.eventId) || built.data.event_id, event, built.data.order_id);
      // One page view, one page visit (README, "Page visits"): Pinterest documents event_id deduplication
      // between the tag and the API only, so a second pagevisit of a page view (a view_item after its page
      // event) could count twice; its products travel only when view_item comes first.
      if (event === 'pagevisit' && id === state.visited) log('page visit already sent');
      else track(event, id, built);
    }
    // core.js loads once per page (GTM deduplicates by the cache token); callbacks of later fires queue on it.
    // A deferred fire (consent granted later) has already told GTM it succeeded.
    injectScript(CORE_JS_URL, () => { if (!deferred) data.gtmOnSuccess(); }, () => {
      log('core.js not loaded');
      if (!deferred) data.gtmOnFailure();
    }, 'pinterest-gtm-core');
  });
}
