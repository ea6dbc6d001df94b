/**
 * Consent: nothing from Pinterest while ad_storage is denied (Google Consent Mode,
 * https://developers.google.com/tag-platform/security/guides/consent) or after the audit rejected
 * cookies on the banner, unless the page told the tag `pintrk('setconsent', false)`, which stops it and
 * clears its cookies (pinterest-api.md §3.8). Pinterest's first-party cookies (_epik, _pin_unauth,
 * _derived_epik; https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies)
 * must not appear on such a page.
 */
import { finding, type Finding } from '../findings';
import { PINTEREST_COOKIES, type ConsentState } from '../observations';
import { shown, at, type RuleContext } from './context';

export function consentRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const rejected = (time: number): boolean => ctx.rejectedAt !== undefined && time >= ctx.rejectedAt;
  const denied = (consent: ConsentState | undefined, time: number): boolean => consent?.adStorage === 'denied' || rejected(time);
  ctx.views.forEach((view, page) => {
    const sent: string[] = [];
    let stopped = false;
    for (const c of ctx.commands[page]) {
      if (c.command.kind === 'setconsent') stopped = !c.command.granted;
      if (stopped || !denied(c.consent, c.time) || c.source !== 'pintrk') continue;
      if (c.command.kind === 'load' || c.command.kind === 'page') sent.push(c.command.kind);
      if (c.command.kind === 'track') sent.push(`track ${shown(c.command.name)}`);
    }
    const requests = view.requests.filter((r) => r.kind === 'tag' && denied(r.consent, r.time)).length;
    if (requests > 0) sent.push(`${requests} request${requests > 1 ? 's' : ''} to Pinterest's tag endpoint`);
    const why = rejected(view.startedAt) || view.auditConsent?.choice === 'reject' ? 'after cookies were rejected' : 'while ad_storage was denied';
    if (sent.length > 0) out.push(finding('consent-denied-event', `${why}: ${[...new Set(sent)].join(', ')}`, at(view)));
    const deniedPage = view.consent.adStorage === 'denied' || rejected(view.startedAt);
    const written = view.cookiesAfter.filter((name) => PINTEREST_COOKIES.includes(name) && !view.cookiesBefore.includes(name));
    if (deniedPage && written.length > 0) out.push(finding('cookies-while-denied', `${written.join(', ')} written while ad consent is denied`, at(view)));
  });
  return out;
}
