/**
 * Sends the request and reads Pinterest's answer (https://developers.pinterest.com/docs/api/v5/events-create):
 * 2xx is read per event (a failed event is a failure; warnings are logged); 422 is a partial failure
 * logged per event; 400/401/403 are logged with Pinterest's code and message and not retried; 429, 5xx,
 * timeouts and network errors are retried a bounded number of times with the same body (so the same
 * event_id), then reported as a failure.
 */
import { JSON, sendHttpRequest } from '../../../gtm-sandbox/import/server';
import { fieldsOf, toList, toNumber, toText } from '../../../pinterest/values';
import type { CapiEvent } from '../../../pinterest/capi-types';
import { say, type Logger, type LogType } from './logger';

/** Pinterest's own text for a log line: plain text of a sane length, or nothing. */
function message(value: unknown): string | undefined {
  const text = toText(value);
  return text && text.slice(0, 500);
}

/**
 * POSTs the event to `url` with the token as its bearer, retrying up to `maxRetries` times; `done` hears
 * whether Pinterest took the event.
 */
export function deliver(url: string, token: string, event: CapiEvent, maxRetries: number, timeoutMs: number, log: Logger | undefined, done: (succeeded: boolean) => void): void {
  // The event's fields without a value are undefined, and JSON.stringify leaves such properties out
  // (SerializeJSONObject, https://tc39.es/ecma262/#sec-serializejsonobject): the request holds only values.
  const body = JSON.stringify({ data: [event] }) as string;
  const ip = event.user_data.client_ip_address;
  // The body as logged: the client's IP address redacted (a JSON string equal to it; every other user field is hashed).
  const logged = log && JSON.parse(ip === undefined ? body : body.split('"' + ip + '"').join('"[redacted]"'));
  const attempt = (number: number): void => {
    // Request and response lines carry the event_id and the attempt: what a log reader pairs them by.
    const write = (type: LogType, fields: { [key: string]: unknown }): void => {
      fields.EventId = event.event_id;
      fields.Attempt = number;
      if (log !== undefined) log(type, fields);
    };
    write('Request', { RequestMethod: 'POST', RequestUrl: url, RequestBody: logged });
    const retry = (why: string): boolean => {
      if (number > maxRetries) return false;
      say(log, why + ': retrying with the same event_id');
      attempt(number + 1);
      return true;
    };
    sendHttpRequest(url, { method: 'POST', headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' }, timeout: timeoutMs }, body).then((answer) => {
      const response = fieldsOf(answer);
      const status = toNumber(response.statusCode) || 0;
      const text = toText(response.body);
      const parsed = text === undefined ? undefined : JSON.parse(text);
      write('Response', { ResponseStatusCode: status, ResponseBody: parsed === undefined ? message(text) : parsed });
      const ok = status >= 200 && status < 300;
      if (!ok && (status === 429 || status >= 500) && retry('HTTP ' + status)) return;
      const error = fieldsOf(parsed);
      if (!ok && log !== undefined) log('Message', { Message: 'Pinterest answered HTTP ' + status, ErrorCode: toNumber(error.code), ErrorMessage: message(error.message) });
      // Per-event results of a 2xx (`events`) or a 422 (`details.events`); junk entries are skipped, so no
      // answer can stop the fire from ending.
      const events = toList(error.events);
      const results = events.length > 0 ? events : toList(fieldsOf(error.details).events);
      let failed = !ok;
      for (let i = 0; i < results.length; i++) {
        const result = fieldsOf(results[i]);
        const warning = message(result.warning_message);
        if (warning !== undefined && ok) say(log, 'Pinterest warning: ' + warning);
        if (result.status === 'failed') {
          failed = true;
          say(log, 'Pinterest rejected the event: ' + (message(result.error_message) || 'no reason given'));
        }
      }
      done(!failed);
    }, (failure: unknown) => {
      const reason = 'request ' + (toText(fieldsOf(failure).reason) || 'failed');
      if (retry(reason)) return;
      say(log, reason + ' after ' + number + ' attempts');
      done(false);
    });
  };
  attempt(1);
}
