/**
 * The Pinterest Tag (web-template/tag) on a hostile page with hostile fields. Oracles: the fire throws
 * or never completes; a canary reaches a log line, a pixel, a pintrk call, a cookie, a script URL or a
 * dataLayer push; a forwarded request is invalid (not https under /pinterest/, over 8 KB, or refused by
 * the built Pinterest client, which is the receiver: sender and receiver must agree); a tracked value
 * without a currency (README, "a value needs a currency"); an event forwarded more than once.
 */
import { MAX_GET_LENGTH } from '../../pinterest/forwarding-protocol';
import { leakFindings, sink, type Sink } from '../oracles/leaks';
import { classOf, finding, type Finding, type Verdict } from '../oracles/finding';
import { outcomeFindings } from '../oracles/outcome';
import { builtTemplate, fire, type TemplateLoader } from '../sandbox-run';
import { clientExchange, receiverSettings, requestOfUrl } from './client-run';
import { FUZZ_NOW, type Driver } from './driver';
import { pageInput, type PageInput } from './page-inputs';
import { applyConsentUpdates, pageWorld } from './page-world';
import { webTagFields } from './web-fields';

export interface WebTagInput { now: number; randomSeed: string; data: Record<string, unknown>; page: PageInput }

interface WindowCall { fn: string; args: unknown[] }

/** Where a forwarded request may go: https, a path under /pinterest/ (the send_pixel permission's pattern). */
async function pixelFindings(pixel: string, now: number, load: TemplateLoader): Promise<{ findings: Finding[]; eventId?: string }> {
  let url: URL;
  try {
    url = new URL(pixel);
  } catch {
    return { findings: [finding('invalid', 'forwarded to something that is not a URL', pixel.slice(0, 200))] };
  }
  const out: Finding[] = [];
  if (url.protocol !== 'https:' || !url.pathname.startsWith('/pinterest/')) out.push(finding('invalid', 'forwarded outside https://…/pinterest/', pixel.slice(0, 200)));
  if (pixel.length > MAX_GET_LENGTH) out.push(finding('invalid', `forwarded request over ${MAX_GET_LENGTH} characters`, `${pixel.length} characters`));
  let eventId: string | undefined;
  try {
    eventId = (JSON.parse(url.searchParams.get('e') ?? 'null') as { event_id?: string } | null)?.event_id;
  } catch { /* the client's answer says what is wrong */ }
  const client = await clientExchange(requestOfUrl(url), receiverSettings(url), { now, load });
  const response = client.world.response;
  if (client.fire.result === 'exception') out.push(finding('invalid', `the client threw on a forwarded event: ${classOf(client.fire.error ?? '')}`, client.fire.error ?? ''));
  else if (!response.returned || response.status !== 200) {
    out.push(finding('invalid', `the client refused a forwarded event: ${response.status} ${errorText(response.body)}`, `${response.status} ${response.body} for ${pixel.slice(0, 300)}`));
  }
  return { findings: out, eventId };
}

/** The client's error text (fixed texts and protocol field paths), numbers blanked. */
function errorText(body: string): string {
  let error: unknown;
  try {
    error = (JSON.parse(body) as { error?: unknown }).error;
  } catch { /* not JSON */ }
  return typeof error === 'string' ? error.replace(/\d+/g, 'N').slice(0, 120) : classOf(body);
}

function trackFindings(calls: WindowCall[]): Finding[] {
  const out: Finding[] = [];
  for (const call of calls) {
    if (call.fn !== 'pintrk' || call.args[0] !== 'track') continue;
    const data = (call.args[2] ?? {}) as Record<string, unknown>;
    if (data.value !== undefined && data.currency === undefined) {
      out.push(finding('invalid', 'pintrk track with a value and no currency', JSON.stringify({ value: data.value })));
    }
  }
  return out;
}

export const createWebTagDriver = (load: TemplateLoader = builtTemplate): Driver<WebTagInput> => ({
  name: 'web-tag',
  oracles: ['exception', 'timeout', 'invalid', 'leak', 'attempts'],
  generate(rng) {
    return { now: FUZZ_NOW, randomSeed: String(rng.int(2 ** 31)), data: webTagFields(rng.fork('fields')), page: pageInput(rng.fork('page')) };
  },
  async check(input): Promise<Verdict> {
    const world = pageWorld(input.page, input.now, input.randomSeed);
    const result = await fire(load('web-template/tag'), world, input.data, {
      after: () => { applyConsentUpdates(world, input.page.consentUpdates ?? []); },
    });
    const findings: Finding[] = outcomeFindings('the tag', result);
    const calls = world.windowCalls as WindowCall[];
    const sinks: Sink[] = [
      ...world.logs.map((line) => sink('a console log line', line.values)),
      ...world.pixels.map((pixel) => sink('a forwarded request (pixel URL)', pixel)),
      ...calls.map((call) => sink(`a ${call.fn} call`, call.args)),
      ...world.cookiesSet.map((cookie) => sink('a cookie set', cookie)),
      ...world.injectedScripts.map((url) => sink('a script URL', url)),
      ...world.dataLayerPushes.map((push) => sink('a dataLayer push', push)),
    ];
    findings.push(...leakFindings(sinks), ...trackFindings(calls));
    const perEvent = new Map<string, number>();
    for (const pixel of world.pixels) {
      const checked = await pixelFindings(pixel, input.now, load);
      findings.push(...checked.findings);
      if (checked.eventId !== undefined) perEvent.set(checked.eventId, (perEvent.get(checked.eventId) ?? 0) + 1);
    }
    const attempts = Math.max(0, ...perEvent.values());
    if (attempts > 1) findings.push(finding('attempts', 'an event forwarded more than once', `${attempts} requests for one event_id`));
    return { findings, attempts, attemptBound: 1 };
  },
});

export const webTagDriver = createWebTagDriver();
