/** `gtm-sandbox run`: one run of a template in a fresh World, reported as JSON or text. */
import { createSession } from '../runtime/session';
import type { ParsedTemplate } from '../tpl/read';
import { modelFromPushes } from '../world/data-layer-model';
import { createWorld, type WorldOptions } from '../world/world';
import { CliError, readJsonFile } from './json-file';

export interface RunReport {
  result: 'success' | 'failure' | 'exception' | 'timeout';
  returnValue: unknown; error: string | null; calls: { api: string; args: unknown[] }[];
  http: unknown[]; injectedScripts: string[]; pixels: string[]; windowCalls: unknown[]; globals: Record<string, unknown>;
  cookiesSet: unknown[]; logs: unknown[][];
  /** Clients: whether the request was claimed, the response sent, and the events run. */
  claimed?: boolean; response?: { status: number; headers: Record<string, string>; body: string } | null; events?: unknown[];
}

const readJson = (file: string | undefined): unknown => (file ? readJsonFile(file) : undefined);

/**
 * --datalayer: the data model (an object), or what the page pushed (an array of messages, applied in
 * order, each getting its gtm.uniqueEventId).
 */
function dataLayerModel(file: string | undefined): WorldOptions['dataLayer'] {
  const value = readJson(file);
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return modelFromPushes(value);
  if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  throw new CliError(`${file}: --datalayer needs an object (the data model) or an array (the messages pushed)`);
}

export async function runOnce(template: ParsedTemplate, flags: Record<string, string>): Promise<RunReport> {
  const options: WorldOptions = {
    url: flags.url, window: readJson(flags.window) as WorldOptions['window'], dataLayer: dataLayerModel(flags.datalayer),
    consent: readJson(flags.consent) as WorldOptions['consent'], cookies: readJson(flags.cookies) as WorldOptions['cookies'],
    eventData: readJson(flags.event) as WorldOptions['eventData'], request: readJson(flags.request) as WorldOptions['request'],
    responses: readJson(flags.respond) as WorldOptions['responses'], debugMode: true,
  };
  const data = readJson(flags.data) ?? {};
  const world = createWorld(options);
  const session = createSession(template, world);
  let result: RunReport['result'] = 'success';
  let error: string | null = null;
  let returnValue: unknown;
  try {
    returnValue = session.marshal.toHost(session.runCode(session.marshal.toSandbox(data)));
    await session.scheduler.drain();
  } catch (e) {
    result = 'exception';
    error = (e as Error).message ?? String(e);
  }
  if (result !== 'exception' && session.run.callbackErrors.length > 0) {
    result = 'exception';
    error = String((session.run.callbackErrors[0] as Error).message ?? session.run.callbackErrors[0]);
  }
  if (result !== 'exception' && template.type === 'TAG') result = session.completion ?? 'timeout';
  // A client that claims the request must answer it; one that never does leaves the browser waiting.
  if (result !== 'exception' && template.type === 'CLIENT' && world.requestClaimed && !world.response.returned) result = 'timeout';
  // Functions print as "[function]", or with their own properties when they have some (pintrk.queue).
  const hostCopy = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null, (_k, x: unknown) => {
    if (typeof x !== 'function') return x;
    return Object.keys(x).length === 0 ? '[function]' : { '[function]': true, ...Object.fromEntries(Object.entries(x)) };
  }));
  return {
    result, returnValue: returnValue === undefined ? null : returnValue, error,
    calls: session.calls.map((c) => ({ api: c.api, args: hostCopy(session.marshal.toHost(c.args)) as unknown[] })),
    http: world.http, injectedScripts: world.injectedScripts, pixels: world.pixels,
    windowCalls: world.windowCalls, globals: hostCopy(world.window) as Record<string, unknown>,
    cookiesSet: world.cookiesSet, logs: world.logs.map((l) => l.values),
    ...(template.type === 'CLIENT' ? {
      claimed: world.requestClaimed,
      response: world.response.returned ? { status: world.response.status, headers: world.response.headers, body: world.response.body } : null,
      events: world.events,
    } : {}),
  };
}
