/**
 * Pinterest Conversions API tag by pinterest-gtm: forwards one server event to
 * POST https://api.pinterest.com/v5/ad_accounts/{adAccountId}/events with the event_id the browser
 * tag used, so Pinterest deduplicates. A fire never throws: bad settings or data are logged and end in
 * gtmOnFailure; deliberate skips (consent, unknown events, health checks) end in gtmOnSuccess.
 */
import { getAllEventData, getTimestampMillis } from '../../../gtm-sandbox/import/server';
import { CAPI_ENDPOINT } from '../../../pinterest/capi-types';
import { adConsentDenial } from '../../../pinterest/consent-signals';
import { DIGITS, LOWER } from '../../../pinterest/alphabets';
import { without } from '../../../pinterest/normalise';
import { fieldsOf, toInteger, toText, withDefaults } from '../../../pinterest/values';
import { buildEvent, secondsOf } from './build-event';
import { crossDomainClickId } from './cross-domain';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RETRIES, type ConsentMode } from './choices';
import { resolveEventName } from './event-name';
import { FIELD_DEFAULTS } from './field-defaults';
import { createLogger, say } from './logger';
import { deliver } from './send';
import type { ServerTagData } from './tag-data';

declare const data: ServerTagData;

/**
 * Pinterest takes events of the last 7 days ("event_time … must be within the last 7 days": an older event
 * is answered with code 953, "timestamp is in the past"; pinterest-api.md §1.6 and §6.7).
 */
export const MAX_EVENT_AGE_SECONDS = 7 * 24 * 3600;

/**
 * Why the account settings cannot be used, or undefined. A bearer token as RFC 6750 writes it (b64token:
 * letters, digits and - . _ ~ + / =, https://www.rfc-editor.org/rfc/rfc6750#section-2.1): nothing that could
 * end the Authorization header or start another (CR, LF), no spaces inside; the ends are trimmed.
 */
function settingsProblem(accountId: string, token: string): string | undefined {
  if (accountId === '' || accountId.length > 18 || without(accountId, DIGITS) !== '') return 'the ad account ID must be digits only (at most 18)';
  if (token === '') return 'the access token is empty';
  if (without(token, LOWER.toUpperCase() + LOWER + DIGITS + '-._~+/=') !== '') return 'the access token has spaces or other characters a token cannot have';
  return undefined;
}

export function main(): void {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  // One getAllEventData() call reads the event (https://developers.google.com/tag-platform/tag-manager/server-side/api#getalleventdata);
  // the tag reads only the keys it uses from it.
  const source = fieldsOf(getAllEventData());
  const resolved = resolveEventName(settings, source);
  // Only a validated name reaches the logs: event data is visitor input.
  const log = createLogger(settings, resolved.name || '');
  const end = (succeeded: boolean, message?: string): void => {
    if (message !== undefined) say(log, message);
    if (succeeded) data.gtmOnSuccess();
    else data.gtmOnFailure();
  };
  // Requests that are not visitors: GTM's uptime checks and the synthetic hits of Google's server-side
  // tagging health monitoring (page gtm-msr.appspot.com), which must never reach Pinterest.
  const agent = toText(source.user_agent) || '';
  if ((toText(source.page_location) || '').indexOf('gtm-msr.appspot.com') !== -1 || agent.indexOf('GoogleStackdriverMonitoring') !== -1 || agent.indexOf('Google-Cloud-Scheduler') !== -1) {
    return end(true, 'skipped: a health check');
  }
  if (resolved.name === undefined) return end(true, 'skipped: ' + resolved.skip);
  // "always" sends whatever the consent; anything else respects it (a tag saved with the former "limited"
  // choice included: Limited Data Processing is for US state privacy laws, not an answer to a denial).
  const denial = adConsentDenial(source);
  if (denial !== undefined && toText(settings.consentMode) !== ('always' satisfies ConsentMode)) return end(true, 'not sent: ' + denial);
  const accountId = toText(settings.adAccountId) || '';
  const token = toText(settings.accessToken) || '';
  const problem = settingsProblem(accountId, token);
  if (problem !== undefined) return end(false, problem);
  const notes: string[] = [];
  const millis = getTimestampMillis();
  // Each reason once (several values of a field may fail the same rule).
  const note = (message: string): void => {
    if (notes.indexOf(message) === -1) say(log, notes[notes.push(message) - 1]);
  };
  const event = buildEvent(settings, source, resolved.name, millis, note);
  if (event.event_time < secondsOf(millis) - MAX_EVENT_AGE_SECONDS) return end(false, 'not sent: older than the 7 days Pinterest accepts');
  // user_data must hold em, hashed_maids, or both client_ip_address and client_user_agent (the anyOf of the
  // request schema, https://developers.pinterest.com/docs/api/v5/events-create).
  const user = event.user_data;
  if (user.em === undefined && user.hashed_maids === undefined && (user.client_ip_address === undefined || user.client_user_agent === undefined)) {
    return end(false, 'not sent: Pinterest needs an email, a mobile ad id, or the IP address and user agent');
  }
  // Retries: a whole number from 0 to MAX_RETRIES (more is read as the most), else the default.
  const retries = toInteger(settings.maxRetries);
  const timeout = toInteger(settings.timeoutMs);
  // The click id across the advertiser's domains (src/cross-domain.ts) is settled before the request is sent.
  crossDomainClickId(settings, source, event, millis, denial === undefined, note, () => deliver(CAPI_ENDPOINT + accountId + '/events' + (settings.testMode === true ? '?test=true' : ''), token, event,
    retries === undefined || retries < 0 ? DEFAULT_MAX_RETRIES : retries > MAX_RETRIES ? MAX_RETRIES : retries,
    timeout !== undefined && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS, log, end));
}
