/**
 * Consent carried by GA4 events into a server container: `x-ga-gcs` ("G1" + ad_storage +
 * analytics_storage, 1 granted, 0 denied) and `x-ga-gcd` (Consent Mode v2: "11" then a letter per signal
 * for ad_storage, analytics_storage, ad_user_data, ad_personalization, each followed by a digit).
 * https://developers.google.com/tag-platform/security/concepts/consent-mode (the letters: granted
 * t r n v, denied p q m u, unset l). Absent signals mean Consent Mode is not in use.
 */
import { fieldsOf, toText } from './values';

export type ConsentSignal = 'granted' | 'denied' | undefined;
export interface AdConsent { adStorage: ConsentSignal; adUserData: ConsentSignal }

const GRANTED = 'granted';
const DENIED = 'denied';

function gcdLetter(letter: string): ConsentSignal {
  return letter === '' ? undefined : 'trnv'.indexOf(letter) !== -1 ? GRANTED : 'pqmu'.indexOf(letter) !== -1 ? DENIED : undefined;
}

export function adConsentFrom(gcs: unknown, gcd: unknown): AdConsent {
  const gcdText = toText(gcd) || '';
  // "11p1p1p1p5" and "13r3r3r2r5l1" are both seen: the second digit varies, the letters sit at 2, 4, 6, 8.
  const v2 = gcdText.length >= 9 && gcdText.charAt(0) === '1';
  const gcsText = toText(gcs) || '';
  const gcsAd = gcsText.length === 4 && gcsText.slice(0, 2) === 'G1' ? gcsText.charAt(2) : '';
  // gcs is the older signal; gcd, when present, is more precise.
  const adStorage = v2 ? gcdLetter(gcdText.charAt(2)) : undefined;
  return {
    adStorage: adStorage !== undefined ? adStorage : gcsAd === '1' ? GRANTED : gcsAd === '0' ? DENIED : undefined,
    adUserData: v2 ? gcdLetter(gcdText.charAt(6)) : undefined,
  };
}

/**
 * Why advertising data of the event may not be sent, or undefined when it may. The event's ad consent is
 * the page's state that the Pinterest client carries in `consent_state` (docs/event-protocol.md) where it
 * has a signal, else GA4's `x-ga-gcs`/`x-ga-gcd`.
 */
export function adConsentDenial(event: Record<string, unknown>): string | undefined {
  const ga4 = adConsentFrom(event['x-ga-gcs'], event['x-ga-gcd']);
  const state = fieldsOf(event.consent_state);
  const signal = (given: unknown, fallback: ConsentSignal): ConsentSignal => (given === GRANTED || given === DENIED ? given : fallback);
  if (signal(state.ad_storage, ga4.adStorage) === DENIED) return 'ad_storage is denied';
  if (signal(state.ad_user_data, ga4.adUserData) === DENIED) return 'ad_user_data is denied';
  return undefined;
}
