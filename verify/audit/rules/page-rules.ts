/**
 * The rest of each page: the server container's /pinterest/ endpoint answering (docs/event-protocol.md),
 * and GA4 conversions in the dataLayer (https://developers.google.com/analytics/devguides/collection/ga4/ecommerce)
 * that the page does not send to Pinterest, mapped as pinterest/events.ts maps them.
 */
import { tagEventFor } from '../../../pinterest/events';
import { finding, type Finding } from '../findings';
import { isPlainObject } from '../page-commands';
import { at, shown, type RuleContext } from './context';
import { tagAllowed } from './tag-rules';

const CONVERSIONS = ['checkout', 'addtocart', 'lead', 'signup'];

export function pageRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.views.forEach((view, page) => {
    if (view.loadError) return;
    for (const r of view.requests.filter((x) => x.kind === 'server' && (x.failure !== undefined || (x.status ?? 0) >= 400))) {
      out.push(finding('server-container-failed', `${r.url}: ${r.failure ?? `HTTP ${r.status}`}`, at(view)));
    }
    const commands = ctx.commands[page];
    if (!commands.some((c) => c.command.kind === 'load') || !tagAllowed(view, commands, ctx.rejectedAt)) return;
    const tracked = new Set(ctx.events.filter((e) => e.page === page).map((e) => e.name));
    const missing = new Set<string>();
    for (const message of view.dataLayer) {
      const name = isPlainObject(message) && typeof message.event === 'string' ? message.event : undefined;
      const pinterest = tagEventFor(name);
      if (name !== undefined && pinterest !== undefined && CONVERSIONS.includes(pinterest) && !tracked.has(pinterest)) missing.add(`${shown(name)} (Pinterest ${pinterest})`);
    }
    if (missing.size > 0) out.push(finding('ga4-conversion-untracked', `dataLayer events with no Pinterest event: ${[...missing].join(', ')}`, at(view)));
  });
  return out;
}
