/**
 * A local stand-in for Pinterest's Conversions API (POST /v5/ad_accounts/{id}/events) for tests and the
 * demo: it validates each body against schemas/conversion-events.schema.json, records it, and answers in
 * Pinterest's response shapes and error codes (https://developers.pinterest.com/docs/api/v5/events-create).
 * Tests can queue faults: a status (429, 500, 503, …) or a delay longer than the caller's timeout.
 * What it records can hold hashed emails, IPs and user agents: it sends no CORS headers (no other
 * origin's page can read /_fake/requests), and with `maxRecords` it keeps only the most recent requests.
 * It reads at most MAX_BODY_BYTES of a body (read-body.ts): a larger one is answered 413 unread.
 */
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { CLOSE, readBody } from './read-body';

export interface RecordedRequest {
  readonly time: number; readonly accountId: string; readonly test: boolean; readonly status: number;
  readonly body: { data?: Record<string, unknown>[] } | null; readonly errors: string[];
  /** What the fake answered (undefined while a delayed answer is pending). */
  readonly response?: unknown;
}
export type Fault = { status: number } | { delayMs: number };

export interface ConversionsApiFake {
  readonly server: http.Server;
  readonly requests: RecordedRequest[];
  /** Accepted events (status 200), in order. */
  readonly accepted: () => Record<string, unknown>[];
  queueFaults(...faults: Fault[]): void;
}

const SCHEMA = path.resolve(__dirname, '..', 'schemas', 'conversion-events.schema.json');
const ERRORS: Record<number, { code: number; message: string }> = {
  400: { code: 4196, message: 'Invalid request body' }, 401: { code: 2, message: 'Authentication failed.' },
  429: { code: 8, message: 'Rate limit exceeded' }, 500: { code: 12, message: 'Something went wrong on our end' },
  503: { code: 4197, message: 'Endpoint ramped down, not accepting traffic' },
};

/** Other routes the same server answers (the tag fake); return true when handled. */
export type ExtraRoutes = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;

export interface FakeOptions {
  /** Keep only the most recent this many records (requests, tag events); default: all (a test's own fake). */
  maxRecords?: number;
}

/**
 * Pinterest documents no byte limit per request (https://developers.pinterest.com/docs/api/v5/events-create);
 * the fake's choice is 2 MB, the batch cap of integrations such as Tealium's Pinterest connector.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Appends to a list that keeps at most `max` entries, dropping the oldest. */
export function keepRecent<T>(list: T[], max: number, item: T): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

export function createConversionsApiFake(extra: ExtraRoutes = () => false, options: FakeOptions = {}): ConversionsApiFake {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  const maxRecords = Math.max(1, options.maxRecords ?? Infinity);
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const reply = (res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...extra });
    res.end(JSON.stringify(body));
  };
  // Connections are checked for the servers' request timeouts every second (Node's default: 30 s).
  const server = http.createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/_fake/requests') return reply(res, 200, requests);
    if (extra(req, res, url)) return undefined;
    const match = /^\/v5\/ad_accounts\/(\d{1,18})\/events$/.exec(url.pathname);
    if (req.method !== 'POST' || !match) return reply(res, 404, { code: 404, message: 'Not found' });
    const record = (status: number, body: RecordedRequest['body'], errors: string[], response?: unknown): void => {
      keepRecent(requests, maxRecords, { time: Date.now(), accountId: match[1], test: url.searchParams.get('test') === 'true', status, body, errors, response });
    };
    readBody(req, MAX_BODY_BYTES).then((read) => {
      if (read.kind === 'aborted') return undefined;
      if (read.kind === 'too large') {
        const tooLarge = { code: 413, message: 'Request body too large' };
        record(413, null, [`body over ${MAX_BODY_BYTES} bytes`], tooLarge);
        return reply(res, 413, tooLarge, CLOSE);
      }
      let body: RecordedRequest['body'] = null;
      try { body = JSON.parse(read.bytes.toString('utf8')); } catch { /* answered below */ }
      const fault = faults.shift();
      if (fault && 'delayMs' in fault) {
        record(0, body, ['delayed']);
        setTimeout(() => reply(res, 503, ERRORS[503]), fault.delayMs);
        return;
      }
      if (fault) {
        const answer = ERRORS[fault.status] ?? { code: fault.status, message: 'fault' };
        record(fault.status, body, ['injected fault'], answer);
        return reply(res, fault.status, answer);
      }
      if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) {
        record(401, body, ['no bearer token'], ERRORS[401]);
        return reply(res, 401, ERRORS[401]);
      }
      if (body === null || !validate(body)) {
        const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
        const answer = { ...ERRORS[400], message: `${ERRORS[400].message}: ${errors.slice(0, 3).join('; ')}` };
        record(400, body, errors.length > 0 ? errors : ['not JSON'], answer);
        return reply(res, 400, answer);
      }
      const events = body.data ?? [];
      const answer = { num_events_received: events.length, num_events_processed: events.length, events: events.map(() => ({ status: 'processed', error_message: null, warning_message: null })) };
      record(200, body, [], answer);
      return reply(res, 200, answer);
    }).catch(() => { res.destroy(); });
    return undefined;
  });
  return {
    server, requests,
    accepted: () => requests.filter((r) => r.status === 200).flatMap((r) => r.body?.data ?? []),
    queueFaults: (...more) => { faults.push(...more); },
  };
}
