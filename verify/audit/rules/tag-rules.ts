/**
 * The tag on each page: tag IDs (13 digits, as Pinterest's own GTM template validates; pinterest-api.md
 * §3.1, https://help.pinterest.com/en/business/article/install-the-pinterest-tag), one load per ID,
 * `page` on every page, load before events, and core.js loading and sending.
 */
import { finding, type Finding } from '../findings';
import type { PageView } from '../observations';
import type { PageCommand } from '../page-commands';
import { at, shown, type RuleContext } from './context';

const TAG_ID = /^\d{13}$/;
const idText = (v: unknown): string => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : JSON.stringify(v) ?? 'undefined');

/** Whether the page was allowed to run the tag: ad consent not denied, not rejected by the audit, no setconsent(false). */
export function tagAllowed(view: PageView, commands: PageCommand[], rejectedAt: number | undefined): boolean {
  if (view.consent.adStorage === 'denied') return false;
  if (view.auditConsent?.choice === 'reject' || (rejectedAt !== undefined && rejectedAt < view.startedAt)) return false;
  return !commands.some((c) => c.command.kind === 'setconsent' && !c.command.granted);
}

function pageRules(view: PageView, commands: PageCommand[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const loads = commands.flatMap((c) => (c.command.kind === 'load' ? [idText(c.command.tagId)] : []));
  const counts = new Map<string, number>();
  for (const id of loads) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of counts) {
    if (!TAG_ID.test(id)) out.push(finding('tag-id-invalid', `tag ID ${shown(id)} is not 13 digits`, at(view)));
    else if (ctx.options.tagId !== undefined && id !== ctx.options.tagId) out.push(finding('tag-id-unexpected', `tag ID ${id} is loaded; expected ${ctx.options.tagId}`, at(view)));
    if (n > 1) out.push(finding('tag-loaded-twice', `tag ID ${shown(id)} is loaded ${n} times on this page`, at(view)));
  }
  const firstLoad = commands.findIndex((c) => c.command.kind === 'load');
  const early = commands.filter((c, i) => c.source === 'pintrk' && (c.command.kind === 'track' || c.command.kind === 'page') && (firstLoad === -1 || i < firstLoad));
  if (early.length > 0) out.push(finding('track-before-load', `${early.map((c) => (c.command.kind === 'track' ? `track ${shown(c.command.name)}` : 'page')).join(', ')} sent before any load`, at(view)));
  // The page visit: the base code's pintrk('page'), or the pagevisit event code that pinterest-gtm sends instead (README, "Page visits").
  const pageVisit = (c: (typeof commands)[number]): boolean => c.command.kind === 'page' || (c.command.kind === 'track' && typeof c.command.name === 'string' && c.command.name.toLowerCase() === 'pagevisit');
  if (loads.length > 0 && !commands.some(pageVisit)) out.push(finding('page-missing', 'the tag is loaded but no page visit is sent (pintrk(\'page\') or a pagevisit track)', at(view)));
  const tagRequests = view.requests.filter((r) => r.kind === 'tag');
  const allowed = tagAllowed(view, commands, ctx.rejectedAt);
  if (loads.length === 0 && tagRequests.length === 0 && allowed) out.push(finding('tag-missing', 'no Pinterest tag on this page', at(view)));
  const coreFailures = view.requests.filter((r) => r.kind === 'core-js' && (r.failure !== undefined || (r.status ?? 0) >= 400));
  for (const r of coreFailures) out.push(finding('corejs-failed', `${r.url}: ${r.failure ?? `HTTP ${r.status}`}`, at(view)));
  const called = commands.some((c) => c.source === 'pintrk' && c.command.kind === 'load');
  if (called && allowed && coreFailures.length === 0 && tagRequests.length === 0) out.push(finding('tag-not-sending', 'pintrk was called but no request reached Pinterest\'s tag endpoint', at(view)));
  return out;
}

export function tagRules(ctx: RuleContext): Finding[] {
  const out = ctx.views.flatMap((view, i) => (view.loadError ? [] : pageRules(view, ctx.commands[i], ctx)));
  const ids = new Set<string>();
  ctx.commands.flat().forEach((c) => { if (c.command.kind === 'load' && TAG_ID.test(idText(c.command.tagId))) ids.add(idText(c.command.tagId)); });
  if (ids.size > 1) out.push(finding('tag-ids-multiple', `tag IDs ${[...ids].join(', ')} are loaded`));
  return out;
}
