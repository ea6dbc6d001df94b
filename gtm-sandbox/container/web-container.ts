/**
 * A web container from its export, run against a page (any World: the offline simulation or, in a
 * browser, the real page). dataLayer messages update GTM's data model (dotted keys as paths, a
 * gtm.uniqueEventId per message); each event fires the tags whose triggers match, honouring firing
 * options and consent settings; gtag-style consent commands update the consent state. Custom templates
 * (tags and variables) run in gtm-sandbox, each with its own template storage.
 * https://developers.google.com/tag-platform/tag-manager/datalayer
 */
import { createSession, type Session, type SessionOptions } from '../runtime/session';
import { parseTemplate, type ParsedTemplate } from '../tpl/read';
import { mergeIntoModel } from '../world/data-layer-model';
import { getPath } from '../world/window-path';
import type { World } from '../world/world';
import { templateFor, type ContainerExport, type ExportTag } from './export-format';
import { decodeParameters, type ResolveVariable } from './parameters';
import { fireTag } from './run-tag';
import { triggerFires } from './web-triggers';

export interface WebTagRun { tag: string; event: string; result: 'success' | 'failure' | 'exception' | 'timeout' | 'blocked by consent'; error?: string }

export interface WebContainer {
  /**
   * Processes one dataLayer message (an object, or a gtag command such as ['consent', 'update', {...}]).
   * As in GTM, the message is applied and the code of each tag it fires runs before push returns, in order;
   * a tag's callbacks (a script loaded, a pixel answered) do not hold back the next message. The promise
   * settles once this message's tags have completed and every pending callback has run.
   */
  push(message: unknown): Promise<void>;
  readonly tagRuns: WebTagRun[];
}

export function createWebContainer(container: ContainerExport, world: World, options: Pick<SessionOptions, 'createRealm'> = {}): WebContainer {
  const version = container.containerVersion;
  const parsed = new Map<string, ParsedTemplate>();
  const storages = new Map<string, Map<string, unknown>>();
  const firedOnce = new Set<string>();
  const tagRuns: WebTagRun[] = [];
  let model: Record<string, unknown> = {};
  let uniqueEventId = 0;
  /** Sessions whose callbacks may still have work (a consent grant can wake a waiting tag). */
  const sessions: Session[] = [];
  const drainAll = async (): Promise<void> => { for (const s of sessions) await s.scheduler.drain(); };

  const template = (type: string): { parsed: ParsedTemplate; storage: Map<string, unknown> } => {
    const exported = templateFor(container, type);
    if (!exported) throw new Error(`no custom template for type ${type}`);
    if (!parsed.has(exported.templateId)) parsed.set(exported.templateId, parseTemplate(exported.templateData, exported.name));
    if (!storages.has(exported.templateId)) storages.set(exported.templateId, new Map());
    return { parsed: parsed.get(exported.templateId) as ParsedTemplate, storage: storages.get(exported.templateId) as Map<string, unknown> };
  };

  const resolver = (event: string): ResolveVariable => {
    const resolve: ResolveVariable = (name) => {
      if (name === '_event' || name === 'Event') return event;
      if (name === 'Page URL') return world.url;
      const variable = (version.variable ?? []).find((v) => v.name === name);
      if (!variable) return undefined;
      const p = decodeParameters(variable.parameter ?? [], resolve);
      switch (variable.type) {
        case 'c': return p.value;
        case 'v': return getPath(model, String(p.name ?? ''));
        case 'j': return getPath(world.window, String(p.name ?? ''));
        case 'k': return (world.cookies.get(String(p.name ?? '')) ?? [])[0];
        case 'u': return world.url;
        default: return variable.type.startsWith('cvt_') ? runVariable(variable.type, p) : undefined;
      }
    };
    return resolve;
  };

  function runVariable(type: string, data: Record<string, unknown>): unknown {
    const t = template(type);
    const session = createSession(t.parsed, world, { templateStorage: t.storage, createRealm: options.createRealm });
    return session.marshal.toHost(session.runCode(session.marshal.toSandbox(data)));
  }

  /** Tags held back by their consent settings, fired when the consent they need is granted. */
  const heldBack: { tag: ExportTag; event: string; resolve: ResolveVariable; model: Record<string, unknown> }[] = [];

  const consentAllows = (tag: ExportTag): boolean => {
    if (tag.consentSettings?.consentStatus !== 'NEEDED') return true;
    const types = (tag.consentSettings.consentType?.list ?? []).map((p) => String(p.value));
    return types.every((type) => world.consent.get(type) !== 'denied');
  };

  async function runTag(tag: ExportTag, event: string, resolve: ResolveVariable): Promise<void> {
    const run: WebTagRun = { tag: tag.name, event, result: 'timeout' };
    tagRuns.push(run);
    if (!consentAllows(tag)) {
      run.result = 'blocked by consent';
      // The data model as it was for this event, so the tag reads its own event when it fires later.
      heldBack.push({ tag, event, resolve, model: structuredClone(world.dataLayer) });
      return;
    }
    let t: ReturnType<typeof template>;
    try {
      t = template(tag.type);
    } catch (error) {
      Object.assign(run, { result: 'exception', error: (error as Error).message });
      return;
    }
    Object.assign(run, await fireTag(() => t.parsed, world, decodeParameters(tag.parameter ?? [], resolve),
      { templateStorage: t.storage, createRealm: options.createRealm }, (session) => { sessions.push(session); }));
  }

  function applyConsent(command: unknown[]): void {
    const settings = (command[2] ?? {}) as Record<string, unknown>;
    for (const [type, state] of Object.entries(settings)) {
      if (state !== 'granted' && state !== 'denied') continue;
      const before = world.consent.get(type);
      if (command[1] === 'default' && before !== undefined) continue;
      world.consent.set(type, state);
      if ((before !== 'denied') !== (state === 'granted')) {
        for (const l of world.consentListeners.filter((x) => x.type === type)) l.listener(type, state === 'granted');
      }
    }
  }

  return {
    tagRuns,
    async push(message) {
      const args = message !== null && typeof message === 'object' && !Array.isArray(message) && 'length' in (message as object) ? Array.from(message as ArrayLike<unknown>) : message;
      if (Array.isArray(args)) {
        if (args[0] === 'consent') applyConsent(args);
        const released: Promise<void>[] = [];
        for (const held of heldBack.splice(0)) {
          const current = world.dataLayer;
          world.dataLayer = held.model;
          // The tag's code runs now, reading its own event's model; its callbacks finish later.
          released.push(runTag(held.tag, held.event, held.resolve));
          world.dataLayer = current;
        }
        await Promise.all(released);
        await drainAll();
        return;
      }
      if (args === null || typeof args !== 'object') return;
      uniqueEventId++;
      model = mergeIntoModel(model, { ...(args as Record<string, unknown>), 'gtm.uniqueEventId': uniqueEventId });
      world.dataLayer = model;
      const event = (args as { event?: unknown }).event;
      if (typeof event !== 'string') return;
      const resolve = resolver(event);
      const tags = (version.tag ?? []).filter((tag) => !tag.paused
        && (tag.firingTriggerId ?? []).some((id) => triggerFires(id, version.trigger ?? [], event, resolve))
        && !(tag.blockingTriggerId ?? []).some((id) => triggerFires(id, version.trigger ?? [], event, resolve))
        && !(tag.tagFiringOption === 'ONCE_PER_LOAD' && firedOnce.has(tag.tagId)));
      // Each tag's code runs now, in order (runTag runs it before its first await); none waits for another's
      // callbacks, and the next message does not either (GTM fires an event's tags without waiting for them:
      // https://support.google.com/tagmanager/answer/6238868, tag sequencing is the way to make one wait).
      const runs = tags.map((tag) => {
        firedOnce.add(tag.tagId);
        return runTag(tag, event, resolve);
      });
      await Promise.all(runs);
      await drainAll();
    },
  };
}
