/**
 * Consent Mode: with ad_storage denied nothing is loaded or sent; a grant later on the page sends the
 * deferred event; once the tag has loaded, a revocation calls pintrk('setconsent', false) (which stops
 * the tag and clears Pinterest's first-party cookies) and a new grant calls setconsent(true).
 * User data follows ad_user_data (Consent Mode v2: "ad_user_data: sets consent for sending user data
 * related to advertising to Google"; the same signal gates Enhanced Match for Pinterest): while it is
 * denied no em/external_id reach pintrk or the server; when it is granted later they are sent with set.
 * https://developers.google.com/tag-platform/security/concepts/consent-mode
 * https://developers.google.com/tag-platform/tag-manager/templates/consent-apis
 * https://help.pinterest.com/en/business/article/install-the-pinterest-tag (setconsent)
 */
import { isConsentGranted, templateStorage } from '../../../gtm-sandbox/import/web';
import type { WebApis } from '../../../gtm-sandbox/types/web';
import type { Pintrk } from './base-code';
import type { PageState } from './page-state';
import type { PartnerData } from './partner-data';

export const RESPECT_CONSENT = 'respect';

const MATCH_KEY = 'pendingMatch';

// addConsentListener is required where a listener is added: not on every fire.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** Whether the consent type is granted now (a deferred fire runs later, under another state). */
export function granted(type: 'ad_storage' | 'ad_user_data'): boolean {
  return isConsentGranted(type);
}

/** Runs `proceed` once, when ad_storage is granted. */
export function onAdStorageGranted(proceed: () => void): void {
  let done = false;
  require('addConsentListener')('ad_storage', (_type, isGranted) => {
    if (!isGranted || done) return;
    done = true;
    proceed();
  });
}

/** Forwards later ad_storage changes to pintrk('setconsent', …), registered once per page. */
export function watchConsentChanges(pintrk: Pintrk, state: PageState): void {
  if (state.consentWatch) return;
  state.consentWatch = true;
  require('addConsentListener')('ad_storage', (_type, isGranted) => { pintrk('setconsent', isGranted); });
}

/**
 * Enhanced Match held back while ad_user_data is denied: the newest hashed values wait in template
 * storage, and one listener per page sends them with pintrk('set', …) when ad_user_data is granted.
 */
export function holdMatchUntilGranted(pintrk: Pintrk, match: PartnerData): void {
  templateStorage.setItem(MATCH_KEY, match);
  if (templateStorage.getItem('matchWatch') === true) return;
  templateStorage.setItem('matchWatch', true);
  require('addConsentListener')('ad_user_data', (_type, isGranted) => {
    const pending = templateStorage.getItem(MATCH_KEY) as PartnerData | undefined;
    if (!isGranted || pending === undefined || pending === null) return;
    templateStorage.removeItem(MATCH_KEY);
    pintrk('set', pending);
  });
}
