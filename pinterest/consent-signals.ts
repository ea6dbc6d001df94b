/**
 * Consent carried by GA4 events into a server container: `x-ga-gcs` ("G1" + ad_storage +
 * analytics_storage, 1 granted, 0 denied) and `x-ga-gcd` (Consent Mode v2: "11" then a letter per signal
 * for ad_storage, analytics_storage, ad_user_data, ad_personalization, each followed by a digit).
 * https://developers.google.com/tag-platform/security/concepts/consent-mode (the letters: granted
 * t r n v, denied p q m u, unset l). Absent signals mean Consent Mode is not in use.
 */
import { fieldsOf, toText } from './values';

/**
 * Whether one signal is denied: the page's state as the Pinterest client forwards it ("granted" or
 * "denied") wins; else the x-ga-gcd letter; else, for ad_storage, the older x-ga-gcs digit.
 */
function denied(state: unknown, letter: string, older: string): boolean {
  if (state === 'granted' || state === 'denied') return state === 'denied';
  if (letter !== '' && 'trnv'.indexOf(letter) !== -1) return false;
  return (letter !== '' && 'pqmu'.indexOf(letter) !== -1) || older === '0';
}

/**
 * Why advertising data of the event may not be sent, or undefined when it may. The event's ad consent is
 * the page's state that the Pinterest client carries in `consent_state` (docs/event-protocol.md) where it
 * has a signal, else GA4's `x-ga-gcd`, else `x-ga-gcs`.
 */
export function adConsentDenial(event: Record<string, unknown>): string | undefined {
  const gcd = toText(event['x-ga-gcd']) || '';
  // "11p1p1p1p5" and "13r3r3r2r5l1" are both seen: the second digit varies, the letters sit at 2, 4, 6, 8.
  const letter = (at: number): string => (gcd.length >= 9 && gcd.charAt(0) === '1' ? gcd.charAt(at) : '');
  const gcs = toText(event['x-ga-gcs']) || '';
  const state = fieldsOf(event.consent_state);
  if (denied(state.ad_storage, letter(2), gcs.length === 4 && gcs.slice(0, 2) === 'G1' ? gcs.charAt(2) : '')) return 'ad_storage is denied';
  return denied(state.ad_user_data, letter(6), '') ? 'ad_user_data is denied' : undefined;
}
