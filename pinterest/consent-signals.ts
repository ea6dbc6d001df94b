/**
 * Consent carried by GA4 events into a server container: `x-ga-gcs` ("G1" + ad_storage +
 * analytics_storage, 1 granted, 0 denied) and `x-ga-gcd` (Consent Mode v2: "11" then a letter per signal
 * for ad_storage, analytics_storage, ad_user_data, ad_personalization, each followed by a digit).
 * https://developers.google.com/tag-platform/security/concepts/consent-mode (the letters: granted
 * t r n v, denied p q m u, unset l). Absent signals mean Consent Mode is not in use.
 */
import { toObject, toText } from './values';

export type ConsentSignal = 'granted' | 'denied' | undefined;
export interface AdConsent { adStorage: ConsentSignal; adUserData: ConsentSignal }

function gcdLetter(letter: string): ConsentSignal {
  if ('trnv'.indexOf(letter) !== -1 && letter !== '') return 'granted';
  if ('pqmu'.indexOf(letter) !== -1 && letter !== '') return 'denied';
  return undefined;
}

export function adConsentFrom(gcs: unknown, gcd: unknown): AdConsent {
  const out: AdConsent = { adStorage: undefined, adUserData: undefined };
  const gcdText = toText(gcd);
  // "11p1p1p1p5" and "13r3r3r2r5l1" are both seen: the second digit varies, the letters sit at 2, 4, 6, 8.
  if (gcdText !== undefined && gcdText.length >= 9 && gcdText.charAt(0) === '1') {
    out.adStorage = gcdLetter(gcdText.charAt(2));
    out.adUserData = gcdLetter(gcdText.charAt(6));
  }
  const gcsText = toText(gcs);
  if (gcsText !== undefined && gcsText.length === 4 && gcsText.slice(0, 2) === 'G1') {
    const ad = gcsText.charAt(2);
    // gcs is the older signal; gcd, when present, is more precise.
    if (out.adStorage === undefined) out.adStorage = ad === '1' ? 'granted' : ad === '0' ? 'denied' : undefined;
  }
  return out;
}

function stateSignal(value: unknown): ConsentSignal {
  return value === 'granted' || value === 'denied' ? value : undefined;
}

/**
 * The event's ad consent: the page's state that the Pinterest client carries in `consent_state`
 * (docs/event-protocol.md) when present, else GA4's `x-ga-gcs`/`x-ga-gcd`; the same rules apply to both.
 */
export function adConsentOfEvent(event: Record<string, unknown>): AdConsent {
  const fromGa4 = adConsentFrom(event['x-ga-gcs'], event['x-ga-gcd']);
  const state = toObject(event.consent_state);
  if (state === undefined) return fromGa4;
  return { adStorage: stateSignal(state.ad_storage) ?? fromGa4.adStorage, adUserData: stateSignal(state.ad_user_data) ?? fromGa4.adUserData };
}

/** Why advertising data may not be sent, or undefined when it may. */
export function adConsentDenial(consent: AdConsent): string | undefined {
  if (consent.adStorage === 'denied') return 'ad_storage is denied';
  if (consent.adUserData === 'denied') return 'ad_user_data is denied';
  return undefined;
}
