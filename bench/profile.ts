/**
 * `npm run bench -- --profile`: where a template's CPU goes, by TypeScript module. The readable copy of
 * each built template (template.js) runs under V8's sampling profiler (node:inspector); a sample whose
 * innermost frame is template code is charged to the module around that line (esbuild's
 * `// path/to/module.ts` markers), and a sample inside gtm-sandbox (an API, the boundary copies) to the
 * module whose code called it.
 */
import * as inspector from 'node:inspector';
import type { ParsedTemplate } from '../gtm-sandbox/tpl/read';
import { prepareFire } from './measure';
import type { Subject } from './subjects';

interface CallFrame { url: string; lineNumber: number; functionName: string }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const FILENAME = 'template.js';

/**
 * Module of each line (1-based) of the readable code. V8 charges a sample to the function it runs in, by
 * the line the function starts on; the code's own top level (the requires, the tables every module
 * declares, the call of main) starts on the first line.
 */
function moduleOfLines(code: string): string[] {
  const out: string[] = [''];
  let current = '(top level: requires and tables)';
  for (const line of code.split('\n')) {
    const marker = /^\/\/ ([\w./@-]+\.ts)$/.exec(line);
    if (marker) current = marker[1];
    out.push(current);
  }
  return out;
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/** Milliseconds per module over `fires` fires: own code, and the sandbox APIs it called. */
export async function profileSubject(subject: Subject, fires: number): Promise<{ module: string; own: number; apis: number }[]> {
  const code = subject.readable ?? subject.template.code;
  const readable: Subject = { ...subject, template: { ...subject.template, code } as ParsedTemplate };
  const modules = moduleOfLines(code);
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  for (let i = 0; i < fires; i++) await prepareFire(readable).run();
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();

  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const totals = new Map<string, { own: number; apis: number }>();
  const charge = (module: string, key: 'own' | 'apis', us: number): void => {
    const entry = totals.get(module) ?? { own: 0, apis: 0 };
    entry[key] += us;
    totals.set(module, entry);
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i] ?? 0;
    let id: number | undefined = profile.samples[i];
    let inner = true;
    while (id !== undefined) {
      const frame = byId.get(id)?.callFrame;
      if (frame && frame.url.endsWith(FILENAME)) {
        // V8 lines are 0-based; the realm's wrapper shares the code's first line.
        charge(modules[frame.lineNumber + 1] ?? '(unknown)', inner ? 'own' : 'apis', us);
        break;
      }
      inner = false;
      id = parent.get(id);
    }
  }
  return [...totals.entries()].map(([module, t]) => ({ module, own: t.own / 1000, apis: t.apis / 1000 }))
    .sort((a, b) => b.own + b.apis - (a.own + a.apis));
}
