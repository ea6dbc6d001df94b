/**
 * `pinterest-gtm report`: from the Conversions API tag's logs, delivery success, error codes, retries,
 * deduplication readiness (events whose event_id the browser shares, vs generated ones) and Enhanced
 * Match coverage per user_data field: the monthly review Pinterest's runbook asks for.
 */
import { readLogs } from './log-reader';

export const MATCH_FIELDS = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'click_id', 'client_ip_address', 'client_user_agent'];

interface EventState { eventName: string; eventId: string; userData: Record<string, unknown>; attempts: number; finalStatus?: number; failedEvent: boolean }

export interface DeliveryReport {
  readonly events: number; readonly delivered: number; readonly retried: number; readonly badLines: number[];
  readonly statusCodes: Record<string, number>; readonly pinterestCodes: Record<string, number>;
  readonly byEventName: Record<string, { events: number; delivered: number }>;
  readonly shareableIds: number; readonly generatedIds: number; readonly pairedWithTag?: number;
  readonly coverage: Record<string, number>;
}

export async function deliveryReport(file: string, tagEventIds?: Set<string>, progress: (m: string) => void = () => undefined): Promise<DeliveryReport> {
  const badLines: number[] = [];
  const events = new Map<string, EventState>();
  const lastByTrace = new Map<string, EventState>();
  let last: EventState | undefined;
  const statusCodes: Record<string, number> = {};
  const pinterestCodes: Record<string, number> = {};
  for await (const { entry } of readLogs(file, badLines, (n) => progress(`${file}: ${n} lines read`))) {
    const trace = String(entry.TraceId ?? '');
    if (entry.Type === 'Request') {
      const event = ((entry.RequestBody as { data?: Record<string, unknown>[] } | undefined)?.data ?? [])[0] ?? {};
      const eventId = String(event.event_id ?? '');
      const key = `${trace}|${eventId}`;
      const state = events.get(key) ?? { eventName: String(event.event_name ?? entry.EventName ?? ''), eventId, userData: (event.user_data as Record<string, unknown>) ?? {}, attempts: 0, failedEvent: false };
      state.attempts++;
      events.set(key, state);
      lastByTrace.set(trace, state);
      last = state;
    } else if (entry.Type === 'Response') {
      const state = (trace && lastByTrace.get(trace)) || last;
      if (!state) continue;
      const status = Number(entry.ResponseStatusCode);
      state.finalStatus = status;
      statusCodes[String(status)] = (statusCodes[String(status)] ?? 0) + 1;
      const body = entry.ResponseBody as { code?: number; events?: { status?: string }[] } | undefined;
      if (body && typeof body.code === 'number') pinterestCodes[String(body.code)] = (pinterestCodes[String(body.code)] ?? 0) + 1;
      state.failedEvent = (body?.events ?? []).some((e) => e.status === 'failed');
    }
  }
  const all = [...events.values()];
  const delivered = all.filter((e) => e.finalStatus !== undefined && e.finalStatus >= 200 && e.finalStatus < 300 && !e.failedEvent);
  const byEventName: Record<string, { events: number; delivered: number }> = {};
  for (const e of all) {
    const row = byEventName[e.eventName] ?? { events: 0, delivered: 0 };
    row.events++;
    if (delivered.includes(e)) row.delivered++;
    byEventName[e.eventName] = row;
  }
  const coverage: Record<string, number> = {};
  for (const field of MATCH_FIELDS) coverage[field] = delivered.length === 0 ? 0 : delivered.filter((e) => e.userData[field] !== undefined).length / delivered.length;
  return {
    events: all.length, delivered: delivered.length, retried: all.filter((e) => e.attempts > 1).length, badLines, statusCodes, pinterestCodes, byEventName,
    shareableIds: all.filter((e) => e.eventId !== '' && !e.eventId.startsWith('gen_')).length,
    generatedIds: all.filter((e) => e.eventId.startsWith('gen_')).length,
    pairedWithTag: tagEventIds ? all.filter((e) => tagEventIds.has(e.eventId)).length : undefined,
    coverage,
  };
}

const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

export function formatDeliveryReport(r: DeliveryReport): string {
  return [
    `Conversions API delivery: ${r.delivered} of ${r.events} events delivered (${pct(r.delivered, r.events)}); ${r.retried} needed retries`,
    `HTTP status codes: ${Object.entries(r.statusCodes).map(([k, v]) => `${k}×${v}`).join(', ') || 'none'}`,
    `Pinterest error codes: ${Object.entries(r.pinterestCodes).map(([k, v]) => `${k}×${v}`).join(', ') || 'none'}`,
    ...Object.entries(r.byEventName).map(([name, row]) => `  ${name}: ${row.delivered}/${row.events}`),
    `Deduplication: ${r.shareableIds} events (${pct(r.shareableIds, r.events)}) carry an event_id the browser tag shares; ${r.generatedIds} had a generated id and cannot be deduplicated`
      + (r.pairedWithTag !== undefined ? `; ${r.pairedWithTag} (${pct(r.pairedWithTag, r.events)}) are paired with a browser event` : ''),
    'Enhanced Match coverage (delivered events):',
    ...MATCH_FIELDS.map((f) => `  ${f.padEnd(18)} ${(100 * r.coverage[f]).toFixed(1)}%`),
    ...(r.badLines.length > 0 ? [`${r.badLines.length} lines are not JSON (first: ${r.badLines.slice(0, 5).join(', ')})`] : []),
  ].join('\n');
}
