/**
 * `expect` steps: an event the page sent to Pinterest, by name (a Pinterest tag name, `page`, or a GA4 /
 * Conversions API name that pinterest/events.ts maps to one), with parameters that match (scalars
 * compared as text: types are judged by the rules) and parameters that must be present. A page visit
 * is expected by any of its names (page, page_view, page_visit, pagevisit) and met by either form a
 * page sends it in: the base code's `pintrk('page')` or the `pagevisit` event code.
 */
import { PAGE, tagEventFor } from '../../pinterest/events';
import type { PageView } from './observations';
import { isPlainObject, pageCommands } from './page-commands';

/** The page visit's tag name: both forms of a page visit are expected and found under it. */
const PAGE_VISIT = 'pagevisit';

export interface Sent { readonly name: string; readonly data: Record<string, unknown> }

/** Every `page` and `track` the pages sent, in order; a `page` under the page visit's tag name. */
export function sentEvents(views: PageView[]): Sent[] {
  return views.flatMap((v) => (v.loadError ? [] : pageCommands(v))).flatMap((c): Sent[] => {
    if (c.command.kind === 'page') return [{ name: PAGE_VISIT, data: isPlainObject(c.command.data) ? c.command.data : {} }];
    if (c.command.kind !== 'track') return [];
    return [{ name: String(c.command.name).replace(/\s+/g, '').toLowerCase(), data: isPlainObject(c.command.data) ? c.command.data : {} }];
  });
}

function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e, i) => matches(e, actual[i]));
  if (isPlainObject(expected)) return isPlainObject(actual) && Object.entries(expected).every(([k, v]) => matches(v, actual[k]));
  return actual !== undefined && actual !== null && typeof actual !== 'object' && String(actual) === String(expected);
}

export function expectedName(event: string): string {
  const key = event.replace(/\s+/g, '').toLowerCase();
  const tag = key === PAGE ? PAGE : tagEventFor(key) ?? key;
  return tag === PAGE ? PAGE_VISIT : tag;
}

/** The index of the first event at or after `from` that meets the expectation, or -1. */
export function findExpected(sent: Sent[], from: number, spec: { event: string; params: Record<string, unknown>; has: string[] }): number {
  const name = expectedName(spec.event);
  for (let i = from; i < sent.length; i++) {
    const e = sent[i];
    if (e.name === name && matches(spec.params, e.data) && spec.has.every((k) => e.data[k] !== undefined && e.data[k] !== null && e.data[k] !== '')) return i;
  }
  return -1;
}
