/**
 * The Pinterest tag commands of a page view, in order: from the captured `pintrk` calls, or, on a page
 * with no `pintrk` at all (an image-tag install), from the tag requests themselves. Commands follow
 * Pinterest's tag API (https://help.pinterest.com/en/business/article/install-the-pinterest-tag):
 * load(tagId, options), page(), track(name, data[, callback]), set(data), setconsent(boolean).
 */
import type { ConsentState, PageView } from './observations';

export type Command =
  | { readonly kind: 'load'; readonly tagId: unknown; readonly options: unknown }
  | { readonly kind: 'page'; readonly data: unknown }
  | { readonly kind: 'track'; readonly name: unknown; readonly data: unknown; readonly fourth: unknown; readonly argCount: number }
  | { readonly kind: 'set'; readonly data: unknown }
  | { readonly kind: 'setconsent'; readonly granted: boolean }
  | { readonly kind: 'other'; readonly name: string };

export interface PageCommand {
  readonly page: number;
  readonly index: number;
  readonly time: number;
  readonly consent: ConsentState;
  readonly source: 'pintrk' | 'image';
  readonly command: Command;
}

function fromArgs(args: unknown[]): Command {
  const [name, first, second, third] = args;
  switch (name) {
    case 'load': return { kind: 'load', tagId: first, options: second };
    case 'page': return { kind: 'page', data: first };
    case 'track': return { kind: 'track', name: first, data: second, fourth: third, argCount: args.length };
    case 'set': return { kind: 'set', data: first };
    // "setconsent" takes a boolean; some sites pass the string 'false' (pinterest-api.md §3.8).
    case 'setconsent': return { kind: 'setconsent', granted: !(first === false || first === 'false') };
    default: return { kind: 'other', name: String(name).slice(0, 100) };
  }
}

/** The image tag's requests as commands: `event=init` is the base code (load and page), others track. */
function fromRequests(view: PageView): Command[][] {
  return view.requests.filter((r) => r.kind === 'tag' && r.event !== undefined).map((r) => (r.event === 'init'
    ? [{ kind: 'load', tagId: r.tagId, options: r.partnerData ?? {} }, { kind: 'page', data: undefined }]
    : [{ kind: 'track', name: r.event, data: r.eventData ?? {}, fourth: undefined, argCount: 3 }]));
}

export function pageCommands(view: PageView): PageCommand[] {
  if (view.calls.length > 0) {
    return view.calls.map((call, index) => ({ page: view.index, index, time: call.time, consent: call.consent, source: 'pintrk', command: fromArgs(call.args) }));
  }
  const tagRequests = view.requests.filter((r) => r.kind === 'tag' && r.event !== undefined);
  const out: PageCommand[] = [];
  fromRequests(view).forEach((commands, i) => {
    for (const command of commands) {
      out.push({ page: view.index, index: out.length, time: tagRequests[i].time, consent: tagRequests[i].consent ?? view.consent, source: 'image', command });
    }
  });
  return out;
}

/**
 * A tracked event (`pintrk('track', name, data)`) with its name, data, event_id and order id read leniently
 * (rules judge the types). The base code's `pintrk('page')` is not one, even with data: Pinterest documents
 * event_id deduplication for event codes and the Conversions API only ("event_id … used for deduping between
 * events ingested via both the conversion API and Pinterest tracking", ConversionEvents in
 * https://developers.pinterest.com/docs/api/v5/events-create; `track` with event_id in
 * https://help.pinterest.com/en/business/article/add-event-codes), so a page visit pairs with a server
 * page_visit only as `track pagevisit` (README, "Page visits").
 */
export interface TrackedEvent {
  readonly kind: 'track';
  readonly page: number;
  readonly index: number;
  readonly time: number;
  /** The name as sent, and lower-cased without spaces as Pinterest matches it. */
  readonly rawName: string;
  readonly name: string;
  readonly data: Record<string, unknown> | undefined;
  readonly eventId?: string;
  readonly orderId?: string;
  readonly consent: ConsentState;
}

const text = (v: unknown): string | undefined => ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)) ? String(v).trim() : undefined);
export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function trackedEvents(commands: PageCommand[]): TrackedEvent[] {
  const out: TrackedEvent[] = [];
  for (const c of commands) {
    if (c.command.kind !== 'track') continue;
    const rawName = typeof c.command.name === 'string' ? c.command.name : String(c.command.name);
    const data = isPlainObject(c.command.data) ? c.command.data : undefined;
    out.push({
      kind: c.command.kind, page: c.page, index: c.index, time: c.time, rawName, name: rawName.replace(/\s+/g, '').toLowerCase(), data,
      eventId: text(data?.event_id), orderId: text(data?.order_id), consent: c.consent,
    });
  }
  return out;
}

/** A short label for messages: `checkout (event_id checkout_42)`. */
export const eventLabel = (e: TrackedEvent): string => `${e.rawName.slice(0, 60)}${e.eventId ? ` (event_id ${e.eventId.slice(0, 80)})` : ''}`;
