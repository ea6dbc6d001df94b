/**
 * One tag fire in a container runtime: the template's code with its decoded parameters, every callback
 * and promise job drained, and the outcome GTM would record (gtmOnSuccess, gtmOnFailure, an uncaught
 * error, or never completing).
 */
import { createSession, type Session, type SessionOptions } from '../runtime/session';
import type { ParsedTemplate } from '../tpl/read';
import type { World } from '../world/world';

export type TagResult = 'success' | 'failure' | 'exception' | 'timeout';

export async function fireTag(
  template: () => ParsedTemplate, world: World, data: Record<string, unknown>, options: SessionOptions = {}, onSession: (s: Session) => void = () => undefined,
): Promise<{ result: TagResult; error?: string }> {
  try {
    const session = createSession(template(), world, options);
    onSession(session);
    session.runCode(session.marshal.toSandbox(data));
    await session.scheduler.drain();
    const late = session.run.callbackErrors[0];
    if (late !== undefined) return { result: 'exception', error: String((late as Error).message ?? late) };
    return { result: session.completion ?? 'timeout' };
  } catch (error) {
    return { result: 'exception', error: (error as Error).message };
  }
}
