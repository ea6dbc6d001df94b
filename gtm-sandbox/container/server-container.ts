/**
 * A server container from its export, run like server-side GTM: for each request the clients run by
 * priority until one claims it; its runContainer calls fire the tags whose triggers match the event;
 * the claimed client's response is returned. Template code runs in gtm-sandbox with the real request
 * and live (routed) outgoing HTTP. https://developers.google.com/tag-platform/tag-manager/server-side/intro
 */
import { createSession } from '../runtime/session';
import { parseTemplate, type ParsedTemplate } from '../tpl/read';
import { createWorld, type CookieWrite, type HttpRequestRecord, type LogLine, type ServerRequest, type World } from '../world/world';
import { conditionHolds } from './conditions';
import { templateFor, type ContainerExport, type ExportTag } from './export-format';
import { decodeParameters, type ResolveVariable } from './parameters';
import { fireTag } from './run-tag';

export interface ContainerResponse { status: number; headers: Record<string, string>; body: string; cookies: CookieWrite[] }
export interface TagRun { tag: string; /** When it fired (ms since the epoch). */ time: number; event: Record<string, unknown>; result: 'success' | 'failure' | 'exception' | 'timeout'; error?: string; logs: unknown[][]; http: HttpRequestRecord[] }
export type Transport = NonNullable<World['transport']>;

export interface ServerContainer {
  handle(request: ServerRequest): Promise<ContainerResponse>;
  /** The most recent tag runs (at most `maxTagRuns`), oldest first (for tests and the demo's inspector). */
  readonly tagRuns: TagRun[];
  /** Firestore's documents, kept for the container's life (for tests and the demo). */
  readonly firestore: ReadonlyMap<string, Record<string, unknown>>;
}

export interface ServerContainerOptions {
  /**
   * Receives each line a tag prints with logToConsole, as it is printed, the way server-side GTM writes
   * them to stdout and Cloud Logging (https://developers.google.com/tag-platform/tag-manager/server-side/api#logtoconsole):
   * the values joined by a space, one line each (line breaks inside a value are escaped so that one
   * message can never read as two). Client templates' lines are not included.
   */
  onLog?: (line: string) => void;
  /** How many tag runs `tagRuns` keeps; older runs are dropped so that a long-running serve stays bounded. */
  maxTagRuns?: number;
}

export const DEFAULT_MAX_TAG_RUNS = 500;

/** One console line from logToConsole's arguments: strings as they are, other values as JSON. */
export function formatLogLine(values: readonly unknown[]): string {
  const text = values.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)))).join(' ');
  return text.replace(/[\r\n\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Calls `onLog` for every line pushed to `logs` (the world's logToConsole output). */
function streamLogs(logs: LogLine[], onLog: (line: string) => void): void {
  logs.push = (...lines: LogLine[]): number => {
    for (const line of lines) {
      try { onLog(formatLogLine(line.values)); } catch { /* a failing sink never fails the tag */ }
    }
    return Array.prototype.push.apply(logs, lines);
  };
}

export function createServerContainer(container: ContainerExport, transport: Transport, options: ServerContainerOptions = {}): ServerContainer {
  const maxTagRuns = Math.max(1, options.maxTagRuns ?? DEFAULT_MAX_TAG_RUNS);
  const version = container.containerVersion;
  const templates = new Map<string, ParsedTemplate>();
  const templateOf = (type: string): ParsedTemplate => {
    const exported = templateFor(container, type);
    if (!exported) throw new Error(`no custom template for type ${type}`);
    let parsed = templates.get(exported.templateId);
    if (!parsed) {
      parsed = parseTemplate(exported.templateData, exported.name);
      templates.set(exported.templateId, parsed);
    }
    return parsed;
  };
  const tagRuns: TagRun[] = [];
  // One Firestore for the container's life: documents a tag writes on one request are there on the next.
  const firestore = new Map<string, Record<string, unknown>>();
  const templateStorage = new Map<string, Map<string, unknown>>();
  const storageOf = (type: string): Map<string, unknown> => {
    const store = templateStorage.get(type) ?? new Map<string, unknown>();
    templateStorage.set(type, store);
    return store;
  };

  const variables = (event: Record<string, unknown>, clientName: string): ResolveVariable => (name) => {
    if (name === 'Event Name') return event.event_name;
    if (name === 'Client Name') return clientName;
    const variable = (version.variable ?? []).find((v) => v.name === name);
    if (!variable) return undefined;
    const params = decodeParameters(variable.parameter ?? [], () => undefined);
    if (variable.type === 'c') return params.value;
    if (variable.type === 'ed') return String(params.keyPath ?? '').split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), event);
    return undefined;
  };

  const fires = (tag: ExportTag, resolve: ResolveVariable): boolean => {
    if (tag.paused) return false;
    const triggered = (ids: string[] | undefined): boolean => (ids ?? []).some((id) => {
      const trigger = (version.trigger ?? []).find((t) => t.triggerId === id);
      if (!trigger) return false;
      return trigger.type === 'ALWAYS' || (trigger.filter ?? []).every((c) => conditionHolds(c, resolve));
    });
    return triggered(tag.firingTriggerId) && !triggered(tag.blockingTriggerId);
  };

  /** `responseCookies`: the claiming client's; a tag's setCookie adds to the response as in sGTM (https://developers.google.com/tag-platform/tag-manager/server-side/api#setcookie). */
  async function runTag(tag: ExportTag, event: Record<string, unknown>, request: ServerRequest, clientName: string, responseCookies: CookieWrite[]): Promise<void> {
    const world = createWorld({ request, eventData: event, templateStorage: storageOf(tag.type), firestore });
    world.transport = transport;
    world.clientName = clientName;
    if (options.onLog) streamLogs(world.logs, options.onLog);
    const run: TagRun = { tag: tag.name, time: Date.now(), event, result: 'timeout', logs: [], http: world.http };
    tagRuns.push(run);
    if (tagRuns.length > maxTagRuns) tagRuns.splice(0, tagRuns.length - maxTagRuns);
    Object.assign(run, await fireTag(() => templateOf(tag.type), world, decodeParameters(tag.parameter ?? [], variables(event, clientName))));
    run.logs = world.logs.map((l) => l.values);
    responseCookies.push(...world.cookiesSet);
  }

  return {
    tagRuns,
    firestore,
    async handle(request) {
      const clients = [...(version.client ?? [])].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
      for (const client of clients) {
        const world = createWorld({ request, templateStorage: storageOf(client.type), firestore });
        world.transport = transport;
        world.clientName = client.name;
        world.containerTags.push(async (event) => {
          const resolve = variables(event, client.name);
          const tags = (version.tag ?? []).filter((t) => fires(t, resolve));
          await Promise.all(tags.map((t) => runTag(t, event, request, client.name, world.cookiesSet)));
        });
        const session = createSession(templateOf(client.type), world);
        session.runCode(session.marshal.toSandbox(decodeParameters(client.parameter ?? [], variables({}, client.name))));
        await session.scheduler.drain();
        if (!world.requestClaimed) continue;
        if (!world.response.returned) return { status: 500, headers: {}, body: 'the claiming client never returned a response', cookies: world.cookiesSet };
        return { status: world.response.status, headers: world.response.headers, body: world.response.body, cookies: world.cookiesSet };
      }
      return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'No client claimed the request.', cookies: [] };
    },
  };
}
