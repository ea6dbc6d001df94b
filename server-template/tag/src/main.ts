/**
 * Pinterest Conversions API tag by pinterest-gtm: forwards one server event to
 * POST https://api.pinterest.com/v5/ad_accounts/{adAccountId}/events with the event_id the browser
 * tag used, so Pinterest deduplicates. A fire never throws: bad settings or data are logged and end in
 * gtmOnFailure; deliberate skips (consent, unknown events, health checks) end in gtmOnSuccess.
 */
import { CAPI_ENDPOINT } from '../../../pinterest/capi-types';
import { adConsentDenial, adConsentOfEvent } from '../../../pinterest/consent-signals';
import { toInteger, toText, withDefaults } from '../../../pinterest/values';
import { getTimestampMillis, Math } from '../../../gtm-sandbox/import/server';
import { buildEvent, MAX_EVENT_AGE_SECONDS } from './build-event';
import { CONSENT_MODE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './choices';
import { resolveEventName } from './event-name';
import { readEventData } from './event-source';
import { FIELD_DEFAULTS } from './field-defaults';
import { isHealthCheck } from './health-check';
import { createLogger } from './logger';
import { deliver } from './send';
import type { ServerTagData } from './tag-data';
import { hasRequiredIdentifiers } from './user-data';

declare const data: ServerTagData;

/**
 * A bearer token as RFC 6750 writes it (b64token: letters, digits and - . _ ~ + / =): nothing that could
 * end the Authorization header or start another (CR, LF), no spaces inside. The ends are trimmed.
 * https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
function isToken(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charAt(i);
    const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || '-._~+/='.indexOf(c) !== -1;
    if (!ok) return false;
  }
  return token.length > 0;
}

function isAccountId(id: string): boolean {
  if (id.length === 0 || id.length > 18) return false;
  for (let i = 0; i < id.length; i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
  return true;
}

export function main(): void {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const source = readEventData();
  const resolved = resolveEventName(settings, source);
  // Only a validated name reaches the logs: event data is visitor input.
  const log = createLogger(settings, resolved.name ?? '');
  if (isHealthCheck(source)) {
    log?.('Message', { Message: 'skipped: a health check, not a visitor' });
    data.gtmOnSuccess();
    return;
  }
  if (resolved.name === undefined) {
    log?.('Message', { Message: 'skipped: ' + (resolved.skip ?? '') });
    data.gtmOnSuccess();
    return;
  }
  // "always" sends whatever the consent; anything else respects it (a tag saved with the former "limited"
  // choice included: Limited Data Processing is for US state privacy laws, not an answer to a denial).
  const denial = adConsentDenial(adConsentOfEvent(source));
  if (denial !== undefined && toText(settings.consentMode) !== CONSENT_MODE.always) {
    log?.('Message', { Message: 'not sent: ' + denial });
    data.gtmOnSuccess();
    return;
  }
  const accountId = toText(settings.adAccountId) ?? '';
  const token = toText(settings.accessToken);
  if (!isAccountId(accountId) || token === undefined || !isToken(token)) {
    log?.('Message', {
      Message: !isAccountId(accountId) ? 'the ad account ID must be digits only (at most 18)'
        : token === undefined ? 'the access token is empty' : 'the access token has spaces or other characters a token cannot have: check the variable that holds it',
    });
    data.gtmOnFailure();
    return;
  }
  const built = buildEvent(settings, source, resolved.name);
  for (let i = 0; i < built.notes.length; i++) log?.('Message', { Message: built.notes[i] });
  if (built.event.event_time < Math.floor(getTimestampMillis() / 1000) - MAX_EVENT_AGE_SECONDS) {
    log?.('Message', { Message: 'not sent: the event is older than the 7 days Pinterest accepts' });
    data.gtmOnFailure();
    return;
  }
  if (built.generatedId) log?.('Message', { Message: 'no event_id in the event data: generated one, so this event cannot be deduplicated with the browser tag' });
  if (!hasRequiredIdentifiers(built.event.user_data)) {
    log?.('Message', { Message: 'not sent: Pinterest needs an email, a mobile ad id, or both the IP address and the user agent' });
    data.gtmOnFailure();
    return;
  }
  const retries = toInteger(settings.maxRetries);
  const timeout = toInteger(settings.timeoutMs);
  deliver({
    url: CAPI_ENDPOINT + accountId + '/events' + (settings.testMode === true ? '?test=true' : ''),
    token: token, body: { data: [built.event] }, eventId: built.event.event_id,
    timeoutMs: timeout !== undefined && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    maxRetries: retries !== undefined && retries >= 0 ? (retries > 5 ? 5 : retries) : DEFAULT_MAX_RETRIES,
  }, log, (succeeded) => {
    if (succeeded) data.gtmOnSuccess();
    else data.gtmOnFailure();
  });
}
