/**
 * Pinterest's base code through GTM's APIs: the pintrk queue, `load` for every tag ID once per page
 * (also when pintrk already exists from another tag or hard-coded base code), Limited Data Processing
 * with `set` before any event code, `page` once per page with its event_id, `set` to update Enhanced
 * Match on later fires, and core.js injected once.
 * https://help.pinterest.com/en/business/article/install-the-pinterest-tag
 * https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/ ("Add the
 * below script before all event code")
 */
import { createArgumentsQueue, injectScript } from '../../../gtm-sandbox/import/web';
import { CORE_JS_URL } from '../../../pinterest/tag-script';
import type { PageState } from './page-state';
import { isEmpty, type LdpData, type PartnerData } from './partner-data';

/** pintrk(command, ...): load, page, set, track, setconsent. */
export type Pintrk = (command: string, first?: unknown, second?: unknown) => void;

/** pintrk, created as a queue unless a pintrk function already exists on the page. */
export function pintrkQueue(): Pintrk {
  return createArgumentsQueue('pintrk', 'pintrk.queue');
}

/**
 * Loads new tag IDs, sets LDP, and sends the page visit once per page with `pageVisitId` as its
 * event_id (undefined: no page visit from this tag). Answers whether the page visit was sent now.
 */
export function runBaseCode(pintrk: Pintrk, state: PageState, tagIds: string[], match: PartnerData, ldp: LdpData | undefined, pageVisitId: string | undefined): boolean {
  let anyLoadedBefore = false;
  for (let i = 0; i < tagIds.length; i++) {
    if (state.loaded.indexOf(tagIds[i]) !== -1) {
      anyLoadedBefore = true;
      continue;
    }
    pintrk('load', tagIds[i], match);
    state.loaded.push(tagIds[i]);
  }
  if (anyLoadedBefore && !isEmpty(match)) pintrk('set', match);
  if (ldp !== undefined) pintrk('set', ldp);
  if (pageVisitId === undefined || state.pageSent) return false;
  pintrk('page', { event_id: pageVisitId });
  state.pageSent = true;
  return true;
}

/** Loads core.js once per page (GTM deduplicates by the cache token); callbacks of later fires queue on it. */
export function injectCoreJs(onSuccess: () => void, onFailure: () => void): void {
  injectScript(CORE_JS_URL, onSuccess, onFailure, 'pinterest-gtm-core');
}
