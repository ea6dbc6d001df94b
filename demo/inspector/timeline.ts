/**
 * The inspector's view: one row per event (event_id + event), built only from recorded traffic (tag
 * hits, Conversions API requests, server tag runs), never from a list of expected events. Totals,
 * the tag ↔ API name legend for the names seen, and per row the columns and the explanations.
 */
import { createHash } from 'node:crypto';
import type { TagRun } from '../../gtm-sandbox/container/server-container';
import { capiEventFor, tagEventFor, TAG_TO_CAPI } from '../../pinterest/events';
import type { RecordedRequest } from '../../pinterest-fake/conversions-api';
import type { TagEvent } from '../../pinterest-fake/pinterest-fake';
import { apiCopies, browserCopies, eventKey, serverRuns, text, type ApiCopy, type BrowserCopy, type ServerRun } from './copies';
import { displaySafe } from './privacy';
import { apiHasEmail, summarise, type RowSummary } from './row-summary';
import type { WithheldFire } from './withheld';
import { withheldSummary } from './withheld-rows';

export interface InspectorSources {
  tagEvents: readonly TagEvent[]; requests: readonly RecordedRequest[]; tagRuns: readonly TagRun[];
  /** Tag fires GTM held back for consent, as the shop's pages reported them (withheld.ts). */
  withheld?: readonly WithheldFire[];
}
/** A row as the page gets it: only display-safe copies (see privacy.ts). */
export interface InspectorRow extends RowSummary {
  key: string; eventId?: string;
  browser: { time: number; event: string; tagId: string; page: string; data: unknown; partner: unknown }[];
  api: { time: number; status: number; message: string; delivered: boolean; test: boolean; event: unknown }[];
  server: ServerRun[];
}
export interface InspectorTotals { events: number; paired: number; browserOnly: number; withoutEventId: number; serverOnly: number; notSent: number; apiEvents: number; delivered: number; withEmail: number; withheld: number }
export interface InspectorView { totals: InspectorTotals; legend: { tag: string; api: string; seen: boolean }[]; rows: InspectorRow[] }

const safeText = (s: string): string => String(displaySafe(s));
/** Rows are keyed for the page by a digest: the key itself is made of traffic (event_id, event name). */
const opaqueKey = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 20);

/** The page shows the most recent rows only (the sources are bounded too). */
export const MAX_ROWS = 300;

interface Group { key: string; eventId?: string; browser: BrowserCopy[]; api: ApiCopy[]; server: ServerRun[] }

function group(sources: InspectorSources): Group[] {
  const groups = new Map<string, Group>();
  const at = (key: string, eventId?: string): Group => {
    let g = groups.get(key);
    if (!g) { g = { key, eventId, browser: [], api: [], server: [] }; groups.set(key, g); }
    return g;
  };
  browserCopies(sources.tagEvents).forEach((copy, i) => {
    const id = text(copy.data.event_id);
    (id === undefined ? at(`browser#${i}`) : at(eventKey(id, copy.event), id)).browser.push(copy);
  });
  for (const copy of apiCopies(sources.requests)) {
    const id = text(copy.event.event_id);
    if (id !== undefined) at(eventKey(id, String(copy.event.event_name ?? '')), id).api.push(copy);
  }
  for (const { run, keys } of serverRuns(sources.tagRuns)) {
    for (const key of keys) at(key, key.slice(0, key.indexOf('\u0000'))).server.push(run);
  }
  return [...groups.values()];
}

function displayRow(g: Group, summary: RowSummary): InspectorRow {
  return {
    ...summary, key: opaqueKey(g.key), eventId: g.eventId === undefined ? undefined : safeText(g.eventId),
    browser: g.browser.map((b) => ({ time: b.time, event: safeText(b.event), tagId: safeText(b.tagId), page: safeText(b.page), data: displaySafe(b.data), partner: displaySafe(b.partner) })),
    api: g.api.map((a) => ({ time: a.time, status: a.status, message: safeText(a.message), delivered: a.delivered, test: a.test, event: a.shown })),
    server: g.server,
  };
}

function legend(rows: readonly Group[]): InspectorView['legend'] {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const b of row.browser) { const tag = tagEventFor(b.event); if (tag !== undefined) seen.add(tag); }
    for (const a of row.api) { const tag = tagEventFor(String(a.event.event_name ?? '')); if (tag !== undefined) seen.add(tag); }
  }
  return Object.keys(TAG_TO_CAPI).map((tag) => ({ tag, api: capiEventFor(tag), seen: seen.has(tag) }))
    .sort((a, b) => Number(b.seen) - Number(a.seen));
}

export function inspectorView(sources: InspectorSources): InspectorView {
  const groups = group(sources);
  const ids = new Map<string, string[]>();
  for (const g of groups) if (g.eventId !== undefined) ids.set(g.eventId, [...(ids.get(g.eventId) ?? []), g.key]);
  const summaries = groups.map((g) => {
    const others = g.eventId === undefined ? 0 : (ids.get(g.eventId) ?? []).length - 1;
    return { group: g, summary: summarise(g.eventId, g.browser, g.api, g.server, others) };
  });
  const count = (state: string): number => summaries.filter((r) => r.summary.dedup.state === state).length;
  const withheld = sources.withheld ?? [];
  const totals: InspectorTotals = {
    events: summaries.length, paired: count('paired'), browserOnly: count('browser-only'), withoutEventId: summaries.filter((r) => r.group.eventId === undefined).length, serverOnly: count('server-only'),
    notSent: count('not-sent') + count('not-delivered'), apiEvents: summaries.filter((r) => r.group.api.length > 0).length,
    delivered: summaries.filter((r) => r.group.api.some((a) => a.delivered)).length,
    withEmail: summaries.filter((r) => r.group.api.some((a) => a.delivered && apiHasEmail(a))).length, withheld: withheld.length,
  };
  const rows = [
    ...summaries.map(({ group: g, summary }) => ({ time: summary.time, row: () => displayRow(g, summary) })),
    ...withheld.map((fire) => ({ time: fire.time, row: (): InspectorRow => ({ ...withheldSummary(fire), key: opaqueKey(`withheld\u0000${fire.id}`), browser: [], api: [], server: [] }) })),
  ].sort((a, b) => b.time - a.time);
  return { totals, legend: legend(groups), rows: rows.slice(0, MAX_ROWS).map((r) => r.row()) };
}
