/**
 * `--html`: one self-contained page (no scripts, no external resources): the summary, then each step
 * with its screenshot and, beside it, the findings and events of the pages it touched. Everything the
 * site supplied is escaped and cleaned.
 */
import type { AuditResult, StepRecord } from '../audit-types';
import type { CountedFinding } from '../rules/analyse';
import { clean, summarisePage, type PageSummary } from './page-summary';
import { counts, passed } from './text-report';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (s: string, max?: number): string => escape(clean(s, max));
/**
 * Finding texts mark code with backticks, as Markdown does (`pintrk('page')`): shown here as <code>, on
 * text already escaped. A backtick without its pair stays as it is.
 */
export function withCode(escaped: string): string {
  const parts = escaped.split('`');
  if (parts.length < 3) return escaped;
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts.slice(0, paired).map((part, i) => (i % 2 === 1 ? `<code>${part}</code>` : part)).join('') + (paired < parts.length ? `\`${parts[paired]}` : '');
}

function findingList(findings: CountedFinding[]): string {
  if (findings.length === 0) return '<p class="ok">No findings.</p>';
  return `<ul class="findings">${findings.map((f) => `<li class="${f.severity}"><b>${f.severity}</b> <code>${f.id}</code> ${withCode(text(f.message))}${f.count ? ` (×${f.count})` : ''}`
    + `${f.url ? `<br><small>${text(f.url, 200)}${f.event ? ` · ${text(f.event, 60)}` : ''}</small>` : ''}<br><span class="fix">Fix: ${withCode(escape(f.fix))}</span></li>`).join('')}</ul>`;
}

function pageBlock(p: PageSummary): string {
  if (p.loadError) return `<p>Page ${p.index + 1}: <code>${escape(p.url)}</code> not loaded: ${escape(p.loadError)}</p>`;
  const events = p.events.map((e) => `<li><code>${escape(e.name)}</code>${e.eventId ? ` <small>event_id ${escape(e.eventId)}</small>` : ''}<pre>${escape(JSON.stringify(e.data, null, 1).slice(0, 1500))}</pre></li>`).join('');
  return `<p>Page ${p.index + 1}: <code>${escape(p.url)}</code><br><small>tag ${escape(p.tagIds.join(', ') || 'none')} · page ${p.page ? 'sent' : 'not sent'} · ${escape(p.consent)} · cookies ${escape(p.cookies.join(', ') || 'none')}</small></p>`
    + (events ? `<ul class="events">${events}</ul>` : '');
}

function stepSection(r: AuditResult, s: StepRecord, pages: PageSummary[]): string {
  const mine = r.findings.filter((f) => f.step === s.index || (f.step === undefined && f.page !== undefined && s.pages.includes(f.page)));
  const shot = s.screenshot ? `<img alt="${text(s.label)}" src="data:image/jpeg;base64,${s.screenshot.toString('base64')}">` : '<div class="noshot">no screenshot</div>';
  return `<section class="step${s.ok ? '' : ' failed'}"><h2>${text(s.label)}${s.ok ? '' : ' (failed)'}</h2>${s.error ? `<p class="error">${text(s.error)}</p>` : ''}
<div class="row"><div class="shot">${shot}</div><div class="detail">${findingList(mine)}${s.pages.map((i) => (pages[i] ? pageBlock(pages[i]) : '')).join('')}</div></div></section>`;
}

export function htmlReport(r: AuditResult): string {
  const c = counts(r);
  const pages = r.views.map(summarisePage);
  const siteWide = r.findings.filter((f) => f.step === undefined && f.page === undefined);
  const pairing = r.pairing
    ? `<p>Server pairing (event_id and event name): <b>${(100 * r.pairing.rate).toFixed(1)}%</b>, ${r.pairing.paired} paired, ${r.pairing.browserOnly.length} browser-only, ${r.pairing.serverOnly.length} server-only, ${r.pairing.errors.length} API errors.</p>` : '';
  const catalog = r.catalog ? `<p>Catalog: ${r.catalog.idsSent} product ids sent, ${r.catalog.idsNotInCatalog} not in the feed (${r.catalog.products} products).</p>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinterest tag audit</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:1400px}h1{font-size:1.4rem}h2{font-size:1.05rem}.row{display:flex;gap:1.5rem;align-items:flex-start}
.shot{flex:0 0 560px}.shot img{width:560px;border:1px solid #ccc}.noshot{width:560px;height:80px;background:#f4f4f4;display:flex;align-items:center;justify-content:center;color:#777}
.detail{flex:1;min-width:0}.findings li{margin:.4rem 0}.error b,li.error b{color:#b00020}li.warning b{color:#a15c00}li.info b{color:#555}.fix{color:#333}.ok{color:#1b7f3b}
pre{background:#f6f6f6;padding:.4rem;overflow:auto;max-height:12rem;font-size:.8rem}section{border-top:1px solid #ddd;padding-top:.5rem;margin-top:1.5rem}.failed h2{color:#b00020}</style></head><body>
<h1>Pinterest tag audit: ${passed(r) ? '<span class="ok">pass</span>' : '<span style="color:#b00020">fail</span>'}</h1>
<p>${text(r.startUrl, 500)} · ${new Date(r.startedAt).toISOString()} · ${r.views.length} page views · ${c.error} errors, ${c.warning} warnings, ${c.info} notes</p>
${r.aborted ? `<p class="error">The audit stopped early: ${text(r.aborted)}</p>` : ''}${pairing}${catalog}
${siteWide.length > 0 ? `<section><h2>Whole site</h2>${findingList(siteWide)}</section>` : ''}
${r.steps.map((s) => stepSection(r, s, pages)).join('\n')}
</body></html>
`;
}
