/** The readable summary printed at the end of `pinterest-gtm audit`, and the JSON for CI (`--json`). */
import type { AuditResult } from '../audit-types';
import { SEVERITY_ORDER, type Severity } from '../findings';
import { clean, cleanData, summarisePage } from './page-summary';

export const counts = (r: AuditResult): Record<Severity, number> => Object.fromEntries(SEVERITY_ORDER.map((s) => [s, r.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
export const passed = (r: AuditResult): boolean => r.aborted === undefined && counts(r).error === 0;
const pct = (share: number): string => `${(100 * share).toFixed(1)}%`;

export function textReport(r: AuditResult): string {
  const c = counts(r);
  const lines = [`Pinterest tag audit of ${clean(r.startUrl)}: ${r.views.length} page views, ${r.steps.length} steps, ${((r.finishedAt - r.startedAt) / 1000).toFixed(1)} s`, ''];
  for (const p of r.views.map(summarisePage)) {
    lines.push(`Page ${p.index + 1}: ${p.url}${p.step !== undefined ? ` (${clean(r.steps[p.step]?.label ?? '', 120)})` : ''}`);
    if (p.loadError) { lines.push(`  not loaded: ${p.loadError}`); continue; }
    lines.push(`  tag: ${p.tagIds.length > 0 ? p.tagIds.join(', ') : 'none'}; page: ${p.page ? 'sent' : 'not sent'}; consent: ${p.consent}; cookies: ${p.cookies.join(', ') || 'none'}`);
    for (const e of p.events) lines.push(`  event ${e.name}${e.eventId ? ` (event_id ${e.eventId})` : ''}: ${JSON.stringify(e.data).slice(0, 200)}`);
  }
  lines.push('', `Findings: ${c.error} errors, ${c.warning} warnings, ${c.info} notes`);
  for (const f of r.findings) {
    const where = [f.page !== undefined ? `page ${f.page + 1}` : '', f.url ? clean(f.url, 200) : '', f.step !== undefined ? `step ${f.step + 1}` : '', f.event ? `event ${clean(f.event, 60)}` : ''].filter(Boolean).join(', ');
    lines.push(`  ${f.severity.toUpperCase().padEnd(7)} ${f.id}: ${clean(f.message)}${f.count ? ` (×${f.count})` : ''}`);
    if (where) lines.push(`          at ${where}`);
    lines.push(`          fix: ${f.fix}`);
  }
  if (r.pairing) {
    const p = r.pairing;
    lines.push('', `Server pairing (event_id + event name): ${p.paired} paired of ${p.browser} browser and ${p.server} Conversions API events: ${pct(p.rate)}; ${p.browserOnly.length} browser-only, ${p.serverOnly.length} server-only, ${p.errors.length} API errors`);
  }
  if (r.catalog) lines.push('', `Catalog: ${r.catalog.idsSent} product ids sent, ${r.catalog.idsNotInCatalog} not among the feed's ${r.catalog.products} products; ${r.catalog.feedProblems} feed problems`);
  if (r.aborted) lines.push('', `The audit stopped early: ${clean(r.aborted)}`);
  lines.push('', passed(r) ? 'PASS: no errors' : `FAIL: ${c.error} error${c.error === 1 ? '' : 's'}${r.aborted ? ' (incomplete audit)' : ''}`);
  return lines.join('\n');
}

/** The whole result as data: pages summarised and cleaned, screenshots left out. */
export function jsonReport(r: AuditResult): string {
  return JSON.stringify({
    tool: 'pinterest-gtm audit', format: 1, startUrl: clean(r.startUrl, 2000), startedAt: new Date(r.startedAt).toISOString(), durationMs: r.finishedAt - r.startedAt,
    passed: passed(r), counts: counts(r), ...(r.aborted ? { aborted: clean(r.aborted) } : {}),
    steps: r.steps.map((s) => ({ index: s.index, label: clean(s.label), ...(s.line ? { line: s.line } : {}), ok: s.ok, ...(s.error ? { error: clean(s.error) } : {}), pages: s.pages, ...(s.url ? { url: clean(s.url, 2000) } : {}) })),
    pages: r.views.map(summarisePage),
    findings: r.findings.map((f) => cleanData(f)),
    ...(r.pairing ? { pairing: cleanData(r.pairing) } : {}),
    ...(r.catalog ? { catalog: r.catalog } : {}),
  }, null, 2);
}
