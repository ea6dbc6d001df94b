/**
 * The Pinterest client (server-template/client) on hostile requests. Oracles: the run throws or claims
 * a request and never answers; the event data, cookies or answers break the protocol
 * (fuzz/oracles/client-contract.ts: an address from a caller-written X-Forwarded-For entry, a GET from
 * another site that runs events or sets a cookie, …); a canary reaches the response, a cookie, a log line or event
 * data; request input is repeated in the response; one request runs more events than its caller may
 * send (MAX_UNAUTHENTICATED_EVENTS without the shared secret, MAX_BATCH_EVENTS with it).
 */
import { MAX_BATCH_EVENTS, MAX_UNAUTHENTICATED_EVENTS, SECRET_HEADER } from '../../pinterest/forwarding-protocol';
import { clientContractFindings } from '../oracles/client-contract';
import { finding, type Finding, type Verdict } from '../oracles/finding';
import { leakFindings, reflectionFindings, sink, type Sink } from '../oracles/leaks';
import { outcomeFindings } from '../oracles/outcome';
import type { ServerRequest } from '../../gtm-sandbox/world/world';
import { builtTemplate, type TemplateLoader } from '../sandbox-run';
import { clientExchange } from './client-run';
import { clientCookies, clientRequest, clientSettings, type ClientRequest } from './client-inputs';
import { FUZZ_NOW, type Driver } from './driver';

export interface ClientInput { now: number; settings: Record<string, unknown>; request: ClientRequest; cookies: Record<string, string>; debugMode: boolean }

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** A POST with the configured secret may send a full batch; anyone else a few events. */
function eventBound(input: ClientInput): number {
  const secret = text(input.settings?.sharedSecret);
  const sent = text(Object.entries(input.request?.headers ?? {}).find(([k]) => k.toLowerCase() === SECRET_HEADER)?.[1]);
  return input.request?.method === 'POST' && secret !== undefined && sent === secret ? MAX_BATCH_EVENTS : MAX_UNAUTHENTICATED_EVENTS;
}

export const createClientDriver = (load: TemplateLoader = builtTemplate): Driver<ClientInput> => ({
  name: 'client',
  oracles: ['exception', 'timeout', 'invalid', 'leak', 'reflection', 'attempts'],
  generate(rng) {
    const settings = clientSettings(rng.fork('settings'));
    return {
      now: FUZZ_NOW, settings, request: clientRequest(rng.fork('request'), FUZZ_NOW, settings.sharedSecret),
      cookies: clientCookies(rng.fork('cookies'), FUZZ_NOW), debugMode: rng.chance(0.7),
    };
  },
  async check(input): Promise<Verdict> {
    const { fire, world } = await clientExchange(input.request as unknown as Partial<ServerRequest>, input.settings, {
      now: input.now, cookies: input.cookies, debugMode: input.debugMode, load,
    });
    const findings: Finding[] = [...outcomeFindings('the client', fire), ...clientContractFindings(world, input.now, input.settings)];
    // client_id: GA's client id only (digits, one dot, at most 40 characters), only for a page that granted ad_storage.
    for (const event of world.events) {
      const id = event.client_id;
      if (id === undefined) continue;
      if (typeof id !== 'string' || !/^\d{1,39}\.\d{1,39}$/.test(id) || id.length > 40) findings.push(finding('invalid', 'a client_id not of GA\'s shape', String(id).slice(0, 100)));
      if ((event.consent_state as Record<string, unknown> | undefined)?.ad_storage !== 'granted') findings.push(finding('invalid', 'a client_id without ad_storage granted', String(event.event_id).slice(0, 100)));
    }
    const response = world.response.returned ? world.response : undefined;
    const answer: Sink[] = response ? [sink('the response body', response.body), ...Object.entries(response.headers).map(([k, v]) => sink(`the response header ${k}`, `${k}: ${v}`))] : [];
    findings.push(...reflectionFindings(answer));
    findings.push(...leakFindings([
      ...answer, ...world.cookiesSet.map((c) => sink('a cookie set', c)), ...world.logs.map((l) => sink('a console log line', l.values)),
      ...world.events.map((e) => sink('event data the client produced', e)),
    ]));
    const bound = eventBound(input);
    const attempts = world.events.length;
    if (attempts > bound) findings.push(finding('attempts', 'one request ran more events than its caller may send', `${attempts} events, bound ${bound}`));
    return { findings, attempts, attemptBound: bound };
  },
});

export const clientDriver = createClientDriver();
