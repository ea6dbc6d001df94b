/**
 * Sends the request and reads Pinterest's answer (https://developers.pinterest.com/docs/api/v5/events-create):
 * 2xx is read per event (a failed event is a failure; warnings are logged); 422 is a partial failure
 * logged per event; 400/401/403 are logged with Pinterest's code and message and not retried; 429, 5xx,
 * timeouts and network errors are retried a bounded number of times with the same body (so the same
 * event_id), then reported as a failure.
 */
import { JSON, sendHttpRequest } from '../../../gtm-sandbox/import/server';
import type { CapiResponse } from '../../../pinterest/capi-types';
import { toList, toNumber, toObject, toText } from '../../../pinterest/values';
import { redactBody, type Logger } from './logger';

export interface Delivery { url: string; token: string; body: unknown; timeoutMs: number; maxRetries: number; eventId: string }

const retryable = (status: number): boolean => status === 429 || status >= 500;

interface EventResult { status?: unknown; error_message?: unknown; warning_message?: unknown }

/**
 * Per-event results of a 2xx (`events`) or a 422 (`details.events`); whatever else the answer holds
 * (null entries, strings, a missing list) is skipped, so no answer can stop the fire from ending.
 */
function eventResults(parsed: unknown): EventResult[] {
  const response = toObject(parsed) as CapiResponse | undefined;
  const details = toObject(toObject(parsed)?.details) as CapiResponse | undefined;
  const list = toList(response?.events).length > 0 ? toList(response?.events) : toList(details?.events);
  const out: EventResult[] = [];
  for (let i = 0; i < list.length; i++) {
    const result = toObject(list[i]);
    if (result !== undefined) out.push(result);
  }
  return out;
}

/** Pinterest's own text for a log line: plain text of a sane length, or nothing. */
function message(value: unknown): string | undefined {
  const text = toText(value);
  return text === undefined ? undefined : text.slice(0, 500);
}

export function deliver(delivery: Delivery, log: Logger | undefined, done: (succeeded: boolean) => void): void {
  const body = JSON.stringify(delivery.body) as string;
  const headers = { Authorization: 'Bearer ' + delivery.token, 'Content-Type': 'application/json' };
  const attempt = (number: number): void => {
    log?.('Request', { RequestMethod: 'POST', RequestUrl: delivery.url, RequestBody: redactBody(delivery.body), EventId: delivery.eventId, Attempt: number });
    sendHttpRequest(delivery.url, { method: 'POST', headers: headers, timeout: delivery.timeoutMs }, body).then((answer) => {
      const response = toObject(answer) ?? {};
      const status = toNumber(response.statusCode) ?? 0;
      const text = toText(response.body);
      const parsed = text === undefined ? undefined : JSON.parse(text);
      log?.('Response', { ResponseStatusCode: status, ResponseBody: parsed === undefined ? message(text) : parsed, EventId: delivery.eventId, Attempt: number });
      if (status >= 200 && status < 300) {
        const results = eventResults(parsed);
        let failed = false;
        for (let i = 0; i < results.length; i++) {
          const warning = message(results[i].warning_message);
          if (warning !== undefined) log?.('Message', { Message: 'Pinterest warning: ' + warning });
          if (results[i].status === 'failed') {
            failed = true;
            log?.('Message', { Message: 'Pinterest rejected the event: ' + (message(results[i].error_message) ?? 'no reason given') });
          }
        }
        done(!failed);
        return;
      }
      if (retryable(status) && number <= delivery.maxRetries) {
        log?.('Message', { Message: 'HTTP ' + status + ': retrying with the same event_id' });
        attempt(number + 1);
        return;
      }
      const error = toObject(parsed);
      log?.('Message', { Message: 'Pinterest answered HTTP ' + status, ErrorCode: toNumber(error?.code), ErrorMessage: message(error?.message) });
      const results = eventResults(parsed);
      for (let i = 0; i < results.length; i++) if (results[i].status === 'failed') log?.('Message', { Message: 'event ' + i + ' failed: ' + (message(results[i].error_message) ?? '') });
      done(false);
    }, (failure: unknown) => {
      const reason = toText(toObject(failure)?.reason);
      if (number <= delivery.maxRetries) {
        log?.('Message', { Message: 'request ' + (reason ?? 'failed') + ': retrying with the same event_id' });
        attempt(number + 1);
        return;
      }
      log?.('Message', { Message: 'request ' + (reason ?? 'failed') + ' after ' + number + ' attempts' });
      done(false);
    });
  };
  attempt(1);
}
