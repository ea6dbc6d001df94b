/**
 * The journey file: a YAML list of steps a marketer can write (README "Journeys"). Each step is a map
 * with one action (goto, click, fill, select, wait, push, expect) and optionally `name` and `timeout`
 * (ms). Errors name the file, line and step, with the rule id `journey-invalid`. The file is untrusted:
 * sizes are bounded and only plain data is accepted.
 */
import { LineCounter, parseDocument, isSeq } from 'yaml';

interface Common { readonly line: number; readonly label: string; readonly timeout?: number }
export type JourneyStep = Common & (
  | { readonly action: 'goto'; readonly url: string }
  | { readonly action: 'click'; readonly text?: string; readonly selector?: string }
  | { readonly action: 'fill'; readonly field?: string; readonly selector?: string; readonly value: string }
  | { readonly action: 'select'; readonly field?: string; readonly selector?: string; readonly option: string }
  | { readonly action: 'wait'; readonly text?: string; readonly request?: string; readonly ms?: number }
  | { readonly action: 'push'; readonly message: Record<string, unknown> }
  | { readonly action: 'expect'; readonly event: string; readonly params: Record<string, unknown>; readonly has: string[] }
);

export const ACTIONS = ['goto', 'click', 'fill', 'select', 'wait', 'push', 'expect'] as const;
const MAX_STEPS = 500;
const MAX_WAIT_MS = 120_000;

export class JourneyError extends Error {}

type Map = Record<string, unknown>;
const isMap = (v: unknown): v is Map => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 2000;
const short = (v: string): string => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

function target(action: string, v: unknown, fail: (m: string) => never, textKey: 'text' | 'field'): { text?: string; field?: string; selector?: string } {
  if (action === 'click' && isText(v)) return { text: v };
  if (!isMap(v)) return fail(`${action} needs ${action === 'click' ? 'a text, or ' : ''}a map with "${textKey}" or "selector"`);
  if (isText(v.selector)) return { selector: v.selector };
  if (isText(v[textKey])) return { [textKey]: v[textKey] };
  return fail(`${action} needs "${textKey}" or "selector"`);
}

function step(raw: unknown, fail: (m: string) => never): Omit<JourneyStep, 'line' | 'label'> & { label?: string } {
  if (!isMap(raw)) return fail('a step is a map such as `click: Add to cart`');
  const actions = Object.keys(raw).filter((k) => (ACTIONS as readonly string[]).includes(k));
  const unknown = Object.keys(raw).filter((k) => !(ACTIONS as readonly string[]).includes(k) && k !== 'name' && k !== 'timeout');
  if (unknown.length > 0) return fail(`unknown key ${short(unknown[0])} (actions: ${ACTIONS.join(', ')}; also name, timeout)`);
  if (actions.length !== 1) return fail(actions.length === 0 ? `no action (one of ${ACTIONS.join(', ')})` : `one action per step, found ${actions.join(' and ')}`);
  if (raw.name !== undefined && !isText(raw.name)) return fail('name must be text');
  if (raw.timeout !== undefined && !(Number.isInteger(raw.timeout) && (raw.timeout as number) > 0 && (raw.timeout as number) <= MAX_WAIT_MS)) return fail(`timeout must be whole milliseconds, at most ${MAX_WAIT_MS}`);
  const action = actions[0];
  const v = raw[action];
  const common = { ...(raw.name !== undefined ? { label: raw.name as string } : {}), ...(raw.timeout !== undefined ? { timeout: raw.timeout as number } : {}) };
  const fixed = (s: object): Omit<JourneyStep, 'line' | 'label'> => ({ ...common, ...s }) as Omit<JourneyStep, 'line' | 'label'>;
  switch (action) {
    case 'goto': return isText(v) ? fixed({ action, url: v }) : fail('goto needs a URL or a path');
    case 'click': return fixed({ action, ...target(action, v, fail, 'text') });
    case 'fill': {
      if (!isMap(v) || !(typeof v.value === 'string' || typeof v.value === 'number')) return fail('fill needs "value" and "field" or "selector"');
      return fixed({ action, ...target(action, v, fail, 'field'), value: String(v.value) });
    }
    case 'select': {
      if (!isMap(v) || !(typeof v.option === 'string' || typeof v.option === 'number')) return fail('select needs "option" and "field" or "selector"');
      return fixed({ action, ...target(action, v, fail, 'field'), option: String(v.option) });
    }
    case 'wait': {
      const ms = typeof v === 'number' ? v : isMap(v) ? v.ms : undefined;
      if (ms !== undefined) return Number.isInteger(ms) && (ms as number) >= 0 && (ms as number) <= MAX_WAIT_MS ? fixed({ action, ms }) : fail(`wait: ms must be whole milliseconds, at most ${MAX_WAIT_MS}`);
      if (isMap(v) && isText(v.text)) return fixed({ action, text: v.text });
      if (isMap(v) && isText(v.request)) return fixed({ action, request: v.request });
      return fail('wait needs milliseconds, "text" or "request"');
    }
    case 'push': return isMap(v) ? fixed({ action, message: v }) : fail('push needs a dataLayer message (a map)');
    default: {
      const spec = isText(v) ? { event: v } : isMap(v) ? v : {};
      if (!isText(spec.event)) return fail('expect needs an event name, or a map with "event"');
      if (spec.params !== undefined && !isMap(spec.params)) return fail('expect: params must be a map');
      if (spec.has !== undefined && !(Array.isArray(spec.has) && spec.has.every(isText))) return fail('expect: has must be a list of parameter names');
      const extra = Object.keys(spec).filter((k) => !['event', 'params', 'has'].includes(k));
      if (extra.length > 0) return fail(`expect: unknown key ${short(extra[0])} (event, params, has)`);
      return fixed({ action: 'expect', event: spec.event, params: (spec.params as Map | undefined) ?? {}, has: (spec.has as string[] | undefined) ?? [] });
    }
  }
}

/** A readable label for progress and reports: `click "Add to cart"`. */
export function describe(s: Omit<JourneyStep, 'line' | 'label'>): string {
  const o = s as Record<string, unknown>;
  const detail = o.url ?? o.text ?? o.field ?? o.selector ?? o.request ?? o.event ?? (o.ms !== undefined ? `${o.ms} ms` : undefined) ?? (isMap(o.message) ? o.message.event : undefined);
  return `${s.action}${detail !== undefined ? ` ${short(String(detail))}` : ''}`;
}

export function parseJourney(text: string, file: string): JourneyStep[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new JourneyError(`${file}:${e.linePos?.[0].line ?? 1}: not valid YAML: ${e.message.split('\n')[0]} [journey-invalid]`);
  }
  if (!isSeq(doc.contents)) throw new JourneyError(`${file}:1: a journey is a YAML list of steps (- goto: /, - click: …) [journey-invalid]`);
  const items = doc.contents.items;
  if (items.length === 0) throw new JourneyError(`${file}:1: the journey has no steps [journey-invalid]`);
  if (items.length > MAX_STEPS) throw new JourneyError(`${file}:1: at most ${MAX_STEPS} steps [journey-invalid]`);
  const values = doc.toJS({ maxAliasCount: 50 }) as unknown[];
  return values.map((raw, i) => {
    const node = items[i] as { range?: [number, number, number] } | null;
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    const fail = (message: string): never => {
      const kind = isMap(raw) ? Object.keys(raw).find((k) => (ACTIONS as readonly string[]).includes(k)) : undefined;
      throw new JourneyError(`${file}:${line}: step ${i + 1}${kind ? ` (${kind})` : ''}: ${message} [journey-invalid]`);
    };
    const parsed = step(raw, fail);
    return { ...parsed, line, label: `step ${i + 1} (${parsed.label ?? describe(parsed)})` } as JourneyStep;
  });
}
