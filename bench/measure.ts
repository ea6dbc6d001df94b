/**
 * One fire of a subject in gtm-sandbox, counted and timed. API calls are every call a template makes into
 * the sandbox: `require()` itself, each API function, and each method of the object APIs (JSON, Object,
 * Math, templateStorage, BigQuery). CPU is process CPU time (user + system) around each run, so a loaded
 * machine slows every subject alike instead of adding waits to one of them.
 */
import { createRealm, type Realm } from '../gtm-sandbox/runtime/realm';
import { createSession, type Session } from '../gtm-sandbox/runtime/session';
import { createWorld } from '../gtm-sandbox/world/world';
import type { Subject } from './subjects';

export interface FireCount { readonly calls: number; readonly byApi: Map<string, number>; readonly result: string }

type HostFunction = (...args: unknown[]) => unknown;

/** Counts every API call of the session's template into `byApi` (require itself under "require"). */
function countCalls(session: Session, byApi: Map<string, number>): void {
  const bump = (name: string): void => { byApi.set(name, (byApi.get(name) ?? 0) + 1); };
  const load = session.require.bind(session);
  session.require = (name: unknown) => {
    bump('require');
    const api = load(name);
    if (typeof api === 'function') {
      const fn = api as HostFunction;
      return (...args: unknown[]) => { bump(String(name)); return fn(...args); };
    }
    if (typeof api === 'object' && api !== null) {
      // Object APIs are built afresh for each require(): their methods can be wrapped in place.
      const members = api as Record<string, unknown>;
      for (const key of Object.keys(members)) {
        const member = members[key];
        if (typeof member === 'function') members[key] = (...args: unknown[]) => { bump(`${String(name)}.${key}`); return (member as HostFunction)(...args); };
      }
    }
    return api;
  };
}

export interface PreparedFire { readonly session: Session; run(): Promise<void> }

/**
 * A fire on a fresh World and session. `realm`: reuse one realm for many fires of a template (its code
 * keeps no state in the realm's globals), so that the timed runs do not pay for, nor collect the
 * garbage of, a vm context per fire, which is gtm-sandbox's cost and not the template's.
 */
export function prepareFire(subject: Subject, byApi?: Map<string, number>, realm?: Realm): PreparedFire {
  const world = createWorld(subject.world());
  const session = createSession(subject.template, world, realm === undefined ? {} : { createRealm: () => realm });
  if (byApi) countCalls(session, byApi);
  return {
    session,
    async run() {
      session.runCode(session.marshal.toSandbox(subject.data));
      await session.scheduler.drain();
    },
  };
}

/** One counted fire; `result` is how it ended (success, failure, returned, exception). */
export async function countFire(subject: Subject): Promise<FireCount> {
  const byApi = new Map<string, number>();
  let result: string;
  try {
    const fire = prepareFire(subject, byApi);
    await fire.run();
    result = fire.session.run.callbackErrors.length > 0 ? 'exception' : fire.session.completion ?? (subject.template.type === 'TAG' ? 'no completion' : 'returned');
  } catch (error) {
    result = `exception: ${(error as Error).message}`;
  }
  let calls = 0;
  for (const n of byApi.values()) calls += n;
  return { calls, byApi, result };
}

/**
 * CPU microseconds of each of `fires` fresh fires (sessions made before each clock starts). One value
 * per fire, so that a median leaves out the fires a garbage collection happened to land in.
 */
export async function cpuOfFires(subject: Subject, fires: number, realm: Realm = createRealm()): Promise<number[]> {
  const prepared: PreparedFire[] = [];
  for (let i = 0; i < fires; i++) prepared.push(prepareFire(subject, undefined, realm));
  const out: number[] = [];
  for (const fire of prepared) {
    const start = process.cpuUsage();
    await fire.run();
    const used = process.cpuUsage(start);
    out.push(used.user + used.system);
  }
  return out;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
