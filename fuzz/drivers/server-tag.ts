/**
 * The Conversions API tag (server-template/tag) on hostile event data and settings, with Pinterest
 * answering each attempt as the input says. Oracles: the fire throws or never completes; a request
 * Pinterest would refuse (fuzz/oracles/capi-request.ts); a canary in a log line, a BigQuery row, or
 * any part of an HTTP request but the Authorization header of a Conversions API request; more
 * attempts than the tag's retries + 1 (README, "Retries": 0 to 5, default 2).
 */
import { createWorld } from '../../gtm-sandbox/world/world';
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
    return {
      now: FUZZ_NOW, settings: serverTagSettings(rng.fork('settings')), event: serverEvent(rng.fork('event'), FUZZ_NOW), cookies, headers,
      debugMode: rng.chance(0.7), answers: answers(rng.fork('answers')),
    };
  },
  async check(input): Promise<Verdict> {
    const world = createWorld({
      eventData: input.event, cookies: input.cookies, request: { headers: input.headers as Record<string, string> }, debugMode: input.debugMode, now: input.now,
    });
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
    ];
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
