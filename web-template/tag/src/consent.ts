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
import type { WebApis } from '../../../gtm-sandbox/types/web';
import type { Pintrk } from './base-code';
import type { PageState } from './page-state';
import type { PartnerData } from './partner-data';

/** The Consent field's "Fire regardless" choice; its default, and any other value, respects Consent Mode. */
export const FIRE_REGARDLESS = 'always';

// addConsentListener is required where a listener is added: not on every fire.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

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
  if (state.storageWatch) return;
  state.storageWatch = true;
  require('addConsentListener')('ad_storage', (_type, isGranted) => { pintrk('setconsent', isGranted); });
}

/**
 * Enhanced Match held back while ad_user_data is denied: the newest hashed values wait in the page state,
 * and one listener per page sends them with pintrk('set', …) when ad_user_data is granted.
 */
export function holdMatchUntilGranted(pintrk: Pintrk, match: PartnerData, state: PageState): void {
  state.pendingMatch = match;
  if (state.matchWatch) return;
  state.matchWatch = true;
  require('addConsentListener')('ad_user_data', (_type, isGranted) => {
    const pending = state.pendingMatch;
    if (!isGranted || !pending) return;
    state.pendingMatch = undefined;
    pintrk('set', pending);
  });
}
