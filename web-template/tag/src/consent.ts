/**
 * Consent Mode: with ad_storage denied nothing is loaded or sent; a grant later on the page sends the
 * deferred event; once the tag has loaded, a revocation calls pintrk('setconsent', false) (which stops
 * the tag and clears Pinterest's first-party cookies) and a new grant calls setconsent(true).
 * https://developers.google.com/tag-platform/tag-manager/templates/consent-apis
 * https://help.pinterest.com/en/business/article/install-the-pinterest-tag (setconsent)
 */
import { addConsentListener, isConsentGranted, templateStorage } from '../../../gtm-sandbox/import/web';
import type { Pintrk } from './base-code';

export const AD_STORAGE = 'ad_storage';
export const RESPECT_CONSENT = 'respect';

export function adStorageGranted(): boolean {
  return isConsentGranted(AD_STORAGE);
}

/** Runs `proceed` once, when ad_storage is granted. */
export function onAdStorageGranted(proceed: () => void): void {
  let done = false;
  addConsentListener(AD_STORAGE, (_type, granted) => {
    if (!granted || done) return;
    done = true;
    proceed();
  });
}

/** Forwards later ad_storage changes to pintrk('setconsent', …), registered once per page. */
export function watchConsentChanges(pintrk: Pintrk): void {
  if (templateStorage.getItem('consentWatch') === true) return;
  templateStorage.setItem('consentWatch', true);
  addConsentListener(AD_STORAGE, (_type, granted) => { pintrk('setconsent', granted); });
}
