/**
 * One fire of a built template in gtm-sandbox, with the real APIs (no mocks): the code runs, every
 * callback, script load and HTTP answer is drained, and the outcome is classified as GTM users see it.
 * Several templates may run against one World (the tag and the Event ID variable on one page).
 * Sessions come from gtm-sandbox's public createSession; when it compiles a template once per
 * ParsedTemplate object (the `sandbox` branch), passing the same object makes every run reuse it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createSession, type Session } from '../gtm-sandbox/runtime/session';
import { parseTemplate, type ParsedTemplate } from '../gtm-sandbox/tpl/read';
import type { World } from '../gtm-sandbox/world/world';

export const REPO_ROOT = path.resolve(__dirname, '..');

export type BuiltTemplate = 'web-template/tag' | 'web-template/event-id' | 'server-template/tag' | 'server-template/client';

const loaded = new Map<BuiltTemplate, ParsedTemplate>();

/** The committed template.tpl (what users import), parsed once per process. */
export function builtTemplate(folder: BuiltTemplate): ParsedTemplate {
  let template = loaded.get(folder);
  if (!template) {
    template = parseTemplate(fs.readFileSync(path.join(REPO_ROOT, folder, 'template.tpl'), 'utf8'));
    loaded.set(folder, template);
  }
  return template;
}

/** Where a driver gets a template: the built one by default, a planted one in the oracles' own tests. */
export type TemplateLoader = (folder: BuiltTemplate) => ParsedTemplate;

export type Result = 'success' | 'failure' | 'returned' | 'exception' | 'timeout';

export interface Fire {
  result: Result;
  /** The thrown error's message (exceptions only). */
  error?: string;
  /** A variable's return value, as a host value. */
  returnValue?: unknown;
  session?: Session;
}

const message = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 300);
};

/**
 * Runs the template's code with `data` as GTM's field values; `after` runs once the first drain is
 * done (a consent update, a later page event) and the run drains again.
 */
export async function fire(template: ParsedTemplate, world: World, data: unknown, options: {
  templateStorage?: Map<string, unknown>; after?: () => void;
} = {}): Promise<Fire> {
  let session: Session;
  try {
    session = createSession(template, world, { templateStorage: options.templateStorage });
  } catch (error) {
    return { result: 'exception', error: `template did not load: ${message(error)}` };
  }
  let returnValue: unknown;
  try {
    returnValue = session.marshal.toHost(session.runCode(session.marshal.toSandbox(data ?? {})));
    await session.scheduler.drain();
    if (options.after) {
      options.after();
      await session.scheduler.drain();
    }
  } catch (error) {
    return { result: 'exception', error: message(error), session };
  }
  if (session.run.callbackErrors.length > 0) return { result: 'exception', error: message(session.run.callbackErrors[0]), session };
  if (template.type === 'MACRO') return { result: 'returned', returnValue, session };
  if (template.type === 'CLIENT') {
    // A client that claims a request must answer it, or the browser waits until it gives up.
    return { result: world.requestClaimed && !world.response.returned ? 'timeout' : 'success', session };
  }
  return { result: session.completion ?? 'timeout', session };
}
