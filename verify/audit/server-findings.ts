/**
 * Findings from pairing the browser's events with this session's Conversions API events. The logs can
 * lag the browser (the server sends after the page did): they are re-read until every browser event
 * has its copy and every request its answer, or `serverWaitMs` has passed.
 */
import type { AuditResult } from './audit-types';
import { finding, type Finding } from './findings';
import type { TrackedEvent } from './page-commands';
import { at, shown } from './rules/context';
import { pairEvents, readServerEvents, sessionEvents, type Pairing } from './server-pairing';

export async function serverFindings(file: string, events: TrackedEvent[], result: AuditResult, waitMs: number): Promise<{ pairing: Pairing; findings: Finding[] }> {
  const session = { from: result.startedAt, to: result.finishedAt, userAgent: result.userAgent };
  const until = Date.now() + waitMs;
  let pairing: Pairing;
  for (;;) {
    const server = sessionEvents((await readServerEvents(file)).events, session);
    pairing = pairEvents(events, server);
    if ((pairing.browserOnly.length === 0 && pairing.unanswered === 0) || Date.now() >= until) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const out: Finding[] = [];
  const where = (eventId: string): ReturnType<typeof at> | Record<string, never> => {
    const e = events.find((x) => x.eventId === eventId);
    return e ? at(result.views[e.page], e.rawName.slice(0, 60)) : {};
  };
  if (pairing.server === 0) out.push(finding('server-logs-none', `no Conversions API event of this audit in ${file}`));
  else for (const b of pairing.browserOnly) out.push(finding('browser-only-event', `${b.name} event_id ${shown(b.eventId)} has no Conversions API copy`, where(b.eventId)));
  for (const s of pairing.serverOnly) out.push(finding('server-only-event', `Conversions API ${s.name} event_id ${shown(s.eventId)} has no browser copy`, where(s.eventId)));
  for (const m of pairing.nameMismatch) out.push(finding('pair-name-mismatch', `event_id ${shown(m.eventId)} is ${m.browser} in the browser but ${m.server} on the server`, where(m.eventId)));
  for (const e of pairing.errors) {
    out.push(finding('capi-error', `${e.eventName} event_id ${shown(e.eventId)}: HTTP ${e.status}${e.code !== undefined ? `, Pinterest code ${e.code}` : ''}${e.message ? `: ${shown(e.message)}` : ''}`, where(e.eventId)));
  }
  return { pairing, findings: out };
}
