/**
 * The Conversions API tag (server-template/tag) on hostile event data and settings, with Pinterest
 * answering each attempt as the input says. Oracles: the fire throws or never completes; a request
 * Pinterest would refuse (fuzz/oracles/capi-request.ts); a canary in a log line, a BigQuery row, or
 * any part of an HTTP request but the Authorization header of a Conversions API request; more
 * attempts than the tag's retries + 1 (README, "Retries": 0 to 5, default 2).
 */
import { createHash } from 'node:crypto';
import { createWorld } from '../../gtm-sandbox/world/world';
import { CANARY } from '../canaries';
import { capiRequestFindings, CAPI_URL } from '../oracles/capi-request';
import { finding, type Finding, type Verdict } from '../oracles/finding';
import { leakFindings, sink, type Sink } from '../oracles/leaks';
import { outcomeFindings } from '../oracles/outcome';
import { builtTemplate, fire, type TemplateLoader } from '../sandbox-run';
import { hostileText } from '../values';
import { FUZZ_NOW, type Driver } from './driver';
import { clickIdValue } from './page-inputs';
import { answers, serverEvent, serverTagSettings, type Answer } from './server-inputs';

export interface ServerTagInput {
  now: number; settings: Record<string, unknown>; event: Record<string, unknown>;
  cookies: Record<string, string>; headers: Record<string, unknown>; debugMode: boolean; answers: Answer[];
  /** The cross-domain click id document Firestore holds for the event's client_id (valid, expired, future, junk, a canary). */
  stored?: unknown;
}

const DEFAULT_RETRIES = 2;
const MAX_RETRIES = 5;

/** The most attempts the settings allow: retries as documented (whole numbers 0 to 5, else the default), plus the first. */
export function attemptBound(maxRetries: unknown): number {
  const n = typeof maxRetries === 'number' || (typeof maxRetries === 'string' && maxRetries.trim() !== '') ? Math.trunc(Number(maxRetries)) : Number.NaN;
  const retries = Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_RETRIES) : DEFAULT_RETRIES;
  return retries + 1;
}

const isAuthorization = (name: string): boolean => name.toLowerCase() === 'authorization';

export const createServerTagDriver = (load: TemplateLoader = builtTemplate): Driver<ServerTagInput> => ({
  name: 'server-tag',
  oracles: ['exception', 'timeout', 'invalid', 'leak', 'attempts'],
  generate(rng) {
    const cookies: Record<string, string> = {};
    if (rng.chance(0.3)) cookies._epik = clickIdValue(rng);
    const headers: Record<string, unknown> = {};
    // Header values are text; a repeated header arrives as a list.
    if (rng.chance(0.5)) headers['trace-id'] = rng.chance(0.7) ? 'abc123' : rng.chance(0.8) ? hostileText(rng) : [hostileText(rng), hostileText(rng)];
    const settings = serverTagSettings(rng.fork('settings'));
    const event = serverEvent(rng.fork('event'), FUZZ_NOW);
    // With Cross-domain click id on, most events come from the listed domains with a client id, so the store and
    // restore paths run (an ad click's URL, or a page without a click id).
    if (settings.crossDomain === true && rng.chance(0.7)) {
      Object.assign(settings, { adAccountId: '549755885175', accessToken: CANARY.token, crossDomainDomains: 'shop.example, checkout.example' });
      // A purchase's id becomes its event_id, sent as it is by design: an id of ours, never a canary.
      Object.assign(event, { event_name: 'purchase', transaction_id: 'T-1001', order_id: 'T-1001', event_id: undefined, client_id: '123456789.1700000000', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0' });
      event.page_location = rng.pick(['https://www.shop.example/p?epik=dj0yURL9', 'https://checkout.example/thanks', `https://checkout.example/?epik=${CANARY.email}`]);
      if (rng.chance(0.7)) { delete event.click_id; delete event.epik; delete cookies._epik; }
    }
    return {
      now: FUZZ_NOW, settings, event, cookies, headers,
      debugMode: rng.chance(0.7), answers: answers(rng.fork('answers')),
      stored: rng.chance(0.6) ? rng.pick<unknown>([
        { click_id: 'dj0yStored1', time: FUZZ_NOW - 1000 }, { click_id: 'dj0yStored1', time: FUZZ_NOW - 31 * 86400000 }, { click_id: 'dj0yStored1', time: FUZZ_NOW + 1e9 },
        { click_id: CANARY.email, time: FUZZ_NOW }, { click_id: ['dj0yStored1'], time: 'x' }, { click_id: hostileText(rng), time: FUZZ_NOW }, {},
      ]) : undefined,
    };
  },
  async check(input): Promise<Verdict> {
    const world = createWorld({
      eventData: input.event, cookies: input.cookies, request: { headers: input.headers as Record<string, string> }, debugMode: input.debugMode, now: input.now,
    });
    const clientId = input.event?.client_id;
    const stored = typeof clientId === 'string' && typeof input.stored === 'object' && input.stored !== null
      ? `pinterest_click_ids/${createHash('sha256').update(clientId).digest('hex')}` : undefined;
    if (stored !== undefined) world.firestore.set(stored, input.stored as Record<string, unknown>);
    const script = input.answers && input.answers.length > 0 ? input.answers : [{ status: 200, body: '' }];
    let attempt = 0;
    world.transport = async () => {
      const a = script[Math.min(attempt++, script.length - 1)];
      if ('error' in a) throw a.error;
      return { status: a.status, headers: a.headers ?? {}, body: a.body };
    };
    const result = await fire(load('server-template/tag'), world, input.settings);
    const findings: Finding[] = outcomeFindings('the tag', result);
    const sinks: Sink[] = [
      ...world.logs.map((line) => sink('a console log line', line.values)),
      ...world.bigQuery.map((insert) => sink('a BigQuery row', insert.rows)),
      ...world.cookiesSet.map((cookie) => sink('a cookie set', cookie)),
      ...[...world.firestore.entries()].filter(([docPath]) => docPath !== stored).map(([, doc]) => sink('a Firestore document written', doc)),
    ];
    // Cross-domain: nothing stored or set unless the section is on (the Tests-tab scenarios check hosts and consent).
    if (input.settings?.crossDomain !== true && (world.firestore.size > (stored === undefined ? 0 : 1) || world.cookiesSet.length > 0)) {
      findings.push(finding('invalid', 'Firestore written or a cookie set with Cross-domain click id off', ''));
    }
    for (const request of world.http) {
      findings.push(...capiRequestFindings(request, input.now));
      const toPinterest = CAPI_URL.test(request.url);
      sinks.push(sink('an HTTP request URL', request.url), sink('an HTTP request body', request.body ?? ''));
      for (const [name, value] of Object.entries(request.headers)) {
        // The token's one place: the Authorization header of a Conversions API request.
        if (!(toPinterest && isAuthorization(name))) sinks.push(sink(`the HTTP request header ${name}`, `${name}: ${value}`));
      }
    }
    findings.push(...leakFindings(sinks));
    const attempts = world.http.length;
    const bound = attemptBound(input.settings?.maxRetries);
    if (attempts > bound) findings.push(finding('attempts', 'more attempts than retries + 1', `${attempts} attempts, bound ${bound}`));
    return { findings, attempts, attemptBound: bound };
  },
});

export const serverTagDriver = createServerTagDriver();
