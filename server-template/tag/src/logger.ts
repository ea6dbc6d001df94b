/**
 * JSON log lines (one object per line, as Cloud Logging indexes them) for the request, the response and
 * messages, carrying the incoming request's trace id and an id of the fire (FireId). Off, debug only (Preview) or always; optionally
 * also a BigQuery row. The access token is never logged (it is only ever in a header) and the client's
 * IP address is redacted; every other user field is already hashed.
 *
 * With logging off there is no logger (createLogger answers undefined): callers write `log?.(…)`, so no
 * line is built, no body is copied for redaction and no logging API is required or called. The logging
 * APIs are required here, where they are used, not at the top of every fire.
 */
import { JSON } from '../../../gtm-sandbox/import/server';
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { toText } from '../../../pinterest/values';
import { LOG_MODE } from './choices';
import type { ServerTagData } from './tag-data';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export type LogType = 'Request' | 'Response' | 'Message';

export interface Logger { (type: LogType, fields: { [key: string]: unknown }): void }

const REDACTED = '[redacted]';

/** A copy of a request body that is safe to log. */
export function redactBody(body: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(body) ?? 'null') as { data?: { user_data?: { client_ip_address?: string } }[] } | undefined;
  const events = copy !== undefined && copy !== null && copy.data !== undefined ? copy.data : [];
  for (let i = 0; i < events.length; i++) {
    if (events[i].user_data !== undefined && events[i].user_data?.client_ip_address !== undefined) (events[i].user_data as { client_ip_address: string }).client_ip_address = REDACTED;
  }
  return copy;
}

/**
 * The request's trace id as Cloud Trace writes it: 32 hex digits, optionally "/SPAN_ID;o=OPTIONS" with
 * decimal span and options (https://cloud.google.com/trace/docs/trace-context#legacy-http-header). The
 * header is request input, so anything else is not logged.
 */
function traceIdOf(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined || text.length > 64) return undefined;
  const slash = text.indexOf('/');
  const trace = slash === -1 ? text : text.slice(0, slash);
  if (trace.length !== 32) return undefined;
  for (let i = 0; i < trace.length; i++) if ('0123456789abcdefABCDEF'.indexOf(trace.charAt(i)) === -1) return undefined;
  const rest = slash === -1 ? '' : text.slice(slash + 1);
  for (let i = 0; i < rest.length; i++) if ('0123456789;o='.indexOf(rest.charAt(i)) === -1) return undefined;
  return text;
}

/** Whether the console log is on: always, or in debug mode when in Preview (getContainerVersion). */
function consoleOn(mode: string): boolean {
  if (mode === LOG_MODE.always) return true;
  if (mode !== LOG_MODE.debug) return false;
  const container = require('getContainerVersion')();
  return container.debugMode || container.previewMode;
}

/** The logger of this fire, or undefined when nothing is logged. */
export function createLogger(data: ServerTagData, eventName: string): Logger | undefined {
  const toConsole = consoleOn(toText(data.logMode) ?? LOG_MODE.debug);
  const toBigQuery = data.bigQueryLogging === true && toText(data.bigQueryDatasetId) !== undefined && toText(data.bigQueryTableId) !== undefined;
  if (!toConsole && !toBigQuery) return undefined;
  const logToConsole = require('logToConsole');
  const traceId = traceIdOf(require('getRequestHeader')('trace-id'));
  // One id per fire, on every line of it (request, retries, responses, messages): a trace id is shared by
  // every event of one incoming request, and an event_id by every send of one event (a reloaded thank-you
  // page sends it again), so neither tells one fire's lines from another's when fires run concurrently.
  const fireId = require('getTimestampMillis')() + '.' + require('generateRandom')(100000, 999999);
  return (type, fields) => {
    const line: { [key: string]: unknown } = { Name: 'Pinterest Conversions API', Type: type, TraceId: traceId, FireId: fireId, EventName: eventName };
    for (const key in fields) line[key] = fields[key];
    if (toConsole) logToConsole(JSON.stringify(line));
    if (toBigQuery) {
      const connection: { projectId?: string; datasetId: string; tableId: string } = { datasetId: toText(data.bigQueryDatasetId) as string, tableId: toText(data.bigQueryTableId) as string };
      const project = toText(data.bigQueryProjectId);
      if (project !== undefined) connection.projectId = project;
      require('BigQuery').insert(connection, [{ timestamp: require('getTimestampMillis')(), type: type, trace_id: traceId, event_name: eventName, message: JSON.stringify(fields) }], { ignoreUnknownValues: true });
    }
  };
}
