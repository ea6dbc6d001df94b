/**
 * JSON log lines (one object per line, as Cloud Logging indexes them) for the request, the response and
 * messages, carrying the incoming request's trace id and an id of the fire (FireId). Off, debug only (Preview) or always; optionally
 * also a BigQuery row. The access token is never logged (it is only ever in a header) and the client's
 * IP address is redacted (send.ts); every other user field is already hashed.
 *
 * With logging off there is no logger (createLogger answers undefined): callers write `log?.(…)`, so no
 * line is built, no body is copied for redaction and no logging API is required or called. The logging
 * APIs are required here, where they are used, not at the top of every fire.
 */
import { getTimestampMillis, JSON } from '../../../gtm-sandbox/import/server';
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { isHex } from '../../../pinterest/digests';
import { DIGITS } from '../../../pinterest/alphabets';
import { without } from '../../../pinterest/normalise';
import { toText } from '../../../pinterest/values';
import type { LogMode } from './choices';
import type { ServerTagData } from './tag-data';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export type LogType = 'Request' | 'Response' | 'Message';

export interface Logger { (type: LogType, fields: { [key: string]: unknown }): void }

/** Logs a message line, when there is a logger. */
export function say(log: Logger | undefined, message: string): void {
  if (log !== undefined) log('Message', { Message: message });
}

/**
 * The request's trace id as Cloud Trace writes it: 32 hex digits, optionally "/SPAN_ID;o=OPTIONS" with
 * decimal span and options (https://cloud.google.com/trace/docs/trace-context#legacy-http-header). The
 * header is request input, so anything else is not logged.
 */
function traceIdOf(value: unknown): string | undefined {
  const text = toText(value);
  return text !== undefined && text.length <= 64 && isHex(text.slice(0, 32), 32) && (text.length === 32 || (text.charAt(32) === '/' && without(text.slice(33), DIGITS + ';o=') === ''))
    ? text : undefined;
}

/** The logger of this fire, or undefined when nothing is logged. */
export function createLogger(data: ServerTagData, eventName: string): Logger | undefined {
  const mode = toText(data.logMode) || ('debug' satisfies LogMode);
  // Debug mode logs in Preview only (getContainerVersion, required only then).
  const container = mode === ('debug' satisfies LogMode) ? require('getContainerVersion')() : undefined;
  const toConsole = mode === ('always' satisfies LogMode) || (container !== undefined && (container.debugMode || container.previewMode));
  const dataset = toText(data.bigQueryDatasetId);
  const table = toText(data.bigQueryTableId);
  const toBigQuery = data.bigQueryLogging === true && dataset !== undefined && table !== undefined;
  if (!toConsole && !toBigQuery) return undefined;
  const traceId = traceIdOf(require('getRequestHeader')('trace-id'));
  // One id per fire, on every line of it (request, retries, responses, messages): a trace id is shared by
  // every event of one incoming request, and an event_id by every send of one event (a reloaded thank-you
  // page sends it again), so neither tells one fire's lines from another's when fires run concurrently.
  const fireId = getTimestampMillis() + '.' + require('generateRandom')(100000, 999999);
  const logToConsole = require('logToConsole');
  return (type, fields) => {
    const line: { [key: string]: unknown } = { Name: 'Pinterest Conversions API', Type: type, TraceId: traceId, FireId: fireId, EventName: eventName };
    for (const key in fields) line[key] = fields[key];
    if (toConsole) logToConsole(JSON.stringify(line));
    if (toBigQuery) {
      const connection: { projectId?: string; datasetId: string; tableId: string } = { datasetId: dataset as string, tableId: table as string };
      const project = toText(data.bigQueryProjectId);
      if (project !== undefined) connection.projectId = project;
      require('BigQuery').insert(connection, [{ timestamp: getTimestampMillis(), type: type, trace_id: traceId, event_name: eventName, message: JSON.stringify(fields) }], { ignoreUnknownValues: true });
    }
  };
}
