/**
 * Sends the request and reads Pinterest's answer (https://developers.pinterest.com/docs/api/v5/events-create):
 * 2xx is read per event (a failed event is a failure; warnings are logged); 422 is a partial failure
 * logged per event; 400/401/403 are logged with Pinterest's code and message and not retried; 429, 5xx,
 * timeouts and network errors are retried a bounded number of times with the same body (so the same
 * event_id), then reported as a failure.
 */
import { JSON, sendHttpRequest } from '../../../gtm-sandbox/import/server';
import type { CapiResponse } from '../../../pinterest/capi-types';
import { toList, toObject, toText } from '../../../pinterest/values';
import { redactBody, type Logger } from './logger';

export interface Delivery { url: string; token: string; body: unknown; timeoutMs: number; maxRetries: number }

const retryable = (status: number): boolean => status === 429 || status >= 500;

function eventResults(parsed: unknown): { status?: string; error_message?: string | null; warning_message?: string | null }[] {
  const response = toObject(parsed) as CapiResponse | undefined;
  const details = toObject(toObject(parsed)?.details) as CapiResponse | undefined;
  return toList(response?.events ?? details?.events) as { status?: string; error_message?: string | null; warning_message?: string | null }[];
}

export function deliver(delivery: Delivery, log: Logger, done: (succeeded: boolean) => void): void {
  const body = JSON.stringify(delivery.body) as string;
  const headers = { Authorization: 'Bearer ' + delivery.token, 'Content-Type': 'application/json' };
  const attempt = (number: number): void => {
    log('Request', { RequestMethod: 'POST', RequestUrl: delivery.url, RequestBody: redactBody(delivery.body), Attempt: number });
    sendHttpRequest(delivery.url, { method: 'POST', headers: headers, timeout: delivery.timeoutMs }, body).then((response) => {
      const parsed = JSON.parse(response.body);
      log('Response', { ResponseStatusCode: response.statusCode, ResponseBody: parsed === undefined ? response.body : parsed, Attempt: number });
      if (response.statusCode >= 200 && response.statusCode < 300) {
        const results = eventResults(parsed);
        let failed = false;
        for (let i = 0; i < results.length; i++) {
          if (results[i].warning_message) log('Message', { Message: 'Pinterest warning: ' + results[i].warning_message });
          if (results[i].status === 'failed') {
            failed = true;
            log('Message', { Message: 'Pinterest rejected the event: ' + (results[i].error_message ?? 'no reason given') });
          }
        }
        done(!failed);
        return;
      }
      if (retryable(response.statusCode) && number <= delivery.maxRetries) {
        log('Message', { Message: 'HTTP ' + response.statusCode + ': retrying with the same event_id' });
        attempt(number + 1);
        return;
      }
      const error = toObject(parsed);
      log('Message', { Message: 'Pinterest answered HTTP ' + response.statusCode, ErrorCode: error?.code, ErrorMessage: error?.message });
      const results = eventResults(parsed);
      for (let i = 0; i < results.length; i++) if (results[i].status === 'failed') log('Message', { Message: 'event ' + i + ' failed: ' + (results[i].error_message ?? '') });
      done(false);
    }, (failure: unknown) => {
      const reason = toText(toObject(failure)?.reason);
      if (number <= delivery.maxRetries) {
        log('Message', { Message: 'request ' + (reason ?? 'failed') + ': retrying with the same event_id' });
        attempt(number + 1);
        return;
      }
      log('Message', { Message: 'request ' + (reason ?? 'failed') + ' after ' + number + ' attempts' });
      done(false);
    });
  };
  attempt(1);
}
