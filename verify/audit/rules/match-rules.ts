/**
 * Enhanced Match: `em` in `load` options, `set`, or the image tag's `pd[em]`, hashed. The tag accepts
 * SHA-256 (preferred), SHA-1 or MD5 hex digests of the normalised email
 * (https://help.pinterest.com/en/business/article/enhanced-match; pinterest-api.md §3.2, §3.10); a raw
 * address is personal data on the page's requests and an error here, as the runbook's QA asks for
 * hashed Enhanced Match. Conversions where the site knows the customer (checkout, lead, signup) should
 * carry it.
 */
import { finding, type Finding } from '../findings';
import type { PageView } from '../observations';
import { isPlainObject, type PageCommand } from '../page-commands';
import { at, type RuleContext } from './context';

const HEX_DIGEST = /^(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})$/i;
const KNOWS_THE_CUSTOMER = ['checkout', 'lead', 'signup'];

/** Every `em` value the page gave the tag, with where it was seen. */
function emValues(view: PageView, commands: PageCommand[]): { value: unknown; where: string; index: number }[] {
  const out: { value: unknown; where: string; index: number }[] = [];
  for (const c of commands) {
    const holder = c.command.kind === 'load' ? c.command.options : c.command.kind === 'set' ? c.command.data : undefined;
    if (c.source === 'pintrk' && isPlainObject(holder) && holder.em !== undefined) out.push({ value: holder.em, where: `pintrk('${c.command.kind}')`, index: c.index });
  }
  for (const r of view.requests) {
    if (r.kind === 'tag' && r.partnerData?.em !== undefined) out.push({ value: r.partnerData.em, where: 'a tag request (pd[em])', index: Infinity });
  }
  return out;
}

const present = (v: unknown): boolean => v !== '' && v !== null && v !== undefined;

export function matchRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.views.forEach((view, page) => {
    const values = emValues(view, ctx.commands[page]).filter((v) => present(v.value));
    const raw = values.filter((v) => !(typeof v.value === 'string' && HEX_DIGEST.test(v.value.trim())));
    for (const where of new Set(raw.map((v) => v.where))) {
      const looksLikeEmail = raw.some((v) => v.where === where && typeof v.value === 'string' && v.value.includes('@'));
      out.push(finding('em-not-hashed', `${where} sends em ${looksLikeEmail ? 'as a raw email address' : 'as a value that is not a hex digest'}`, at(view)));
    }
    for (const e of ctx.events.filter((x) => x.page === page && KNOWS_THE_CUSTOMER.includes(x.name))) {
      const before = values.some((v) => v.index < e.index || v.index === Infinity);
      if (!before) out.push(finding('em-missing', `${e.rawName.slice(0, 60)} without Enhanced Match (em)`, at(view, e.rawName.slice(0, 60))));
    }
  });
  return out;
}
