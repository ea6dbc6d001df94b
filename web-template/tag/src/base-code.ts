/**
 * Pinterest's base code through GTM's APIs: the pintrk queue, `load` for every tag ID once per page
 * (also when pintrk already exists from another tag or hard-coded base code), `page` once per page,
 * `set` to update partner data on later fires, and core.js injected once.
 * https://help.pinterest.com/en/business/article/install-the-pinterest-tag
 */
import { createArgumentsQueue, injectScript, templateStorage } from '../../../gtm-sandbox/import/web';
import { CORE_JS_URL } from '../../../pinterest/tag-script';
import { isEmpty, type PartnerData } from './partner-data';

/** pintrk(command, ...): load, page, set, track, setconsent. */
export type Pintrk = (command: string, first?: unknown, second?: unknown) => void;

/** pintrk, created as a queue unless a pintrk function already exists on the page. */
export function pintrkQueue(): Pintrk {
  return createArgumentsQueue('pintrk', 'pintrk.queue');
}

export function runBaseCode(pintrk: Pintrk, tagIds: string[], partner: PartnerData, sendPageView: boolean): void {
  let anyLoadedBefore = false;
  for (let i = 0; i < tagIds.length; i++) {
    const key = 'loaded:' + tagIds[i];
    if (templateStorage.getItem(key) === true) {
      anyLoadedBefore = true;
      continue;
    }
    pintrk('load', tagIds[i], partner);
    templateStorage.setItem(key, true);
  }
  if (anyLoadedBefore && !isEmpty(partner)) pintrk('set', partner);
  if (sendPageView && templateStorage.getItem('page') !== true) {
    pintrk('page');
    templateStorage.setItem('page', true);
  }
}

/** Loads core.js once per page (GTM deduplicates by the cache token); callbacks of later fires queue on it. */
export function injectCoreJs(onSuccess: () => void, onFailure: () => void): void {
  injectScript(CORE_JS_URL, onSuccess, onFailure, 'pinterest-gtm-core');
}
