/**
 * Google Analytics' client id from the request's `_ga` cookie, which the browser sends with the web tag's
 * same-site pixel to the advertiser's server container. Google's linker (`_gl`, GA4's "Configure your
 * domains") carries the same client id to the advertiser's other domains, so the Conversions API tag can
 * find a click id kept on one domain from an event on another (docs/cross-domain.md).
 *
 * `_ga` holds the client id (https://developers.google.com/analytics/devguides/collection/analyticsjs/cookies-user-id)
 * as "GA1.<domain level>.<random>.<first visit, seconds>": the client id is its last two parts, as gtag.js's
 * client_id reads (Google documents no format; docs/cross-domain.md says how this was checked);
 * `client_id` is the GA4 client's event data key for it
 * (https://developers.google.com/tag-platform/tag-manager/server-side/common-event-data).
 * The cookie is visitor input: anything but that shape (digits, at most 40 characters of id) is left out.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { DIGITS } from '../../../pinterest/alphabets';
import { isMadeOf } from '../../../pinterest/characters';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export function gaClientId(): string | undefined {
  const parts = (require('getCookieValues')('_ga')[0] || '').split('.');
  const id = parts.slice(2).join('.');
  return parts.length === 4 && parts[0] === 'GA1' && parts.indexOf('') === -1 && parts[1].length < 3 && id.length <= 40 && isMadeOf(parts[1] + id, DIGITS + '.') ? id : undefined;
}
