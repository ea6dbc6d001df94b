/**
 * event_id on every event, unique per event: Pinterest deduplicates a browser and a Conversions API
 * copy that share event_id and event name, keeping the first (pinterest-api.md §1.7,
 * https://developers.pinterest.com/docs/api-features/deduplication/). The id goes in the event data;
 * the fourth argument of `track` is a callback (pinterest-api.md §3.4, pitfall 9). Only a reloaded
 * order page may repeat its checkout (same order_id); a new id per reload breaks deduplication
 * (woocommerce/pinterest-for-woocommerce #1176).
 */
import { finding, type Finding } from '../findings';
import { eventLabel, isPlainObject, type TrackedEvent } from '../page-commands';
import { at, shown, type RuleContext } from './context';

/** The page script captures functions as this marker (verify/audit/page-script.ts). */
export const FUNCTION_MARKER = '[function]';

function presenceFindings(ctx: RuleContext, e: TrackedEvent): Finding[] {
  const command = ctx.commands[e.page][e.index].command;
  if (command.kind !== 'track' || (command.data !== undefined && !isPlainObject(command.data))) return [];
  const where = at(ctx.views[e.page], e.rawName.slice(0, 60));
  const fourth = command.fourth;
  if (command.argCount >= 4 && fourth !== FUNCTION_MARKER && fourth !== undefined && fourth !== null) {
    return [finding('event-id-misplaced', `${shown(e.rawName)}: the fourth argument is ${shown(fourth)}, not a callback`, where)];
  }
  if (e.eventId !== undefined) return [];
  const alias = ['eventID', 'eid'].find((k) => e.data?.[k] !== undefined);
  return [finding('event-id-missing', `${shown(e.rawName)} has no event_id${alias ? ` (it has "${alias}"; Pinterest documents event_id)` : ''}`, where)];
}

function group<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

function sharedIdFindings(ctx: RuleContext, id: string, events: TrackedEvent[]): Finding[] {
  const first = events[0];
  const where = at(ctx.views[events[1].page], events[1].rawName.slice(0, 60));
  const names = [...new Set(events.map((e) => e.name))];
  if (names.length > 1) return [finding('event-id-reused', `event_id ${shown(id)} is used by ${names.map((n) => shown(n)).join(' and ')}`, where)];
  const onOnePage = [...group(events, (e) => String(e.page)).values()].find((list) => list.length > 1);
  if (onOnePage) return [finding('conversion-duplicate', `${eventLabel(first)} is tracked ${onOnePage.length} times on one page`, at(ctx.views[onOnePage[1].page], first.rawName.slice(0, 60)))];
  const sameOrder = first.name === 'checkout' && first.orderId !== undefined && events.every((e) => e.orderId === first.orderId);
  return sameOrder ? [] : [finding('event-id-reused', `event_id ${shown(id)} is used by ${events.length} ${shown(first.rawName)} events on different pages`, where)];
}

function orderFindings(ctx: RuleContext, order: string, checkouts: TrackedEvent[]): Finding[] {
  const ids = new Set(checkouts.map((e) => e.eventId ?? ''));
  if (ids.size < 2) return [];
  const out: Finding[] = [];
  for (const list of group(checkouts, (e) => String(e.page)).values()) {
    if (new Set(list.map((e) => e.eventId ?? '')).size > 1) out.push(finding('conversion-duplicate', `order ${shown(order)} is tracked ${list.length} times on one page with different event_ids`, at(ctx.views[list[0].page], 'checkout')));
  }
  if (out.length === 0) out.push(finding('event-id-unstable', `order ${shown(order)} is tracked on ${new Set(checkouts.map((e) => e.page)).size} page views with event_ids ${[...ids].map((i) => shown(i)).join(', ')}`, at(ctx.views[checkouts[1].page], 'checkout')));
  return out;
}

/** Conversions a page makes once (one order, one form sent): two identical copies on one page are one conversion sent twice. */
const ONCE_PER_PAGE = new Set(['checkout', 'lead', 'signup']);

/** The event data without its event_id, as comparable text: keys sorted, nesting bounded (page data is capped at 8 levels). */
function fingerprint(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object' || depth > 10) return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map((v) => fingerprint(v, depth + 1)).join(',')}]`;
  const keys = Object.keys(value).filter((k) => depth > 0 || k !== 'event_id').sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${fingerprint((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
}

/**
 * A checkout, lead or signup tracked twice on one page with the same data and nothing that tells the
 * copies apart (no order id; no event_id, or a different one on each): Pinterest counts both.
 * (Copies sharing an event_id or an order id are judged by sharedIdFindings and orderFindings.)
 */
function identicalFindings(ctx: RuleContext): Finding[] {
  const candidates = ctx.events.filter((e) => e.kind === 'track' && ONCE_PER_PAGE.has(e.name) && e.orderId === undefined && e.data !== undefined);
  const out: Finding[] = [];
  for (const copies of group(candidates, (e) => `${e.page}\u0000${e.name}\u0000${fingerprint(e.data)}`).values()) {
    const ids = copies.flatMap((e) => (e.eventId === undefined ? [] : [e.eventId]));
    if (copies.length < 2 || new Set(ids).size < ids.length) continue;
    out.push(finding('conversion-duplicate', `${shown(copies[0].rawName)} is tracked ${copies.length} times on one page with the same data and nothing to tell the copies apart (no order_id${copies.some((e) => e.eventId) ? ', a new event_id each time' : ' or event_id'})`, at(ctx.views[copies[1].page], copies[0].rawName.slice(0, 60))));
  }
  return out;
}

export function dedupRules(ctx: RuleContext): Finding[] {
  const out = ctx.events.filter((e) => e.kind === 'track').flatMap((e) => presenceFindings(ctx, e));
  out.push(...identicalFindings(ctx));
  for (const [id, events] of group(ctx.events, (e) => e.eventId)) if (events.length > 1) out.push(...sharedIdFindings(ctx, id, events));
  const checkouts = ctx.events.filter((e) => e.name === 'checkout');
  for (const [order, list] of group(checkouts, (e) => e.orderId)) out.push(...orderFindings(ctx, order, list));
  return out;
}
